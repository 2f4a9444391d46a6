// `ledger prospect bluesky:HANDLE | mastodon:@user@instance`: a consultant's first look at an account before
// the client grants access. Public data only, no credentials, no workspace and no database: the data is read,
// estimated in memory and written as a report; nothing is stored.
import fs from 'node:fs/promises';
import path from 'node:path';
import { Command, Option } from 'commander';
import { addDays, dayStart } from '#domain';
import {
  ListingIncompleteError,
  PlatformRequestError,
  PlatformStatusError,
  ProspectAccountError,
  ProspectInputError,
  RateLimitedError,
  SYSTEM_CLOCK,
  describeTarget,
  parseProspectTarget,
  resolveCollectionConfig,
  runProspectAudit,
  type ProspectAuditResult,
} from '#collectors';
import { resolveDataDir } from '#persistence';
import {
  PdfRenderer,
  ReportRenderer,
  locateChromium,
  prospectSummaryLines,
  resolveBranding,
  type ProspectAuditModel,
} from '#reporting';
import { CliError } from '../cli-context.js';

const DAY_MS = 24 * 60 * 60 * 1000;

interface ProspectOptions {
  days: string;
  until?: string;
  locale: 'en' | 'de';
  out?: string;
  timeZone: string;
  instance?: string;
  brand: string;
  pdf: boolean;
}

export function registerProspectCommands(program: Command): void {
  program
    .command('prospect')
    .description(
      "Estimate an account's public response rate and response time to mentions from public data only (no access, no workspace)",
    )
    .argument('<account>', 'bluesky:HANDLE or mastodon:@user@instance')
    .option('--days <n>', 'length of the period in days (1–365)', '30')
    .option('--until <date>', 'last day of the period, YYYY-MM-DD (default: the period ends now)')
    .addOption(
      new Option('--locale <locale>', 'language of the report and summary')
        .choices(['en', 'de'])
        .default('en'),
    )
    .option('--out <dir>', 'folder for the report (default: <data dir>/reports/prospects)')
    .option(
      '--time-zone <zone>',
      'IANA time zone that decides weekdays and weekends, e.g. Europe/Vienna',
      'UTC',
    )
    .option('--instance <url>', 'where the Mastodon instance answers (default: https://<instance>)')
    .option(
      '--brand <name>',
      'the name the report is issued under (yours, as the consultant)',
      'Channel Ledger',
    )
    .option('--no-pdf', 'HTML only, even when a Chromium for the PDF is available')
    .addHelpText(
      'after',
      '\nExamples:\n  npx ledger prospect bluesky:shop.bsky.social --days 30\n' +
        '  npx ledger prospect mastodon:@shop@mastodon.social --days 30 --locale de --time-zone Europe/Berlin',
    )
    .action(async (account: string, options: ProspectOptions) => {
      const started = new Date();
      const request = checkedRequest(account, options, started);
      let result: ProspectAuditResult;
      try {
        result = await runProspectAudit(request, resolveCollectionConfig(), SYSTEM_CLOCK);
      } catch (error) {
        throw explain(error, describeTarget(request.target));
      }
      if (result.reading.ownPosts === 0 && result.estimate.all.asks === 0) {
        throw new CliError(
          `${result.reading.account.address} published nothing public and was asked nothing publicly in the period ` +
            `(${request.periodFrom.toISOString().slice(0, 10)} to ${request.periodTo.toISOString().slice(0, 10)}): nothing to estimate. Try a longer --days.`,
        );
      }
      await writeReport(result, options, Number(options.days));
    });
}

function checkedRequest(account: string, options: ProspectOptions, now: Date) {
  let target;
  try {
    target = parseProspectTarget(account);
  } catch (error) {
    if (error instanceof ProspectInputError) throw new CliError(error.message);
    throw error;
  }
  if (!/^\d{1,3}$/.test(options.days) || Number(options.days) < 1 || Number(options.days) > 365)
    throw new CliError(`--days: a whole number of days from 1 to 365, got "${options.days}"`);
  try {
    new Intl.DateTimeFormat('en', { timeZone: options.timeZone });
  } catch {
    throw new CliError(
      `--time-zone: "${options.timeZone}" is not an IANA time zone (e.g. Europe/Vienna, UTC)`,
    );
  }
  if (options.until !== undefined && !isDay(options.until))
    throw new CliError(`--until: a date as YYYY-MM-DD, got "${options.until}"`);
  if (options.instance !== undefined && !/^https?:\/\/[^/\s]+\/?$/.test(options.instance))
    throw new CliError(`--instance: a URL such as https://mastodon.social, got "${options.instance}"`);
  if (options.instance !== undefined && target.platform !== 'mastodon')
    throw new CliError('--instance is for Mastodon accounts only');
  const days = Number(options.days);
  // With --until the period is whole local days (a DST change makes one of them 23 or 25 hours long);
  // without it, the last `days` × 24 hours up to now.
  const periodTo = options.until ? dayStart(addDays(options.until, 1), options.timeZone) : now;
  const periodFrom = options.until
    ? dayStart(addDays(options.until, 1 - days), options.timeZone)
    : new Date(now.getTime() - days * DAY_MS);
  if (periodTo.getTime() > now.getTime() + DAY_MS)
    throw new CliError(`--until: ${options.until} is in the future`);
  return {
    target,
    periodFrom,
    periodTo,
    timeZone: options.timeZone,
    mastodonInstanceUrl: options.instance?.replace(/\/$/, ''),
  };
}

function isDay(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);
}

/** Why the public data could not be read, in words the consultant can act on. */
function explain(error: unknown, who: string): Error {
  if (error instanceof ProspectAccountError) return new CliError(error.message);
  if (error instanceof RateLimitedError)
    return new CliError(
      `the platform rate-limited the requests for ${who}${error.until ? ` until ${error.until.toISOString()}` : ''}; try again later (${error.message})`,
    );
  if (error instanceof PlatformStatusError)
    return new CliError(`the platform refused a request for ${who}: ${error.message}`);
  if (error instanceof ListingIncompleteError)
    return new CliError(
      `the listing of ${who} could not be read to the start of the period: ${error.message}`,
    );
  if (error instanceof PlatformRequestError)
    return new CliError(
      `could not read the public data of ${who} (network or platform failure): ${error.message}`,
    );
  return error instanceof Error ? error : new Error(String(error));
}

async function writeReport(
  result: ProspectAuditResult,
  options: ProspectOptions,
  days: number,
): Promise<void> {
  const renderer = await ReportRenderer.create();
  const model: ProspectAuditModel = {
    locale: options.locale,
    branding: resolveBranding(options.brand, null),
    generatedAt: new Date(),
    account: result.reading.account,
    periodFrom: result.request.periodFrom,
    periodTo: result.request.periodTo,
    days,
    timeZone: result.request.timeZone,
    readAt: result.readAt,
    estimate: result.estimate,
    reading: result.reading,
  };
  const html = renderer.renderProspectAudit(model);
  const catalog = renderer.catalog(options.locale);
  const dir = path.resolve(options.out ?? path.join(resolveDataDir(), 'reports', 'prospects'));
  await fs.mkdir(dir, { recursive: true });
  const base = path.join(dir, fileBase(model));
  const htmlFile = await writeNew(base, 'html', html);
  for (const line of prospectSummaryLines(model, catalog)) console.log(line);
  console.log(catalog.t('prospect.cli.report', { path: htmlFile }));
  if (!options.pdf) return;
  const reason = await locateChromium().then(
    () => null,
    (error: unknown) => (error instanceof Error ? error.message.split('\n')[0] : String(error)),
  );
  if (reason) {
    console.log(catalog.t('prospect.cli.noPdf', { reason }));
    return;
  }
  const pdfRenderer = new PdfRenderer();
  try {
    const pdfFile = await writeNew(base, 'pdf', await pdfRenderer.renderPdf(html));
    console.log(catalog.t('prospect.cli.pdf', { path: pdfFile }));
  } finally {
    await pdfRenderer.close();
  }
}

/** prospect-bluesky-shop.bsky.social-2026-10-01-2026-10-30.en */
function fileBase(model: ProspectAuditModel): string {
  const who = model.account.address.replace(/^@/, '').replace(/[^A-Za-z0-9._-]+/g, '_');
  const day = (d: Date) => d.toISOString().slice(0, 10);
  return `prospect-${model.account.platform}-${who}-${day(model.periodFrom)}-${day(new Date(model.periodTo.getTime() - 1))}.${model.locale}`;
}

/** Reports are never overwritten: a second audit of the same period gets -2, -3 … */
async function writeNew(base: string, extension: string, content: string | Buffer): Promise<string> {
  for (let n = 1; ; n += 1) {
    const file = `${base}${n === 1 ? '' : `-${n}`}.${extension}`;
    try {
      await fs.writeFile(file, content, { flag: 'wx' });
      return file;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
}
