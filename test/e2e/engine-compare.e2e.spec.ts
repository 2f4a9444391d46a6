// The consultant's question on the demo workspace, on the command line: is the agency better than our staff,
// like for like, and what would it take to change the answer? `ledger demo` seeds the workspace the server's
// first start creates; `ledger metrics --compare` prints the comparison as a table and as JSON.
import { runCli, type CliResult } from '../support/processes.js';
import { useProcessDatabase } from '../support/test-database.js';

interface Estimate {
  status: 'estimate' | 'insufficient';
  value?: number;
  interval?: { lower: number; upper: number; level: number };
}

interface MetricComparison {
  metric: string;
  stratified: {
    baseline: Estimate;
    challenger: Estimate;
    difference: Estimate;
    strata: {
      accountId: string;
      stratum: string;
      baselineObservations: number;
      challengerObservations: number;
    }[];
  };
  raw: { baseline: Estimate; challenger: Estimate; difference: Estimate };
}

interface Scope {
  label: string;
  responsiveness: { metrics: MetricComparison[]; volume: { baseline: number; challenger: number } };
  cost: { status: string; baseline: number; challenger: number; currency: string; outboundItems: number };
  recommendation: {
    decision: 'outsource' | 'keep_in_house' | 'inconclusive';
    reasons: { code: string; metric?: string }[];
    breakEven: { currentDifference: number; outsourceUpTo: number | null; keepInHouseFrom: number | null };
  };
}

interface Report {
  baseline: string;
  challengers: string[];
  accounts: { id: string; handle: string; holidayCalendar: string | null; hasHouseStyle: boolean }[];
  comparisons: { baseline: string; challenger: string; overall: Scope; byAccount: Scope[] }[];
  cost: {
    byGroup: { key: string; summary: { total: number; outbound: number; costPerOutboundItem: number } }[];
  };
}

const DECISIONS = { outsource: 'OUTSOURCE', keep_in_house: 'KEEP IN-HOUSE', inconclusive: 'INCONCLUSIVE' };

describe('ledger metrics --compare on the demo workspace', () => {
  const db = useProcessDatabase();
  let table: CliResult;
  let report: Report;

  beforeAll(async () => {
    const demo = await runCli(['demo'], db.env);
    expect(demo.stderr).toBe('');
    expect(demo.stdout).toContain('Created the demo workspace "demo"');
    const compare = ['metrics', '-w', 'demo', '--compare', 'in_house,agency:BrightReply'];
    table = await runCli([...compare, '--stratified'], db.env);
    const json = await runCli([...compare, '--format', 'json'], db.env);
    expect(json.code).toBe(0);
    report = JSON.parse(json.stdout) as Report;
  }, 120_000);

  test('the table compares in-house with the agency, stratified and raw, with intervals around each number', () => {
    expect(table.stderr).toBe('');
    expect(table.code).toBe(0);
    expect(table.stdout).toContain('=== in_house (baseline) against agency:BrightReply (challenger) ===');
    expect(table.stdout).toContain('Stratified: like for like within account × time stratum');
    expect(table.stdout).toContain('Raw: all items of each side together, unstratified');
    // "10.0 h [9.0, 12.5]": the printed interval brackets the printed number, in each column of each table.
    const rows = table.stdout
      .split('\n')
      .filter((line) => /^(median FRT|response rate|SLA attainment)/.test(line));
    expect(rows).toHaveLength(8); // four metrics, stratified and raw
    let bracketed = 0;
    for (const row of rows) {
      for (const [, value, lower, upper] of row.matchAll(
        /([+-]?\d+(?:\.\d+)?) (?:s|min|h|%|pp) \[(-?[\d.]+), (-?[\d.]+)\]/g,
      )) {
        expect(Number(lower)).toBeLessThanOrEqual(Number(value));
        expect(Number(value)).toBeLessThanOrEqual(Number(upper));
        bracketed += 1;
      }
    }
    expect(bracketed).toBeGreaterThanOrEqual(20);
  });

  test('--stratified prints every account × stratum cell; the handed-over account has both sides in each', () => {
    const cells = table.stdout.split('\n').filter((line) => line.startsWith('FernwoodWater'));
    // Four metrics, three strata each, in the cell tables; then the by-account row.
    expect(
      cells.filter((line) => /weekday_business_hours|weekday_off_hours|weekend/.test(line)),
    ).toHaveLength(12);
    const frt = report.comparisons[0].overall.responsiveness.metrics[0];
    const fernwood = report.accounts.find((a) => a.handle === 'FernwoodWater')!;
    const ownCells = frt.stratified.strata.filter((cell) => cell.accountId === fernwood.id);
    expect(ownCells.map((cell) => cell.stratum).sort()).toEqual([
      'weekday_business_hours',
      'weekday_off_hours',
      'weekend',
    ]);
    for (const cell of ownCells) {
      expect(cell.baselineObservations).toBeGreaterThanOrEqual(20);
      expect(cell.challengerObservations).toBeGreaterThanOrEqual(20);
    }
  });

  test('the recommendation and its reasons are printed, the same as in the JSON', () => {
    const overall = report.comparisons[0].overall.recommendation;
    expect(table.stdout).toContain(`Recommendation (overall): ${DECISIONS[overall.decision]}`);
    const reasons = table.stdout.split('Reasons:')[1].split('Break-even')[0];
    for (const text of [
      'median FRT:',
      'response rate (72 h):',
      'SLA attainment:',
      'incidents per 1,000',
      'cost for the same',
    ])
      expect(reasons).toContain(text);
    expect(table.stdout).toMatch(
      /Break-even \(agency:BrightReply − in_house cost for this work, now [+-][\d,]+ EUR\)/,
    );
    expect(overall.reasons.map((r) => r.metric).filter(Boolean)).toEqual(
      expect.arrayContaining(['frt_calendar_median', 'response_rate', 'sla_attainment']),
    );
  });

  test('JSON: every interval of the comparison brackets its estimate', () => {
    expect(report.baseline).toBe('in_house');
    expect(report.challengers).toEqual(['agency:BrightReply']);
    const { overall, byAccount } = report.comparisons[0];
    expect(byAccount.map((scope) => scope.label)).toEqual(['FernwoodWater', 'KaffeeKontor', 'NordbahnHilfe']);
    expect(overall.responsiveness.volume.baseline).toBeGreaterThan(500);
    expect(overall.responsiveness.volume.challenger).toBeGreaterThan(500);
    let estimates = 0;
    for (const metric of overall.responsiveness.metrics) {
      for (const estimate of [metric.stratified, metric.raw].flatMap((e) => [
        e.baseline,
        e.challenger,
        e.difference,
      ])) {
        expect(estimate.status).toBe('estimate');
        expect(estimate.interval!.level).toBe(0.95);
        expect(estimate.interval!.lower).toBeLessThanOrEqual(estimate.value!);
        expect(estimate.value!).toBeLessThanOrEqual(estimate.interval!.upper);
        estimates += 1;
      }
    }
    expect(estimates).toBe(24);
  });

  test('JSON: the cost behind the scorecard is each group’s cost per outbound item times the same work', () => {
    const { overall } = report.comparisons[0];
    const group = (key: string) => report.cost.byGroup.find((row) => row.key === key)!.summary;
    const inHouse = group('in_house');
    const agency = group('agency:BrightReply');
    // The demo's models: 3 FTE × 5,000 EUR for staff; 4,200 EUR retainer plus 0.75 EUR per response; without
    // --from and --to the comparison spans all data, the demo's two months.
    expect(inHouse.total).toBeCloseTo(2 * 15_000, 6);
    expect(agency.total).toBeGreaterThan(2 * 4_200);
    expect(inHouse.costPerOutboundItem).toBeCloseTo(inHouse.total / inHouse.outbound, 9);
    expect(overall.cost.status).toBe('priced');
    expect(overall.cost.currency).toBe('EUR');
    expect(overall.cost.outboundItems).toBe(inHouse.outbound + agency.outbound);
    expect(overall.cost.baseline).toBeCloseTo(inHouse.costPerOutboundItem * overall.cost.outboundItems, 6);
    expect(overall.cost.challenger).toBeCloseTo(agency.costPerOutboundItem * overall.cost.outboundItems, 6);
    const breakEven = overall.recommendation.breakEven;
    expect(breakEven.currentDifference).toBeCloseTo(overall.cost.challenger - overall.cost.baseline, 6);
    // The answer changes with the price: outsourcing stops at a lower difference than keeping in-house starts.
    if (breakEven.outsourceUpTo !== null && breakEven.keepInHouseFrom !== null)
      expect(breakEven.outsourceUpTo).toBeLessThan(breakEven.keepInHouseFrom);
  });

  test('the demo’s posts have engagement snapshots and its incidents were found by the rules', async () => {
    const engagement = await runCli(
      ['metrics', '-w', 'demo', '--metric', 'engagement', '--by', 'group'],
      db.env,
    );
    expect(engagement.code).toBe(0);
    const total = engagement.stdout
      .split('\n')
      .find((line) => line.startsWith('Total'))!
      .split(/\s+/);
    // posts, without_snapshot, younger_than_48h: every post measured at the fixed age of 48 hours.
    expect(Number(total[1])).toBeGreaterThan(20);
    expect(total.slice(2, 4)).toEqual(['0', '0']);
    const incidents = await runCli(['incidents', 'list', '-w', 'demo'], db.env);
    expect(incidents.code).toBe(0);
    expect(incidents.stdout).toMatch(/sla_breach_streak/);
    expect(incidents.stdout).toMatch(/off_duty_publication/);
  });

  test('the demo accounts carry their holiday calendars and house styles', () => {
    expect(report.accounts.map((a) => [a.handle, a.holidayCalendar, a.hasHouseStyle]).sort()).toEqual([
      ['FernwoodWater', 'GB-ENG', true],
      ['KaffeeKontor', 'DE-BE', true],
      ['NordbahnHilfe', 'AT-9', true],
    ]);
  });

  test('the settings behind it are listed and changed on the command line; a wrong one is refused', async () => {
    const costs = await runCli(['costs', 'list', '-w', 'demo'], db.env);
    expect(costs.stdout).toMatch(/^agency:BrightReply .* EUR {2}retainer 4200\/month \+ 0\.75 per response/m);
    expect(costs.stdout).toMatch(/^in_house .* EUR {2}3 FTE × 5000\/month/m);
    const holidays = await runCli(
      ['accounts', 'set', 'FernwoodWater', '-w', 'demo', '--holidays', 'GB:XYZ'],
      db.env,
    );
    expect(holidays.code).toBe(1);
    expect(holidays.stderr).toContain('Unknown holiday state "XYZ" of GB');
    // Cost alone decides: weights 0 : 0 : 0 : 1. The agency costs less per item, so the answer is outsource.
    const weights = await runCli(
      [
        'weights',
        'set',
        '-w',
        'demo',
        '--responsiveness',
        '0',
        '--engagement',
        '0',
        '--risk',
        '0',
        '--cost',
        '1',
      ],
      db.env,
    );
    expect(weights.stdout).toContain(
      'Weights (normalised): responsiveness 0.00, engagement 0.00, risk 0.00, cost 1.00',
    );
    const json = await runCli(
      ['metrics', '-w', 'demo', '--compare', 'in_house,agency:BrightReply', '--format', 'json'],
      db.env,
    );
    const overall = (JSON.parse(json.stdout) as Report).comparisons[0].overall;
    expect(overall.cost.challenger).toBeLessThan(overall.cost.baseline);
    expect(overall.recommendation.decision).toBe('outsource');
  });

  test('a --compare without a challenger is refused, naming what is expected', async () => {
    const wrong = await runCli(['metrics', '-w', 'demo', '--compare', 'in_house'], db.env);
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toContain('--compare: the baseline and at least one other group');
  });
});
