import fs from 'node:fs';
import path from 'node:path';

/** ../shared/data beside the project: real third-party payloads, read by path, never copied in. */
export const SHARED_DATA_DIR = path.resolve(process.cwd(), '..', 'shared', 'data');

/** Path of a shared data file; fails loudly, naming the path, when it is not there. */
export function sharedDataFile(relative: string): string {
  const file = path.join(SHARED_DATA_DIR, relative);
  if (!fs.existsSync(file)) {
    throw new Error(`Shared test data missing: ${file} (the repository expects ../shared/data beside it)`);
  }
  return file;
}
