// `ledger metrics --metric …`: one metric of docs/metrics.md by sourcing group or account, as a table, JSON or
// CSV. CSV and JSON keep raw values (seconds, shares); the table rounds them for reading.
import { TIME_STRATA, type Breakdown, type BreakdownRow } from '#domain';
import type { DepthRow, EngineBreakdowns } from './comparison-report.types.js';
import {
  costColumns,
  depthColumns,
  engagementColumns,
  riskColumns,
  toneColumns,
  volumeColumns,
  type Column,
} from './engine-metric-columns.js';
import { renderCsv, renderTable } from './text-table.util.js';

export const ENGINE_METRICS = [
  'frt',
  'frt-business',
  'response-rate',
  'sla',
  'backlog',
  'engagement',
  'volume',
  'risk',
  'cost',
  'tone',
] as const;
export type EngineMetric = (typeof ENGINE_METRICS)[number];

/** Metrics that have numbers per time stratum (`--stratified`). */
export const STRATIFIED_METRICS: readonly EngineMetric[] = [
  'frt',
  'frt-business',
  'response-rate',
  'sla',
  'backlog',
];

export interface EngineMetricOptions {
  by: 'account' | 'group';
  stratified?: boolean;
  /** Row label of an account id (its handle). */
  accountLabel: (accountId: string) => string;
}

interface LabelledRow<S> {
  key: string;
  label: string;
  stratum?: string;
  summary: S;
}

export function formatEngineMetric(
  breakdowns: EngineBreakdowns,
  metric: EngineMetric,
  format: 'table' | 'json' | 'csv',
  options: EngineMetricOptions,
): string {
  // Cost models are per group: cost has no account rows and is shown by group whatever `by` says.
  const byAccount = options.by === 'account' && metric !== 'cost';
  const pickRows = <S>(
    b: Omit<Breakdown<S>, 'byAccount'> & { byAccount?: BreakdownRow<S>[] },
  ): LabelledRow<S>[] => {
    const rows = byAccount ? (b.byAccount ?? []) : b.byGroup;
    const label = (row: BreakdownRow<S>) => (byAccount ? options.accountLabel(row.key) : row.key);
    return [
      ...rows.map((row) => ({ key: row.key, label: label(row), summary: row.summary })),
      { key: 'total', label: 'Total', summary: b.total.summary },
    ];
  };
  if (metric in depthColumns) {
    const rows = pickRows<DepthRow>(breakdowns.responsiveness).flatMap((row) =>
      options.stratified
        ? TIME_STRATA.map((stratum) => ({ ...row, stratum, summary: row.summary.byStratum[stratum] }))
        : [{ ...row, summary: row.summary.all }],
    );
    return render(metric, rows, depthColumns[metric], format, options);
  }
  switch (metric) {
    case 'engagement':
      return render(metric, pickRows(breakdowns.engagement), engagementColumns, format, options);
    case 'volume':
      return render(metric, pickRows(breakdowns.volume), volumeColumns, format, options);
    case 'risk':
      return render(metric, pickRows(breakdowns.risk), riskColumns, format, options);
    case 'cost':
      return render(metric, pickRows(breakdowns.cost), costColumns, format, options);
    default: {
      const sentiment = breakdowns.tone.sentiment;
      const rows = pickRows(breakdowns.tone.style).map((row) => ({
        ...row,
        summary: {
          style: row.summary,
          sentiment:
            row.key === 'total'
              ? sentiment.total.summary
              : [...sentiment.byGroup, ...sentiment.byAccount].find((r) => r.key === row.key)?.summary,
        },
      }));
      return render(metric, rows, toneColumns, format, options);
    }
  }
}

function render<S>(
  metric: EngineMetric,
  rows: LabelledRow<S>[],
  columns: Column<S>[],
  format: 'table' | 'json' | 'csv',
  options: EngineMetricOptions,
): string {
  const stratified = rows.some((row) => row.stratum !== undefined);
  if (format === 'json') return JSON.stringify({ metric, by: options.by, rows }, null, 2);
  const head = ['key', 'label', ...(stratified ? ['stratum'] : [])];
  if (format === 'csv') {
    return renderCsv(
      [...head, ...columns.map((c) => c.header)],
      rows.map((row) => [
        row.key,
        row.label,
        ...(stratified ? [row.stratum] : []),
        ...columns.map((c) => c.value(row.summary)),
      ]),
    );
  }
  return renderTable({
    headers: ['', ...(stratified ? ['stratum'] : []), ...columns.map((c) => c.header)],
    labelColumns: stratified ? 2 : 1,
    totalRow: !stratified,
    rows: rows.map((row) => [
      row.label,
      ...(stratified ? [row.stratum ?? ''] : []),
      ...columns.map((c) => (c.text ? c.text(row.summary) : String(c.value(row.summary) ?? '–'))),
    ]),
  });
}
