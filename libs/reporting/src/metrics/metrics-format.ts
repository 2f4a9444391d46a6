import { csvCell, type MetricsResult, type ResponsivenessRow } from '#domain';

export type MetricsFormat = 'table' | 'json' | 'csv';
export const METRICS_FORMATS: readonly MetricsFormat[] = ['table', 'json', 'csv'];

const COLUMNS: { header: string; value: (r: ResponsivenessRow) => string | number | null }[] = [
  { header: 'key', value: (r) => r.key },
  { header: 'label', value: (r) => r.label },
  { header: 'sourcing_group', value: (r) => r.sourcingGroup },
  { header: 'inbound', value: (r) => r.inbound },
  { header: 'answered', value: (r) => r.answered },
  { header: 'outbound', value: (r) => r.outbound },
  { header: 'frt_median_s', value: (r) => r.frt.median },
  { header: 'frt_mean_s', value: (r) => round2(r.frt.mean) },
  { header: 'frt_p90_s', value: (r) => r.frt.p90 },
  { header: 'frt_fastest_s', value: (r) => r.frt.fastest },
  { header: 'frt_slowest_s', value: (r) => r.frt.slowest },
  { header: 'response_rate', value: (r) => round4(r.responseRate.rate) },
  { header: 'answered_72h', value: (r) => r.responseRate.answeredWithin72h },
  { header: 'decided', value: (r) => r.responseRate.decided },
  { header: 'undecided', value: (r) => r.responseRate.undecided },
  { header: 'negative_intervals', value: (r) => r.negativeIntervals },
];

/** Renders metrics for the command line or a download: an aligned table, JSON, or CSV (RFC 4180). */
export function formatMetrics(result: MetricsResult, format: MetricsFormat): string {
  const rows = [...result.rows, result.total];
  switch (format) {
    case 'json':
      return JSON.stringify(result, null, 2);
    case 'csv':
      return [COLUMNS.map((c) => c.header), ...rows.map((r) => COLUMNS.map((c) => c.value(r)))]
        .map((cells) => cells.map(csvCell).join(','))
        .join('\n');
    case 'table':
      return table(rows);
  }
}

function table(rows: ResponsivenessRow[]): string {
  const headers = [
    '',
    'group',
    'inbound',
    'answered',
    'outbound',
    'median FRT',
    'mean FRT',
    'p90 FRT',
    'resp. rate (72h)',
    'undecided',
  ];
  const cells = rows.map((r) => [
    r.label,
    r.sourcingGroup ?? '',
    String(r.inbound),
    String(r.answered),
    String(r.outbound),
    seconds(r.frt.median),
    seconds(round2(r.frt.mean)),
    seconds(r.frt.p90),
    r.responseRate.rate === null ? '–' : `${(r.responseRate.rate * 100).toFixed(1)} %`,
    String(r.responseRate.undecided),
  ]);
  const widths = headers.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i].length)));
  const line = (c: string[]) =>
    c.map((v, i) => (i < 2 ? v.padEnd(widths[i]) : v.padStart(widths[i]))).join('  ');
  const rule = widths.map((w) => '-'.repeat(w)).join('  ');
  return [line(headers), rule, ...cells.slice(0, -1).map(line), rule, line(cells[cells.length - 1])].join(
    '\n',
  );
}

function seconds(value: number | null): string {
  return value === null ? '–' : `${value} s`;
}

function round2(value: number | null): number | null {
  return value === null ? null : Math.round(value * 100) / 100;
}

function round4(value: number | null): number | null {
  return value === null ? null : Math.round(value * 10000) / 10000;
}
