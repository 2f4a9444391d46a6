import { csvCell, MIN_OBSERVATIONS, type MetricsResult, type ResponsivenessRow } from '#domain';

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
      return table(result);
  }
}

/**
 * The aligned table for a terminal. Beside each figure resting on fewer than MIN_OBSERVATIONS answers stands
 * a `*`: the report calls such a figure "insufficient data" and compares nothing on it, and the table must not
 * look more certain than the report. A footnote says why a response rate is missing.
 */
function table(result: MetricsResult): string {
  const rows = [...result.rows, result.total];
  const byGroup = result.dimension === 'group';
  const headers = [
    '',
    ...(byGroup ? [] : ['group']),
    'inbound',
    'answered',
    'outbound',
    'median FRT',
    'mean FRT',
    'p90 FRT',
    'fastest',
    'slowest',
    'resp. rate (72h)',
    'undecided',
  ];
  const cells = rows.map((r) => {
    const few = r.answered > 0 && r.answered < MIN_OBSERVATIONS ? '*' : ' ';
    return [
      r.label,
      ...(byGroup ? [] : [groupLabel(r, result.dimension)]),
      String(r.inbound),
      String(r.answered),
      String(r.outbound),
      seconds(r.frt.median) + few,
      seconds(round2(r.frt.mean)) + few,
      seconds(r.frt.p90) + few,
      seconds(r.frt.fastest),
      seconds(r.frt.slowest),
      r.responseRate.rate === null ? '–' : `${(r.responseRate.rate * 100).toFixed(1)} %`,
      String(r.responseRate.undecided),
    ];
  });
  const text = byGroup ? 1 : 2;
  const widths = headers.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i].length)));
  const line = (c: string[]) =>
    c.map((v, i) => (i < text ? v.padEnd(widths[i]) : v.padStart(widths[i]))).join('  ');
  const rule = widths.map((w) => '-'.repeat(w)).join('  ');
  const notes: string[] = [];
  if (rows.some((r) => r.answered > 0 && r.answered < MIN_OBSERVATIONS))
    notes.push(
      `* fewer than ${MIN_OBSERVATIONS} answered: insufficient data for a comparison (shown for reference only)`,
    );
  if (rows.some((r) => r.responseRate.rate === null && r.responseRate.undecided > 0))
    notes.push(
      '– response rate: every item is younger than 72 h at the end of the data, so none is decided yet',
    );
  return [
    line(headers),
    rule,
    ...cells.slice(0, -1).map(line),
    rule,
    line(cells[cells.length - 1]),
    ...(notes.length > 0 ? ['', ...notes] : []),
  ].join('\n');
}

/** An operator waiting for a group says so; accounts have none of their own. */
function groupLabel(row: ResponsivenessRow, dimension: MetricsResult['dimension']): string {
  if (row.sourcingGroup !== null) return row.sourcingGroup;
  return dimension === 'operator' && row.key !== 'total' && row.key !== 'unknown' ? 'unassigned' : '';
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
