import { Command, Option } from 'commander';
import { addDays, dayStart, IN_HOUSE, type MetricsDimension } from '#domain';
import { AccountRepository, type WorkspaceEntity } from '#persistence';
import {
  ComparisonService,
  ENGINE_METRICS,
  formatComparison,
  formatEngineMetric,
  formatMetrics,
  METRICS_FORMATS,
  MetricsQueryService,
  STRATIFIED_METRICS,
  type ComparisonPeriod,
  type EngineMetric,
  type MetricsFormat,
} from '#reporting';
import { CliError, withApp, type CliApp } from '../cli-context.js';

interface MetricsOptions {
  workspace: string;
  from?: string;
  to?: string;
  by: MetricsDimension;
  format: MetricsFormat;
  metric?: EngineMetric;
  stratified?: boolean;
  compare?: string;
}

const AGENCY_PREFIX = 'agency:';

export function registerMetrics(program: Command): void {
  program
    .command('metrics')
    .description(
      'The numbers per account, operator or sourcing group; one metric of docs/metrics.md with --metric; ' +
        'in-house against an agency with --compare',
    )
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
      new Option('--metric <metric>', 'one metric, by account or group').choices([...ENGINE_METRICS]),
    )
    .option(
      '--stratified',
      'per time stratum (weekday business hours, weekday off-hours, weekend); with --compare: every cell',
    )
    .option(
      '--compare <groups>',
      'baseline and challengers, e.g. in_house,agency:BrightReply: the stratified comparison with intervals ' +
        'and the recommendation',
    )
    .addOption(
      new Option('--format <format>', 'output format').choices([...METRICS_FORMATS]).default('table'),
    )
    .addHelpText(
      'after',
      '\nDefinitions: ../shared/METRICS.md (docs/metrics.md). FRT in calendar seconds; p90 nearest-rank; response\n' +
        'rate = answered within 72 h / decided (items younger than 72 h at the end of the data are undecided).\n' +
        'Intervals are 95 %: bootstrap (2,000 resamples, fixed seed) for medians, Wilson for shares, Garwood for\n' +
        'incident rates; fewer than 20 observations are "insufficient data".\n\n' +
        'Examples:\n  npx ledger metrics --workspace acme --from 2017-10-01 --to 2017-10-31 --by group --format csv\n' +
        '  npx ledger metrics -w demo --metric sla --by group --stratified\n' +
        '  npx ledger metrics -w demo --compare in_house,agency:BrightReply --format json',
    )
    .action(async (opts: MetricsOptions) => {
      if (opts.compare !== undefined && opts.metric !== undefined)
        throw new CliError('Give either --metric or --compare, not both');
      if (opts.stratified && opts.metric === undefined && opts.compare === undefined)
        throw new CliError(`--stratified needs --compare or --metric ${STRATIFIED_METRICS.join('|')}`);
      if (opts.stratified && opts.metric !== undefined && !STRATIFIED_METRICS.includes(opts.metric))
        throw new CliError(
          `--stratified applies to --metric ${STRATIFIED_METRICS.join('|')}, not ${opts.metric}`,
        );
      if (opts.metric !== undefined && opts.by === 'operator')
        throw new CliError(`--metric ${opts.metric} is by account or by group, not by operator`);
      const groups = opts.compare === undefined ? null : parseGroups(opts.compare);
      await withApp(async (app) => {
        const workspace = await app.workspace(opts.workspace);
        if (groups) return printComparison(app, workspace, opts, groups);
        if (opts.metric !== undefined) return printMetric(app, workspace, opts, opts.metric);
        const from = opts.from ? parseDay(opts.from, '--from', workspace.timeZone) : new Date(0);
        const to = opts.to
          ? parseDay(opts.to, '--to', workspace.timeZone, 1)
          : new Date('9999-12-31T00:00:00Z');
        if (to <= from) throw new CliError(`--to (${opts.to}) is before --from (${opts.from})`);
        const result = await app.get(MetricsQueryService).responsiveness(workspace.id, from, to, opts.by);
        console.log(formatMetrics(result, opts.format));
      });
    });
}

async function printComparison(
  app: CliApp,
  workspace: WorkspaceEntity,
  opts: MetricsOptions,
  groups: { baseline: string; challengers: string[] },
): Promise<void> {
  const service = app.get(ComparisonService);
  const period = await resolvePeriod(service, workspace, opts);
  const report = await service.compare(workspace, period, groups);
  console.log(formatComparison(report, opts.format, { stratified: opts.stratified }));
}

async function printMetric(
  app: CliApp,
  workspace: WorkspaceEntity,
  opts: MetricsOptions,
  metric: EngineMetric,
): Promise<void> {
  const service = app.get(ComparisonService);
  const period = await resolvePeriod(service, workspace, opts);
  const [breakdowns, accounts] = await Promise.all([
    service.breakdowns(workspace, period),
    app.get(AccountRepository).listByWorkspace(workspace.id),
  ]);
  const handles = new Map(accounts.map((account) => [account.id, account.handle]));
  console.log(
    formatEngineMetric(breakdowns, metric, opts.format, {
      by: opts.by === 'group' ? 'group' : 'account',
      stratified: opts.stratified,
      accountLabel: (id) => handles.get(id) ?? id,
    }),
  );
}

/**
 * The period of --from/--to, or all data as whole local days. The engine needs a bounded period (plans and
 * cost models are counted per day), so "all data" is the days from the first item to the last.
 */
async function resolvePeriod(
  service: ComparisonService,
  workspace: WorkspaceEntity,
  opts: MetricsOptions,
): Promise<ComparisonPeriod> {
  const all = opts.from && opts.to ? null : await service.dataPeriod(workspace);
  if (!all && !(opts.from && opts.to))
    throw new CliError(`Workspace "${workspace.slug}" has no items yet: import or collect some first`);
  const from = opts.from ? parseDay(opts.from, '--from', workspace.timeZone) : all!.from;
  const to = opts.to ? parseDay(opts.to, '--to', workspace.timeZone, 1) : all!.to;
  if (to <= from) throw new CliError(`--to (${opts.to ?? 'the last day of data'}) is before --from`);
  return { from, to };
}

/** `in_house,agency:A,agency:B`: the baseline first, then one or more agencies. */
function parseGroups(value: string): { baseline: string; challengers: string[] } {
  const groups = value
    .split(',')
    .map((g) => g.trim())
    .filter(Boolean);
  const [baseline, ...challengers] = groups;
  const valid = (g: string) =>
    g === IN_HOUSE || (g.startsWith(AGENCY_PREFIX) && g.length > AGENCY_PREFIX.length);
  if (!baseline || challengers.length === 0 || !groups.every(valid) || new Set(groups).size !== groups.length)
    throw new CliError(
      `--compare: the baseline and at least one other group, e.g. in_house,agency:BrightReply (got "${value}")`,
    );
  return { baseline, challengers };
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
