// The templates live in the repository's top-level reports/ folder. This module runs from source
// (libs/reporting/src under jest) and compiled (dist/libs/reporting/src), at different depths, so walk up
// from this file until a folder holds reports/layouts/base.hbs instead of counting "../".
import { existsSync } from 'node:fs';
import { dirname, join, parse } from 'node:path';
import { fileURLToPath } from 'node:url';

const MARKER = join('layouts', 'base.hbs');

/** The absolute path of the nearest `reports/` folder above `from` (default: this module's folder). */
export function findReportsDir(from: string = dirname(fileURLToPath(import.meta.url))): string {
  let dir = from;
  const { root } = parse(dir);
  for (;;) {
    const candidate = join(dir, 'reports');
    if (existsSync(join(candidate, MARKER))) return candidate;
    if (dir === root) break;
    dir = dirname(dir);
  }
  throw new Error(
    `No reports/${MARKER} found in ${from} or any folder above it; pass templatesDir explicitly`,
  );
}
