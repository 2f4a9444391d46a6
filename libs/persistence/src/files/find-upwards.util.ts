// Files that ship in the repository (report templates, the server's page views, the word lists) are read at
// run time by code that runs from source (under jest) and compiled (dist/…), at different depths. Walking up
// from the calling module until the folder is found works from both; counting "../" works from neither.
import { existsSync } from 'node:fs';
import { dirname, join, parse } from 'node:path';

/**
 * The absolute path of `relative` in the nearest folder at or above `from` that holds `relative/marker`
 * (`marker` empty: `relative` itself). Throws naming what it looked for and where it started.
 */
export function findUpwards(from: string, relative: string, marker = ''): string {
  const { root } = parse(from);
  for (let dir = from; ; dir = dirname(dir)) {
    const candidate = join(dir, relative);
    if (existsSync(join(candidate, marker))) return candidate;
    if (dir === root) break;
  }
  throw new Error(`No ${join(relative, marker)} found in ${from} or any folder above it`);
}
