import type { Command } from 'commander';
import { CollectionRequestError, CollectionService, type StreamRunResult } from '#collectors';
import { CliError, withApp } from '../cli-context.js';
import { formatCount, formatDuration } from '../terminal.js';

export function registerCollect(program: Command): void {
  program
    .command('collect')
    .description(
      'Collect an account from its platform: posts, inbound items, engagement and followers, stream by stream',
    )
    .requiredOption(
      '-a, --account <account...>',
      'handle, platform:handle or account id (see: ledger accounts list)',
    )
    .requiredOption('-w, --workspace <slug>', 'workspace')
    .option(
      '-s, --stream <name...>',
      'only these streams (default: every stream the account’s credentials allow)',
    )
    .option('--since <date>', 'list back to this day (YYYY-MM-DD, UTC) instead of the high-water mark')
    .option('--max-pages <n>', 'pages per stream before the listing is recorded as incomplete')
    .addHelpText(
      'after',
      '\nEach stream is one run in the history (ledger collection-runs). Collecting again changes nothing that did\n' +
        'not change on the platform. A listing that fails half way keeps what it read and is shown as a gap.\n\n' +
        'Examples:\n  npx ledger collect --account x:AcmeSupport facebook:AcmePage --workspace acme\n  npx ledger collect -a bluesky:acme.bsky.social -w acme --stream posts --since 2026-10-01',
    )
    .action(
      async (opts: {
        account: string[];
        workspace: string;
        stream?: string[];
        since?: string;
        maxPages?: string;
      }) => {
        const since = opts.since === undefined ? undefined : parseDay(opts.since);
        const maxPages = opts.maxPages === undefined ? undefined : positive(opts.maxPages);
        await withApp(async (app) => {
          const workspace = await app.workspace(opts.workspace);
          for (const account of opts.account) {
            const started = Date.now();
            let result;
            try {
              result = await app.get(CollectionService).collectAccount(workspace.id, account, {
                streams: opts.stream,
                since,
                maxPages,
                onStream: (stream) => console.log(describe(stream)),
              });
            } catch (error) {
              if (error instanceof CollectionRequestError) throw new CliError(error.message);
              throw error;
            }
            for (const skipped of result.notCollected)
              console.log(`  ${skipped.stream.padEnd(14)} not collected: ${skipped.reason}`);
            console.log(
              `Collected ${result.account.platform}:${result.account.handle} in ${formatDuration(Date.now() - started)}; ` +
                `attribution ${result.attribution.itemsChanged} of ${result.attribution.itemsSeen} outbound items (re)attributed.`,
            );
            if (result.streams.some((s) => s.status === 'failed')) process.exitCode = 1;
          }
        });
      },
    );
}

function describe(s: StreamRunResult): string {
  const changed = s.changed;
  const skipped = Object.entries(s.skipped)
    .map(([reason, n]) => `${n} ${reason}`)
    .join(', ');
  const lines = [
    `  ${s.stream.padEnd(14)} ${s.status.padEnd(9)} read ${formatCount(s.read)}, kept ${formatCount(s.kept)}, ` +
      `rejected ${formatCount(s.rejected)}${skipped ? `, skipped ${skipped}` : ''}`,
    `  ${''.padEnd(14)} changed ${changed.outboundChanged} outbound, ${changed.inboundChanged} inbound, ` +
      `${changed.snapshots} engagement snapshots, ${changed.profileChanged} profile; ` +
      `window ${s.windowFrom ? s.windowFrom.toISOString() : 'all'} – ${s.windowTo.toISOString()}${s.complete ? '' : ' (incomplete)'}`,
  ];
  if (s.deletions.length > 0)
    lines.push(`  ${''.padEnd(14)} deleted since last seen: ${s.deletions.join(', ')}`);
  for (const warning of s.warnings.slice(0, 5)) lines.push(`  ${''.padEnd(14)} warning: ${warning}`);
  if (s.error) lines.push(`  ${''.padEnd(14)} error: ${s.error}`);
  return lines.join('\n');
}

function parseDay(value: string): Date {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(`${value}T00:00:00Z`))) {
    throw new CliError(`--since: a day as YYYY-MM-DD, got "${value}"`);
  }
  return new Date(`${value}T00:00:00Z`);
}

function positive(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0)
    throw new CliError(`--max-pages: a positive whole number, got "${value}"`);
  return n;
}
