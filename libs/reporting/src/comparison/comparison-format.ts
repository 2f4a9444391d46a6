// `ledger metrics --compare`: the comparison report as an aligned text report, JSON (the report itself) or
// CSV (one line per scope, metric and estimate). The table prints what a reader needs to check a decision:
// like-for-like numbers with intervals, raw numbers beside them, the recommendation with its reasons.
import { localDay, type Estimated, type MetricComparison, type SideBySide } from '#domain';
import type { ChallengerComparison, ComparisonReport, ScopeComparison } from './comparison-report.types.js';
import {
  formatEstimate,
  formatScore,
  formatShare,
  formatValue,
  type ValueUnit,
} from './estimate-format.util.js';
import { metricLabel, recommendationLines } from './recommendation-format.js';
import { renderCsv, renderTable } from './text-table.util.js';

export type ComparisonFormat = 'table' | 'json' | 'csv';

export interface ComparisonFormatOptions {
  /** Print each metric's account × time stratum cells too. */
  stratified?: boolean;
}

export function formatComparison(
  report: ComparisonReport,
  format: ComparisonFormat,
  options: ComparisonFormatOptions = {},
): string {
  if (format === 'json') return JSON.stringify(report, null, 2);
  if (format === 'csv') return comparisonCsv(report);
  const { from, to, timeZone } = report.period;
  const header = [
    `Period ${localDay(from, timeZone)} to ${localDay(new Date(to.getTime() - 1), timeZone)} (${timeZone}), ` +
      `data until ${report.dataEnd.toISOString().slice(0, 16).replace('T', ' ')} UTC`,
  ];
  if (report.comparisons.length === 0)
    return [...header, '', `No agency to compare ${report.baseline} with in this period.`].join('\n');
  return [...header, ...report.comparisons.map((c) => challengerSection(report, c, options))].join('\n');
}

function challengerSection(
  report: ComparisonReport,
  comparison: ChallengerComparison,
  options: ComparisonFormatOptions,
): string {
  const { baseline, challenger, overall } = comparison;
  const lines = [
    '',
    `=== ${baseline} (baseline) against ${challenger} (challenger) ===`,
    `Actionable inbound items: ${baseline} ${overall.responsiveness.volume.baseline}, ` +
      `${challenger} ${overall.responsiveness.volume.challenger}`,
    '',
    'Stratified: like for like within account × time stratum, pooled by inbound volume',
    sideBySideTable(overall.responsiveness.metrics, baseline, challenger, (m) => m.stratified, true),
    '',
    'Raw: all items of each side together, unstratified (for reference only)',
    sideBySideTable(overall.responsiveness.metrics, baseline, challenger, (m) => m.raw, false),
    ...mannWhitneyLines(overall.responsiveness.metrics, baseline, challenger),
  ];
  if (options.stratified) {
    const handles = new Map(report.accounts.map((account) => [account.id, account.handle]));
    lines.push('', ...strataTables(overall, baseline, challenger, (id) => handles.get(id) ?? id));
  }
  lines.push('', ...recommendationLines(overall, comparison));
  lines.push('', 'By account', accountTable(comparison));
  const pair = new Set([baseline, challenger]);
  const handovers = report.handovers.filter(
    (h) => pair.has(h.handover.fromGroup) && pair.has(h.handover.toGroup),
  );
  for (const h of handovers) {
    const account =
      report.accounts.find((a) => a.id === h.handover.accountId)?.handle ?? h.handover.accountId;
    lines.push(
      '',
      `Handover on ${account}: ${h.handover.fromGroup} → ${h.handover.toGroup} at ${h.handover.at.toISOString()} ` +
        '(after − before, stratified by time stratum)',
      ...h.comparison.metrics.map(
        (m) =>
          `  ${metricLabel(m.metric).padEnd(28)} ${formatEstimate(m.stratified.difference, unitOf(m), true)}`,
      ),
    );
  }
  return lines.join('\n');
}

function unitOf(metric: MetricComparison): ValueUnit {
  return metric.unit === 'seconds' ? 'seconds' : 'proportion';
}

function sideBySideTable(
  metrics: readonly MetricComparison[],
  baseline: string,
  challenger: string,
  pick: (metric: MetricComparison) => SideBySide,
  withCoverage: boolean,
): string {
  const headers = ['metric', baseline, challenger, `difference (${challenger} − ${baseline})`];
  if (withCoverage) headers.push('volume compared');
  return renderTable({
    headers,
    rows: metrics.map((metric) => {
      const unit = unitOf(metric);
      const values = pick(metric);
      const row = [
        metricLabel(metric.metric),
        formatEstimate(values.baseline, unit),
        formatEstimate(values.challenger, unit),
        formatEstimate(values.difference, unit, true),
      ];
      if (withCoverage) row.push(formatShare(metric.stratified.coverage.share));
      return row;
    }),
  });
}

function mannWhitneyLines(
  metrics: readonly MetricComparison[],
  baseline: string,
  challenger: string,
): string[] {
  const lines: string[] = [];
  for (const metric of metrics) {
    const test = metric.raw.mannWhitney;
    if (test === null) continue;
    lines.push(
      test.status === 'test'
        ? `Mann–Whitney U, ${metricLabel(metric.metric)} of ${challenger} against ${baseline}: U = ${test.u}, ` +
            `p = ${test.pValue.toPrecision(3)} (${test.method.replace('_', ' ')})`
        : `Mann–Whitney U, ${metricLabel(metric.metric)}: insufficient data (${test.observations} of ${test.required})`,
    );
  }
  return lines;
}

function strataTables(
  scope: ScopeComparison,
  baseline: string,
  challenger: string,
  handleOf: (accountId: string) => string,
): string[] {
  return scope.responsiveness.metrics.flatMap((metric) => [
    `Cells of ${metricLabel(metric.metric)} (weight: share of the comparable inbound volume)`,
    renderTable({
      headers: [
        'account',
        'stratum',
        'items',
        `n ${baseline}`,
        `n ${challenger}`,
        baseline,
        challenger,
        'difference',
        'weight',
      ],
      labelColumns: 2,
      rows: metric.stratified.strata.map((cell) => [
        handleOf(cell.accountId),
        cell.stratum,
        String(cell.volume),
        String(cell.baselineObservations),
        String(cell.challengerObservations),
        formatValue(cell.baseline, unitOf(metric)),
        formatValue(cell.challenger, unitOf(metric)),
        formatEstimate(cell.difference, unitOf(metric), true),
        formatShare(cell.weight),
      ]),
    }),
    '',
  ]);
}

function accountTable(comparison: ChallengerComparison): string {
  const metric = (scope: ScopeComparison, name: string): Estimated | undefined =>
    scope.responsiveness.metrics.find((m) => m.metric === name)?.stratified.difference;
  return renderTable({
    headers: [
      'account',
      'decision',
      'score',
      'evidence',
      'median FRT diff',
      'response rate diff',
      'SLA diff',
    ],
    rows: comparison.byAccount.map((scope) => [
      scope.label,
      scope.recommendation.decision,
      formatScore(scope.recommendation.score),
      formatShare(scope.recommendation.evidenceShare),
      short(metric(scope, 'frt_calendar_median'), 'seconds'),
      short(metric(scope, 'response_rate'), 'proportion'),
      short(metric(scope, 'sla_attainment'), 'proportion'),
    ]),
  });
}

function short(estimate: Estimated | undefined, unit: ValueUnit): string {
  if (!estimate) return '–';
  return estimate.status === 'estimate' ? formatEstimate(estimate, unit, true) : 'insufficient data';
}

function comparisonCsv(report: ComparisonReport): string {
  const headers = [
    'baseline',
    'challenger',
    'scope',
    'metric',
    'estimate',
    'unit',
    'baseline_value',
    'baseline_lower',
    'baseline_upper',
    'challenger_value',
    'challenger_lower',
    'challenger_upper',
    'difference',
    'difference_lower',
    'difference_upper',
    'observations',
    'coverage',
    'decision',
    'score',
  ];
  const cells = (e: Estimated) =>
    e.status === 'estimate' ? [e.value, e.interval.lower, e.interval.upper] : [null, null, null];
  const rows = report.comparisons.flatMap((c) =>
    [c.overall, ...c.byAccount].flatMap((scope) =>
      scope.responsiveness.metrics.flatMap((m) =>
        (['stratified', 'raw'] as const).map((kind) => [
          c.baseline,
          c.challenger,
          scope.label,
          m.metric,
          kind,
          m.unit,
          ...cells(m[kind].baseline),
          ...cells(m[kind].challenger),
          ...cells(m[kind].difference),
          m[kind].difference.observations,
          kind === 'stratified' ? m.stratified.coverage.share : null,
          scope.recommendation.decision,
          scope.recommendation.score,
        ]),
      ),
    ),
  );
  return renderCsv(headers, rows);
}
