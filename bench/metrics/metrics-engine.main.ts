// The engine's side of the metrics benchmark, in a process of its own: everything the monthly report
// computes for the workspace-month (MonthlyReportService.buildModel: load the facts of the month and the
// month before, every metric, the comparisons with their bootstraps, the recommendation, the report model),
// rendering excluded. Then the same once more in timed spans (load, comparison of the month) to read the
// engine's headline figures. Prints one JSON line. Database from the environment.
import {
  buildComparisonReport,
  MonthlyReportDataLoader,
  MonthlyReportService,
  type ComparisonReport,
} from '#reporting';
import type { Headline, Rows } from './headline.types.js';
import { benchWorkspace, fail, report, withBenchContext } from './metrics-context.js';
import { BENCH_MONTH } from './metrics-month.generator.js';

export interface EngineMeasurement {
  /** buildModel: the monthly report without rendering. */
  seconds: number;
  /** Spans of a second run: facts loaded (both months, every repository), the month's comparison report. */
  loadSeconds: number;
  comparisonSeconds: number;
  inbound: number;
  outbound: number;
  snapshots: number;
  /** Overall decision per agency, as page one prints it. */
  recommendation: string;
  maxRssMb: number;
  headline: Headline;
}

const rows = <S, T>(list: readonly { key: string; summary: S }[], map: (summary: S) => T): Rows<T> =>
  Object.fromEntries(list.map((row) => [row.key, map(row.summary)]));

/** The engine's figures in the shape the hand-written SQL and DuckDB report them. */
function headlineOf(report: ComparisonReport): Headline {
  const responsiveness = (row: ComparisonReport['responsiveness']['total']['summary']) => ({
    inbound: row.all.inbound,
    answered: row.all.answered,
    frtMedian: row.all.frtCalendar.median,
    frtP90: row.all.frtCalendar.p90,
    decided: row.all.responseRate.decided,
    within72h: row.all.responseRate.answeredWithin72h,
    responseRate: row.all.responseRate.rate,
    slaDue: row.all.sla.met + row.all.sla.breached,
    slaMet: row.all.sla.met,
    slaRate: row.all.sla.rate,
  });
  const engagement = (row: ComparisonReport['engagement']['total']['summary']) => ({
    posts: row.posts,
    engagements: row.totals.engagements,
    perPost: row.perPost.engagements,
    impressions: row.byImpressions.denominator,
    rateByImpressions: row.byImpressions.ratioOfSums,
  });
  const volume = (row: ComparisonReport['volume']['total']['summary']) => ({
    outbound: row.published,
    perDay: row.publishedPerDay,
  });
  const risk = (row: ComparisonReport['risk']['total']['summary']) => ({
    incidents: row.incidents,
    outbound: row.outbound,
    ratePer1000: row.ratePer1000,
  });
  return {
    responsiveness: {
      byGroup: rows(report.responsiveness.byGroup, responsiveness),
      byAccount: rows(report.responsiveness.byAccount, responsiveness),
    },
    engagement: {
      byGroup: rows(report.engagement.byGroup, engagement),
      byAccount: rows(report.engagement.byAccount, engagement),
    },
    volume: {
      byGroup: rows(report.volume.byGroup, volume),
      byAccount: rows(report.volume.byAccount, volume),
    },
    risk: { byGroup: rows(report.risk.byGroup, risk), byAccount: rows(report.risk.byAccount, risk) },
  };
}

async function main(): Promise<void> {
  await withBenchContext(async (app) => {
    const workspace = await benchWorkspace(app);
    const clock = () => performance.now() / 1000;
    let t = clock();
    const model = await app
      .get(MonthlyReportService)
      .buildModel(workspace, BENCH_MONTH, 'en', new Date('2026-11-05T08:00:00Z'));
    const seconds = clock() - t;

    t = clock();
    const data = await app.get(MonthlyReportDataLoader).load(workspace, BENCH_MONTH);
    const loadSeconds = clock() - t;
    t = clock();
    const comparison = buildComparisonReport(data.facts);
    const comparisonSeconds = clock() - t;

    const result: EngineMeasurement = {
      seconds,
      loadSeconds,
      comparisonSeconds,
      inbound: data.facts.responsiveness.inbound.length,
      outbound: data.facts.outbound.length,
      snapshots: data.facts.snapshots.length,
      recommendation: (model.engine?.pageOne ?? [])
        .map((page) => `${page.challenger}: ${page.overall.decision}`)
        .join('; '),
      maxRssMb: process.resourceUsage().maxRSS / 1024,
      headline: headlineOf(comparison),
    };
    report(result);
  });
}

main().catch(fail);
