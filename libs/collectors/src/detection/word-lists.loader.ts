// The shipped word lists are data files in the repository (libs/domain/src/incidents/word-lists/). This
// module runs from source (under jest) and compiled (dist/…), at different depths: walk up to find them.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, parse } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseWordList, type WordListEntry } from '#domain';

const RELATIVE = join('libs', 'domain', 'src', 'incidents', 'word-lists');
const FILE = /^([a-z][a-z0-9-]*)\.([a-z]{2})\.txt$/;

const cache = new Map<string, WordListEntry[]>();

/** The folder of the shipped lists above `from` (default: this module's folder). */
export function findWordListsDir(from: string = dirname(fileURLToPath(import.meta.url))): string {
  let dir = from;
  const { root } = parse(dir);
  for (;;) {
    const candidate = join(dir, RELATIVE);
    if (existsSync(candidate)) return candidate;
    if (dir === root) break;
    dir = dirname(dir);
  }
  throw new Error(`No ${RELATIVE} found in ${from} or any folder above it`);
}

/**
 * Every shipped list: `<list>.<locale>.txt` gives entries of list `<list>` with source `<locale>`
 * (`profanity.en.txt`, `negative.de.txt`). Read once per process.
 */
export function loadShippedWordLists(dir: string = findWordListsDir()): WordListEntry[] {
  const known = cache.get(dir);
  if (known) return known;
  const entries = readdirSync(dir)
    .sort()
    .flatMap((file) => {
      const match = FILE.exec(file);
      return match ? parseWordList(readFileSync(join(dir, file), 'utf8'), match[1], match[2]) : [];
    });
  cache.set(dir, entries);
  return entries;
}
