// A realistic monthly report model for specs, previews and demos: April 2025 (30 days) for a workspace in
// Berlin, an in-house team against the agency CallCo. Deterministic (seeded), internally consistent (group
// rows add up from operator rows and from the FRT values), and marked as demo data.
// The agency's median FRT is exactly 2 h 5 min (7,500 s) so format specs have a known value to look for.
import { mulberry32, type DurationSummary, type ResponsivenessRow } from '#domain';
import { resolveBranding } from '../branding/report-branding.model.js';
import type {
  AttributionShare,
  DailyVolumePoint,
  FrtDistribution,
  MonthlyReportModel,
} from './monthly-report.model.js';

export const FIXTURE_AGENCY_MEDIAN_FRT_SECONDS = 7500;

const SEVENTY_TWO_HOURS = 72 * 3600;

interface GroupPlan {
  group: string;
  inbound: number;
  undecided: number;
  outbound: number;
  negativeIntervals: number;
  /** Log-normal FRT: median in seconds and spread. */
  medianSeconds: number;
  sigma: number;
  operators: { id: string; name: string; answered: number }[];
  sources: Record<string, number>;
}

const PLANS: GroupPlan[] = [
  {
    group: 'in_house',
    inbound: 512,
    undecided: 12,
    outbound: 610,
    negativeIntervals: 1,
    medianSeconds: 1500,
    sigma: 1.1,
    operators: [
      { id: 'op-anna', name: 'Anna Schmidt', answered: 260 },
      { id: 'op-jonas', name: 'Jonas Weber', answered: 220 },
    ],
    sources: { platform: 0.55, tool: 0.25, signature: 0.12, roster: 0.05, unknown: 0.03 },
  },
  {
    group: 'agency:CallCo',
    inbound: 722,
    undecided: 18,
    outbound: 770,
    negativeIntervals: 3,
    medianSeconds: FIXTURE_AGENCY_MEDIAN_FRT_SECONDS,
    sigma: 0.9,
    operators: [
      { id: 'op-priya', name: 'Priya Raman', answered: 400 },
      { id: 'op-tom', name: "Tom O'Brien", answered: 278 },
      // Fewer than 20 answers: the report must say "insufficient data" for this operator.
      { id: 'op-lena', name: 'Lena Fischer', answered: 12 },
    ],
    sources: { platform: 0.2, tool: 0.45, signature: 0.25, roster: 0.06, unknown: 0.04 },
  },
];

export function buildMonthlyReportFixture(overrides: Partial<MonthlyReportModel> = {}): MonthlyReportModel {
  const random = mulberry32(20250401);
  const groups = PLANS.map((plan) => ({ plan, values: frtValues(plan, random) }));
  const allValues = groups.flatMap((g) => g.values);

  const byGroup = groups.map(({ plan, values }) =>
    row(
      plan.group,
      plan.group,
      plan.group,
      plan.inbound,
      values,
      plan.outbound,
      plan.undecided,
      plan.negativeIntervals,
    ),
  );
  const byOperator = groups.flatMap(({ plan, values }) => {
    // Each operator answers a random sample of the group's items, so each gets fast and slow answers.
    const shuffled = shuffle(values, random);
    const total = sum(plan.operators.map((o) => o.answered));
    let offset = 0;
    return plan.operators.map((operator) => {
      const mine = shuffled.slice(offset, offset + operator.answered);
      offset += operator.answered;
      const outbound = Math.round((plan.outbound * operator.answered) / total);
      return row(operator.id, operator.name, plan.group, operator.answered, mine, outbound, 0, 0);
    });
  });
  const byAccount = [
    row(
      'acc-x',
      '@mueller_soehne (X)',
      null,
      634,
      allValues.filter((_, i) => i % 2 === 0),
      700,
      20,
      2,
    ),
    row(
      'acc-fb',
      'Müller & Söhne (Facebook)',
      null,
      600,
      allValues.filter((_, i) => i % 2 === 1),
      680,
      10,
      2,
    ),
  ];

  const inbound = sum(PLANS.map((p) => p.inbound));
  const outbound = sum(PLANS.map((p) => p.outbound));
  const decided = sum(byGroup.map((r) => r.responseRate.decided));
  const within = sum(byGroup.map((r) => r.responseRate.answeredWithin72h));
  const frtDistributions: FrtDistribution[] = groups.map(({ plan, values }) => ({
    label: plan.group,
    values,
  }));

  return {
    workspace: { name: 'Müller & Söhne GmbH', slug: 'mueller-soehne', timeZone: 'Europe/Berlin' },
    branding: resolveBranding('Müller & Söhne GmbH', null),
    archive: null,
    isDemo: true,
    locale: 'en',
    month: '2025-04',
    periodFrom: new Date('2025-03-31T22:00:00Z'),
    periodTo: new Date('2025-04-30T22:00:00Z'),
    generatedAt: new Date('2025-05-01T05:30:00Z'),
    summary: {
      inbound,
      answered: allValues.length,
      outbound,
      medianFrtSeconds: median([...allValues].sort((a, b) => a - b)),
      responseRate: within / decided,
      accounts: byAccount.length,
      operators: byOperator.length,
    },
    byGroup,
    byOperator,
    byAccount,
    frtDistributions,
    dailyVolume: dailyVolume(inbound, outbound, random),
    attribution: PLANS.flatMap(attribution).map((row) => ({ ...row, share: row.items / outbound })),
    unassignedOperators: ['RR', 'Becky'],
    engine: null,
    ...overrides,
  };
}

function frtValues(plan: GroupPlan, random: () => number): number[] {
  const n = sum(plan.operators.map((o) => o.answered));
  const values = Array.from({ length: n }, () =>
    Math.round(plan.medianSeconds * Math.exp(plan.sigma * gaussian(random))),
  );
  values.sort((a, b) => a - b);
  // Pin the median to the plan's value without disturbing the order (n is even: two middle values).
  const lo = n / 2 - 1;
  for (let i = 0; i < n; i += 1) {
    if (i < lo) values[i] = Math.min(values[i], plan.medianSeconds);
    else if (i <= lo + 1) values[i] = plan.medianSeconds;
    else values[i] = Math.max(values[i], plan.medianSeconds);
  }
  return values;
}

function row(
  key: string,
  label: string,
  sourcingGroup: string | null,
  inbound: number,
  values: number[],
  outbound: number,
  undecided: number,
  negativeIntervals: number,
): ResponsivenessRow {
  const answeredWithin72h = values.filter((v) => v <= SEVENTY_TWO_HOURS).length;
  const decided = inbound - undecided;
  return {
    key,
    label,
    sourcingGroup,
    inbound,
    answered: values.length,
    outbound,
    frt: summarize(values),
    responseRate: {
      answeredWithin72h,
      decided,
      undecided,
      rate: decided === 0 ? null : answeredWithin72h / decided,
    },
    negativeIntervals,
  };
}

function summarize(values: number[]): DurationSummary {
  const sorted = [...values].sort((a, b) => a - b);
  const n = sorted.length;
  if (n === 0) return { count: 0, median: null, mean: null, p90: null, fastest: null, slowest: null };
  return {
    count: n,
    median: median(sorted),
    mean: sum(sorted) / n,
    p90: sorted[Math.ceil(0.9 * n) - 1],
    fastest: sorted[0],
    slowest: sorted[n - 1],
  };
}

function median(sorted: number[]): number {
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function dailyVolume(inbound: number, outbound: number, random: () => number): DailyVolumePoint[] {
  const days = Array.from({ length: 30 }, (_, i) => `2025-04-${String(i + 1).padStart(2, '0')}`);
  // Weekends are quieter; 2025-04-05 is a Saturday.
  const weights = days.map((day) => {
    const weekday = new Date(`${day}T12:00:00Z`).getUTCDay();
    return (weekday === 0 || weekday === 6 ? 0.55 : 1.2) * (0.8 + 0.4 * random());
  });
  const inboundPerDay = apportion(inbound, weights);
  const outboundPerDay = apportion(
    outbound,
    weights.map((w) => w * (0.9 + 0.2 * random())),
  );
  return days.map((day, i) => ({ day, inbound: inboundPerDay[i], outbound: outboundPerDay[i] }));
}

function attribution(plan: GroupPlan): AttributionShare[] {
  const entries = Object.entries(plan.sources);
  const items = apportion(
    plan.outbound,
    entries.map(([, share]) => share),
  );
  return entries.map(([source], i) => ({
    sourcingGroup: plan.group,
    source,
    items: items[i],
    share: items[i] / plan.outbound,
  }));
}

/** Splits a total into integers proportional to the weights (largest remainder), so parts add up exactly. */
function apportion(total: number, weights: number[]): number[] {
  const weightSum = sum(weights);
  const exact = weights.map((w) => (total * w) / weightSum);
  const parts = exact.map(Math.floor);
  const order = exact.map((x, i) => ({ i, rest: x - Math.floor(x) })).sort((a, b) => b.rest - a.rest);
  const remainder = total - sum(parts);
  for (let k = 0; k < remainder; k += 1) parts[order[k].i] += 1;
  return parts;
}

function shuffle<T>(values: readonly T[], random: () => number): T[] {
  const copy = [...values];
  for (let i = copy.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy;
}

function sum(values: number[]): number {
  return values.reduce((acc, v) => acc + v, 0);
}

function gaussian(random: () => number): number {
  const u = Math.max(random(), 1e-12);
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
}
