// The columns of `ledger metrics --metric …`, one list per metric of docs/metrics.md: the raw value for CSV and
// JSON, and the rounded text the table shows.
import type { ResponsivenessDepth, SentimentSummary, StyleSummary } from '#domain';
import type { EngineBreakdowns } from './comparison-report.types.js';
import { formatEstimate, formatValue } from './estimate-format.util.js';

type Cell = string | number | null;

/** One column of a metric table: the raw value (CSV, JSON) and the text the table shows. */
export interface Column<S> {
  header: string;
  value: (summary: S) => Cell;
  /** Table text; default: the value as it is. */
  text?: (summary: S) => string;
}

const seconds = (v: number | null) => formatValue(v, 'seconds');
const percent = (v: number | null) => formatValue(v, 'proportion');
const money = (v: number | null) => (v === null ? '–' : v.toFixed(2));
const ratio = (v: number | null) => (v === null ? '–' : v.toFixed(4));

export const depthColumns: Record<string, Column<ResponsivenessDepth>[]> = {
  frt: durationColumns((d) => d.frtCalendar),
  'frt-business': durationColumns((d) => d.frtBusiness),
  'response-rate': [
    { header: 'inbound', value: (d) => d.inbound },
    { header: 'decided', value: (d) => d.responseRate.decided },
    { header: 'answered_72h', value: (d) => d.responseRate.answeredWithin72h },
    { header: 'rate', value: (d) => d.responseRate.rate, text: (d) => percent(d.responseRate.rate) },
    { header: 'undecided', value: (d) => d.responseRate.undecided },
    { header: 'data_errors', value: (d) => d.negativeIntervals },
  ],
  sla: [
    { header: 'met', value: (d) => d.sla.met },
    { header: 'breached', value: (d) => d.sla.breached },
    { header: 'pending', value: (d) => d.sla.pending },
    { header: 'data_errors', value: (d) => d.sla.dataErrors },
    { header: 'attainment', value: (d) => d.sla.rate, text: (d) => percent(d.sla.rate) },
  ],
  backlog: [
    { header: 'open', value: (d) => d.backlog.open },
    ...['under_1h', '1h_4h', '4h_24h', '1d_3d', 'over_3d'].map((header, i): Column<ResponsivenessDepth> => ({
      header,
      value: (d) => d.backlog.buckets[i]?.count ?? 0,
    })),
    {
      header: 'oldest_s',
      value: (d) => d.backlog.oldestSeconds,
      text: (d) => seconds(d.backlog.oldestSeconds),
    },
  ],
};

function durationColumns(
  pick: (d: ResponsivenessDepth) => ResponsivenessDepth['frtCalendar'],
): Column<ResponsivenessDepth>[] {
  const stat = (header: string, f: (s: ResponsivenessDepth['frtCalendar']) => number | null) => ({
    header,
    value: (d: ResponsivenessDepth) => f(pick(d)),
    text: (d: ResponsivenessDepth) => seconds(f(pick(d))),
  });
  return [
    { header: 'inbound', value: (d) => d.inbound },
    { header: 'answered', value: (d) => d.answered },
    { header: 'observations', value: (d) => pick(d).count },
    stat('median_s', (s) => s.median),
    stat('mean_s', (s) => s.mean),
    stat('p90_s', (s) => s.p90),
    stat('fastest_s', (s) => s.fastest),
    stat('slowest_s', (s) => s.slowest),
  ];
}

type Summaries = EngineBreakdowns['engagement']['total']['summary'];
export const engagementColumns: Column<Summaries>[] = [
  { header: 'posts', value: (s) => s.posts },
  { header: 'without_snapshot', value: (s) => s.postsWithoutSnapshot },
  { header: 'younger_than_48h', value: (s) => s.postsYoungerThanFixedAge },
  { header: 'reposts_excluded', value: (s) => s.repostsOfOthersExcluded },
  { header: 'engagements', value: (s) => s.totals.engagements },
  { header: 'per_post', value: (s) => s.perPost.engagements, text: (s) => ratio(s.perPost.engagements) },
  { header: 'median_per_post', value: (s) => s.medianEngagementsPerPost },
  ...(['byImpressions', 'byReach', 'byFollowers'] as const).flatMap((key): Column<Summaries>[] => [
    { header: `rate_${key}`, value: (s) => s[key].ratioOfSums, text: (s) => ratio(s[key].ratioOfSums) },
    {
      header: `post_median_${key}`,
      value: (s) => s[key].perPostMedian,
      text: (s) => ratio(s[key].perPostMedian),
    },
  ]),
];

type Volume = EngineBreakdowns['volume']['total']['summary'];
export const volumeColumns: Column<Volume>[] = [
  { header: 'days', value: (s) => s.days },
  { header: 'published', value: (s) => s.published },
  { header: 'per_day', value: (s) => s.publishedPerDay, text: (s) => money(s.publishedPerDay) },
  { header: 'days_planned', value: (s) => s.daysPlanned },
  { header: 'planned', value: (s) => s.planned },
  { header: 'delivered', value: (s) => s.deliveredAgainstPlan },
  { header: 'attainment', value: (s) => s.attainment, text: (s) => percent(s.attainment) },
  { header: 'days_below_plan', value: (s) => s.daysBelowPlan },
];

type Risk = EngineBreakdowns['risk']['total']['summary'];
export const riskColumns: Column<Risk>[] = [
  { header: 'outbound', value: (s) => s.outbound },
  { header: 'incidents', value: (s) => s.incidents },
  {
    header: 'per_1000',
    value: (s) => s.ratePer1000,
    text: (s) => formatEstimate(s.rateEstimate, 'rate'),
  },
  {
    header: 'weighted_per_1000',
    value: (s) => s.weightedRatePer1000,
    text: (s) => money(s.weightedRatePer1000),
  },
  {
    header: 'median_contain_s',
    value: (s) => s.timeToContain.median,
    text: (s) => seconds(s.timeToContain.median),
  },
  { header: 'not_contained', value: (s) => s.notContained },
  { header: 'dismissed', value: (s) => s.dismissed },
];

type Cost = EngineBreakdowns['cost']['total']['summary'];
export const costColumns: Column<Cost>[] = [
  { header: 'currency', value: (s) => s.currency, text: (s) => s.currency ?? '–' },
  { header: 'total', value: (s) => s.total, text: (s) => money(s.total) },
  { header: 'retainer', value: (s) => s.retainer, text: (s) => money(s.retainer) },
  { header: 'per_item_fees', value: (s) => s.perItem, text: (s) => money(s.perItem) },
  { header: 'staff', value: (s) => s.staff, text: (s) => money(s.staff) },
  { header: 'outbound', value: (s) => s.outbound },
  { header: 'responses', value: (s) => s.responses },
  { header: 'per_response', value: (s) => s.costPerResponse, text: (s) => money(s.costPerResponse) },
  {
    header: 'per_outbound_item',
    value: (s) => s.costPerOutboundItem,
    text: (s) => money(s.costPerOutboundItem),
  },
  {
    header: 'per_1000_engagements',
    value: (s) => s.costPer1000Engagements,
    text: (s) => money(s.costPer1000Engagements),
  },
  { header: 'days_without_model', value: (s) => s.daysWithoutModel },
];

export type Tone = { style: StyleSummary; sentiment: SentimentSummary | undefined };
export const toneColumns: Column<Tone>[] = [
  { header: 'checked', value: (t) => t.style.checked },
  { header: 'breaking', value: (t) => t.style.breaking },
  {
    header: 'break_share',
    value: (t) => t.style.share,
    text: (t) => formatEstimate(t.style.shareEstimate, 'proportion'),
  },
  { header: 'form_of_address', value: (t) => t.style.byRule['form-of-address'] },
  { header: 'signature', value: (t) => t.style.byRule.signature },
  { header: 'emoji', value: (t) => t.style.byRule.emoji },
  { header: 'reply_length', value: (t) => t.style.byRule['reply-length'] },
  { header: 'unchecked', value: (t) => t.style.unchecked },
  { header: 'replies_scored', value: (t) => t.sentiment?.scored ?? 0 },
  {
    header: 'mean_comparative',
    value: (t) => t.sentiment?.meanComparative ?? null,
    text: (t) => ratio(t.sentiment?.meanComparative ?? null),
  },
  {
    header: 'positive_share',
    value: (t) => t.sentiment?.positiveShare ?? null,
    text: (t) => percent(t.sentiment?.positiveShare ?? null),
  },
  {
    header: 'negative_share',
    value: (t) => t.sentiment?.negativeShare ?? null,
    text: (t) => percent(t.sentiment?.negativeShare ?? null),
  },
];
