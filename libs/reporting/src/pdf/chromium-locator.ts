// Which Chromium renders PDFs: CHROMIUM_PATH if set, else the system's /usr/bin/chromium, else the Chromium
// shipped inside the npm package @sparticuz/chromium (a devDependency: present in development and CI, absent
// in a production install, where the error below says what to do).
import { access, constants } from 'node:fs/promises';
import { InputError } from '#domain';

/** Flags for every launch. The network is closed here, so everything that phones home is switched off. */
export const CHROMIUM_FLAGS: readonly string[] = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export const SYSTEM_CHROMIUM_PATH = '/usr/bin/chromium';

export type ChromiumSource = 'CHROMIUM_PATH' | 'system' | '@sparticuz/chromium';

export interface ChromiumLaunchSpec {
  executablePath: string;
  args: string[];
  source: ChromiumSource;
}

/** The part of @sparticuz/chromium this module uses. */
export interface PackagedChromium {
  executablePath(): Promise<string>;
  readonly args: string[];
}

export interface ChromiumLocatorOptions {
  env?: Record<string, string | undefined>;
  systemPath?: string;
  /** Loads @sparticuz/chromium; replaceable so specs can simulate a production install without it. */
  importPackagedChromium?: () => Promise<PackagedChromium>;
}

/*
 * @sparticuz/chromium's args are tuned for AWS Lambda. Dropped here:
 * - --single-process: we reuse one browser for many reports with a context each; in single-process mode
 *   closing a context kills the whole browser (seen with Chromium 137).
 * - --disable-web-security, --allow-running-insecure-content: we render untrusted platform text.
 * - --headless=…: Playwright chooses the headless mode.
 * - --disable-features / --enable-features: Chromium keeps only the last occurrence of a switch, so these would
 *   replace Playwright's own lists, which switch off background network features.
 */
const DROPPED_PACKAGED_FLAGS = new Set([
  '--single-process',
  '--disable-web-security',
  '--allow-running-insecure-content',
  '--headless',
  '--disable-features',
  '--enable-features',
]);

/** No usable Chromium: a matter of the machine's configuration, said in the message with what to do. */
export class ChromiumNotFoundError extends InputError {}

export async function locateChromium(options: ChromiumLocatorOptions = {}): Promise<ChromiumLaunchSpec> {
  const env = options.env ?? process.env;
  const configured = env.CHROMIUM_PATH?.trim();
  if (configured) {
    if (!(await isExecutable(configured))) {
      throw new ChromiumNotFoundError(
        `CHROMIUM_PATH is set to "${configured}", which is not an executable file`,
      );
    }
    return { executablePath: configured, args: [...CHROMIUM_FLAGS], source: 'CHROMIUM_PATH' };
  }

  const systemPath = options.systemPath ?? SYSTEM_CHROMIUM_PATH;
  if (await isExecutable(systemPath)) {
    return { executablePath: systemPath, args: [...CHROMIUM_FLAGS], source: 'system' };
  }

  const packaged = await loadPackagedChromium(
    options.importPackagedChromium ?? importSparticuzChromium,
    systemPath,
  );
  const packagedArgs = packaged.args.filter((flag) => !DROPPED_PACKAGED_FLAGS.has(flag.split('=')[0]));
  return {
    executablePath: await packaged.executablePath(),
    args: [...new Set([...packagedArgs, ...CHROMIUM_FLAGS])],
    source: '@sparticuz/chromium',
  };
}

async function importSparticuzChromium(): Promise<PackagedChromium> {
  // Dynamic: a production install has no devDependencies, and this module must still load there.
  const module = await import('@sparticuz/chromium');
  return module.default;
}

async function loadPackagedChromium(
  load: () => Promise<PackagedChromium>,
  systemPath: string,
): Promise<PackagedChromium> {
  try {
    return await load();
  } catch (error) {
    throw new ChromiumNotFoundError(
      'No Chromium found for PDF rendering. Set CHROMIUM_PATH to a Chromium or Google Chrome executable ' +
        `(for example CHROMIUM_PATH=/usr/bin/chromium-browser), install Chromium at ${systemPath} ` +
        '(Debian/Ubuntu: apt-get install chromium), or install the npm package @sparticuz/chromium. ' +
        `(Loading @sparticuz/chromium failed: ${(error as Error).message})`,
      { cause: error },
    );
  }
}

async function isExecutable(path: string): Promise<boolean> {
  try {
    await access(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}
