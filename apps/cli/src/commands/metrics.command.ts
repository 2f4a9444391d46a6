import { Command, Option } from 'commander';
import { addDays, dayStart, type MetricsDimension } from '#domain';
import { formatMetrics, METRICS_FORMATS, MetricsQueryService, type MetricsFormat } from '#reporting';
import { CliError, withApp } from '../cli-context.js';

export function registerMetrics(program: Command): void {
  program
    .command('metrics')
    .description('First response time, response rate and volumes per account, operator or sourcing group')
    .requiredOption('-w, --workspace <slug>', 'workspace')
    .option(
      '--from <date>',
      'first day of the period, YYYY-MM-DD in the workspace time zone (default: all data)',
    )
    .option('--to <date>', 'last day of the period, inclusive, YYYY-MM-DD (default: all data)')
    .addOption(
      new Option('--by <dimension>', 'one row per')
        .choices(['account', 'operator', 'group'])
        .default('account'),
    )
    .addOption(
      new Option('--format <format>', 'output format').choices([...METRICS_FORMATS]).default('table'),
    )
    .addHelpText(
      'after',
      '\nDefinitions: ../shared/METRICS.md (docs/metrics.md). FRT in calendar seconds; p90 nearest-rank; response\n' +
        'rate = answered within 72 h / decided (items younger than 72 h at the end of the data are undecided).\n\n' +
        'Example:\n  npx ledger metrics --workspace acme --from 2017-10-01 --to 2017-10-31 --by group --format csv',
    )
    .action(
      async (opts: {
        workspace: string;
        from?: string;
        to?: string;
        by: MetricsDimension;
        format: MetricsFormat;
      }) => {
        await withApp(async (app) => {
          const workspace = await app.workspace(opts.workspace);
          const from = opts.from ? parseDay(opts.from, '--from', workspace.timeZone) : new Date(0);
          const to = opts.to
            ? parseDay(opts.to, '--to', workspace.timeZone, 1)
            : new Date('9999-12-31T00:00:00Z');
          if (to <= from) throw new CliError(`--to (${opts.to}) is before --from (${opts.from})`);
          const result = await app.get(MetricsQueryService).responsiveness(workspace.id, from, to, opts.by);
          console.log(formatMetrics(result, opts.format));
        });
      },
    );
}

/** Local midnight of the day, or of a day `offset` days later (--to names the last day, inclusive). */
function parseDay(value: string, option: string, timeZone: string, offset = 0): Date {
  try {
    dayStart(value, timeZone);
    return dayStart(addDays(value, offset), timeZone);
  } catch (error) {
    throw new CliError(`${option}: ${(error as Error).message}`);
  }
}
