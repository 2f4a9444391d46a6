// Calibration of the comparison engine's intervals (issue #3): 1,000 simulated comparisons per scenario with a
// known true value; the share of 95 % intervals that cover it. The headline comparisons must cover it in 93–97 %
// of runs (the run fails otherwise); exact intervals (Garwood, and the MOVER difference built on them) and
// heavily tied data are conservative by construction and are reported, not held to the band. With 1,000 runs
// the Monte Carlo error of a coverage is about ±0.7 points.
import {
  bootstrapMedian,
  bootstrapMedianDifference,
  compareTwoGroups,
  createSeededRandom,
  estimateProportionDifference,
  garwoodInterval,
  wilsonInterval,
  type ComparisonItem,
  type Estimated,
  type TimeStratum,
} from '../../libs/domain/src/index.js';
import {
  ratioOfSumsDifference,
  type RatePair,
} from '../../libs/reporting/src/comparison/engagement-evidence.util.js';
import { incidentRateDifference } from '../../libs/reporting/src/comparison/risk-evidence.util.js';
import { check, fmt } from '../bench-support.js';

const RUNS = 1000;
const BAND = { lower: 93, upper: 97 };
const SETTINGS = { level: 0.95, minObservations: 20, resamples: 2000, seed: 20_251_127 };

interface Scenario {
  label: string;
  /** Held to the 93–97 % band; otherwise reported with the reason it may lie outside. */
  checked: boolean;
  note?: string;
  /** One simulated comparison: does its interval cover the true value? */
  run: () => boolean;
}

const covers = (estimate: Estimated, truth: number) =>
  estimate.status === 'estimate' && estimate.interval.lower <= truth && truth <= estimate.interval.upper;

export async function calibrationBenchmark(): Promise<string> {
  const random = createSeededRandom(4242);
  const lognormal = (median: number, sigma: number) => random.lognormal(median, sigma);
  const sample = <T>(n: number, draw: () => T): T[] => Array.from({ length: n }, draw);
  const item = (group: string, stratum: TimeStratum, frt: number, ok: boolean): ComparisonItem => ({
    accountId: 'a',
    group,
    stratum,
    receivedAt: new Date(0),
    frtCalendarSeconds: frt,
    frtBusinessSeconds: frt,
    respondedWithin72h: ok,
    slaMet: ok,
  });

  // Three strata of unequal volume; the pooled truth is Σ (volume share × difference) over them.
  const strata = [
    { stratum: 'weekday_business_hours' as const, base: 600, chal: 480, nb: 120, nc: 40, pb: 0.85, pc: 0.9 },
    { stratum: 'weekday_off_hours' as const, base: 3600, chal: 3000, nb: 30, nc: 90, pb: 0.6, pc: 0.7 },
    { stratum: 'weekend' as const, base: 7200, chal: 6600, nb: 25, nc: 70, pb: 0.5, pc: 0.6 },
  ];
  const total = strata.reduce((sum, s) => sum + s.nb + s.nc, 0);
  const pooled = (f: (s: (typeof strata)[number]) => number) =>
    strata.reduce((sum, s) => sum + ((s.nb + s.nc) / total) * f(s), 0);
  const stratifiedItems = () =>
    strata.flatMap((s) => [
      ...sample(s.nb, () => item('in_house', s.stratum, lognormal(s.base, 0.9), random.next() < s.pb)),
      ...sample(s.nc, () => item('agency:A', s.stratum, lognormal(s.chal, 0.9), random.next() < s.pc)),
    ]);
  const binomial = (n: number, p: number) => sample(n, () => random.next() < p).filter(Boolean).length;
  const posts = (n: number, rate: number): RatePair[] =>
    sample(n, () => {
      const denominator = Math.round(lognormal(2000, 0.8)) + 1;
      return { engagements: binomial(denominator, rate), denominator };
    });

  const scenarios: Scenario[] = [
    ...[
      [25, 25],
      [60, 80],
      [300, 200],
    ].map(([n, m]) => ({
      label: `difference of medians, lognormal FRTs 600 s vs 900 s, n = ${n}/${m}`,
      checked: true,
      run: () =>
        covers(
          bootstrapMedianDifference(
            sample(n, () => lognormal(600, 1)),
            sample(m, () => lognormal(900, 1)),
            SETTINGS,
          ),
          300,
        ),
    })),
    {
      label: 'median alone, lognormal, n = 40',
      checked: true,
      run: () =>
        covers(
          bootstrapMedian(
            sample(40, () => lognormal(600, 1.2)),
            SETTINGS,
          ),
          600,
        ),
    },
    {
      label: 'difference of medians, FRTs in whole minutes (many ties), n = 50/50',
      checked: false,
      note: 'ties make the percentile interval conservative',
      run: () => {
        const minutes = (median: number) => 60 * Math.round(lognormal(median, 0.8) / 60);
        return covers(
          bootstrapMedianDifference(
            sample(50, () => minutes(600)),
            sample(50, () => minutes(900)),
            SETTINGS,
          ),
          300,
        );
      },
    },
    {
      label: `stratified difference of medians, 3 strata of unequal volume (true ${fmt(
        pooled((s) => s.chal - s.base),
        1,
      )} s)`,
      checked: true,
      run: () => {
        const [frt] = compareTwoGroups(stratifiedItems(), 'in_house', 'agency:A', SETTINGS).metrics;
        return covers(
          frt.stratified.difference,
          pooled((s) => s.chal - s.base),
        );
      },
    },
    {
      label: `stratified difference of response rates, 3 strata (true ${fmt(
        pooled((s) => s.pc - s.pb),
        4,
      )})`,
      checked: true,
      run: () => {
        const rate = compareTwoGroups(stratifiedItems(), 'in_house', 'agency:A', SETTINGS).metrics[2];
        return covers(
          rate.stratified.difference,
          pooled((s) => s.pc - s.pb),
        );
      },
    },
    {
      label: 'Wilson, p = 0.3, n = 50',
      checked: true,
      run: () => {
        const w = wilsonInterval(binomial(50, 0.3), 50);
        return w.lower <= 0.3 && 0.3 <= w.upper;
      },
    },
    {
      label: 'Newcombe, 0.75 vs 0.60, n = 80/60',
      checked: true,
      run: () =>
        covers(
          estimateProportionDifference(
            { successes: binomial(60, 0.6), trials: 60 },
            { successes: binomial(80, 0.75), trials: 80 },
            SETTINGS,
          ),
          0.15,
        ),
    },
    {
      label: 'engagement rate difference (ratio of sums, posts resampled), 0.012 vs 0.015, 40/50 posts',
      checked: true,
      run: () => covers(ratioOfSumsDifference(posts(40, 0.012), posts(50, 0.015), SETTINGS), 0.003),
    },
    {
      label: 'Garwood, Poisson mean 4',
      checked: false,
      note: 'exact intervals are conservative',
      run: () => {
        const g = garwoodInterval(random.poisson(4));
        return g.lower <= 4 && 4 <= g.upper;
      },
    },
    {
      label: 'incident rate difference (MOVER on Garwood), 2 vs 5 per 1,000, 1,500/1,200 items',
      checked: false,
      note: 'built on exact intervals: conservative',
      run: () =>
        covers(
          incidentRateDifference(
            { incidents: random.poisson(3), outbound: 1500 },
            { incidents: random.poisson(6), outbound: 1200 },
            SETTINGS,
          ),
          3,
        ),
    },
  ];

  const lines = [
    `### Calibration of the 95 % intervals: ${fmt(RUNS)} simulated comparisons per scenario`,
    '',
    '| simulated comparison (true value known) | coverage | held to 93–97 % |',
    '|---|---:|---|',
  ];
  const failures: string[] = [];
  for (const scenario of scenarios) {
    let covered = 0;
    for (let i = 0; i < RUNS; i += 1) if (scenario.run()) covered += 1;
    const coverage = (covered / RUNS) * 100;
    lines.push(
      `| ${scenario.label} | ${fmt(coverage, 1)} % | ${scenario.checked ? 'yes' : `no: ${scenario.note}`} |`,
    );
    if (scenario.checked && (coverage < BAND.lower || coverage > BAND.upper))
      failures.push(`${scenario.label}: ${fmt(coverage, 1)} %`);
  }
  lines.push(
    '',
    'Seeded (4242): the same code gives the same table. A scenario held to the band outside 93–97 % fails the run.',
  );
  check(failures.length === 0, `coverage outside ${BAND.lower}–${BAND.upper} %: ${failures.join('; ')}`);
  return lines.join('\n');
}
