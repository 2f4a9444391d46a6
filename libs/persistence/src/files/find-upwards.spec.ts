import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findUpwards } from './find-upwards.util.js';

describe('findUpwards', () => {
  const top = mkdtempSync(join(tmpdir(), 'ledger-up-'));
  mkdirSync(join(top, 'reports', 'layouts'), { recursive: true });
  writeFileSync(join(top, 'reports', 'layouts', 'base.hbs'), '');
  mkdirSync(join(top, 'dist', 'libs', 'reporting', 'src'), { recursive: true });
  // A reports/ folder lower down without the marker is passed over.
  mkdirSync(join(top, 'dist', 'reports'), { recursive: true });

  test('finds the folder that holds the marker, from any depth below it', () => {
    expect(findUpwards(join(top, 'dist', 'libs', 'reporting', 'src'), 'reports', 'layouts/base.hbs')).toBe(
      join(top, 'reports'),
    );
    expect(findUpwards(top, 'reports', 'layouts/base.hbs')).toBe(join(top, 'reports'));
  });

  test('without a marker the folder itself is enough: the nearest one wins', () => {
    expect(findUpwards(join(top, 'dist', 'libs'), 'reports')).toBe(join(top, 'dist', 'reports'));
  });

  test('says what it looked for and where it started when nothing is found', () => {
    expect(() => findUpwards(join(top, 'dist'), 'nowhere', 'x.hbs')).toThrow(
      `No nowhere/x.hbs found in ${join(top, 'dist')} or any folder above it`,
    );
  });
});
