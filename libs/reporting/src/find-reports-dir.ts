// The templates live in the repository's top-level reports/ folder, found by walking up (findUpwards) from
// this module, which runs from source (libs/reporting/src under jest) and compiled (dist/libs/reporting/src).
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findUpwards } from '#persistence';

/** The absolute path of the nearest `reports/` folder above `from` (default: this module's folder). */
export function findReportsDir(from: string = dirname(fileURLToPath(import.meta.url))): string {
  return findUpwards(from, 'reports', join('layouts', 'base.hbs'));
}
