import { chmod, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM_FLAGS, locateChromium, type PackagedChromium } from './chromium-locator.js';

const packaged: PackagedChromium = {
  executablePath: async () => '/tmp/chromium',
  args: [
    '--no-pings',
    '--single-process',
    '--disable-web-security',
    '--allow-running-insecure-content',
    "--headless='shell'",
    '--disable-features=AudioServiceOutOfProcess,IsolateOrigins',
    '--enable-features=SharedArrayBuffer',
    '--no-sandbox',
  ],
};
const nowhere = '/nonexistent/chromium';

describe('locateChromium', () => {
  let fakeBinary: string;

  beforeAll(async () => {
    fakeBinary = join(await mkdtemp(join(tmpdir(), 'ledger-chromium-')), 'chromium');
    await writeFile(fakeBinary, '#!/bin/sh\n');
    await chmod(fakeBinary, 0o755);
  });

  it('prefers CHROMIUM_PATH', async () => {
    const spec = await locateChromium({
      env: { CHROMIUM_PATH: fakeBinary },
      systemPath: nowhere,
      importPackagedChromium: async () => packaged,
    });
    expect(spec).toEqual({ executablePath: fakeBinary, args: [...CHROMIUM_FLAGS], source: 'CHROMIUM_PATH' });
  });

  it('says so when CHROMIUM_PATH points nowhere, instead of silently using another browser', async () => {
    await expect(locateChromium({ env: { CHROMIUM_PATH: nowhere } })).rejects.toThrow(
      'CHROMIUM_PATH is set to "/nonexistent/chromium", which is not an executable file',
    );
  });

  it('uses the system Chromium next', async () => {
    const spec = await locateChromium({
      env: {},
      systemPath: fakeBinary,
      importPackagedChromium: async () => packaged,
    });
    expect(spec.source).toBe('system');
    expect(spec.executablePath).toBe(fakeBinary);
  });

  it('falls back to @sparticuz/chromium, without its Lambda-only and unsafe flags', async () => {
    const spec = await locateChromium({
      env: {},
      systemPath: nowhere,
      importPackagedChromium: async () => packaged,
    });
    expect(spec.source).toBe('@sparticuz/chromium');
    expect(spec.executablePath).toBe('/tmp/chromium');
    expect(spec.args).toEqual([
      '--no-pings',
      '--no-sandbox',
      ...CHROMIUM_FLAGS.filter((flag) => flag !== '--no-sandbox'),
    ]);
    expect(spec.args).toEqual(
      expect.arrayContaining(['--disable-background-networking', '--disable-quic', '--disable-sync']),
    );
  });

  it('explains how to set CHROMIUM_PATH when nothing is installed (production without devDependencies)', async () => {
    const missing = async (): Promise<PackagedChromium> => {
      throw Object.assign(new Error("Cannot find package '@sparticuz/chromium'"), {
        code: 'ERR_MODULE_NOT_FOUND',
      });
    };
    await expect(
      locateChromium({ env: {}, systemPath: nowhere, importPackagedChromium: missing }),
    ).rejects.toThrow(
      /No Chromium found for PDF rendering\. Set CHROMIUM_PATH to a Chromium or Google Chrome executable/,
    );
  });

  it('finds a real browser in this environment', async () => {
    const spec = await locateChromium();
    expect(spec.executablePath).toBeTruthy();
  });
});
