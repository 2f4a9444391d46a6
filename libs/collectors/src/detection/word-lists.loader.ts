// The shipped word lists are data files in the repository (libs/domain/src/incidents/word-lists/). This
// module runs from source (under jest) and compiled (dist/…), at different depths: findUpwards finds them.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseWordList, type WordListEntry } from '#domain';
import { findUpwards } from '#persistence';

const RELATIVE = join('libs', 'domain', 'src', 'incidents', 'word-lists');
const FILE = /^([a-z][a-z0-9-]*)\.([a-z]{2})\.txt$/;

const cache = new Map<string, WordListEntry[]>();

/** The folder of the shipped lists above `from` (default: this module's folder). */
export function findWordListsDir(from: string = dirname(fileURLToPath(import.meta.url))): string {
  return findUpwards(from, RELATIVE);
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
