import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findReportsDir } from './find-reports-dir.js';

const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = join(here, '..', '..', '..');

describe('findReportsDir', () => {
  it('finds reports/ from the source tree (three levels below the repository root)', () => {
    expect(findReportsDir()).toBe(join(repoRoot, 'reports'));
    expect(existsSync(join(findReportsDir(), 'layouts', 'base.hbs'))).toBe(true);
  });

  it('finds reports/ from the compiled tree (dist/, four levels below the root)', () => {
    expect(findReportsDir(join(repoRoot, 'dist', 'libs', 'reporting', 'src'))).toBe(
      join(repoRoot, 'reports'),
    );
  });

  it('says what it looked for when there is no reports/ folder', () => {
    expect(() => findReportsDir('/')).toThrow(
      /No reports\/layouts\/base\.hbs found in \/ or any folder above it/,
    );
  });
});
