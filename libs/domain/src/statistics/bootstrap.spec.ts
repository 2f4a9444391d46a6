import fc from 'fast-check';
import { mulberry32 } from './seeded-random.util.js';
import { bootstrapMedian, bootstrapMedianDifference, resampledMedianOfSorted } from './bootstrap.util.js';
import { createRandomVariates } from './random-variates.util.js';

// Response times in seconds of 25 replies (a skewed sample, as response times are).
// prettier-ignore
const replies = [45, 60, 90, 120, 150, 180, 240, 300, 300, 420, 480, 600, 720, 900, 1200, 1500, 1800, 2400,
  3600, 5400, 7200, 10800, 14400, 28800, 86400];

describe('percentile bootstrap of the median', () => {
  test('the same data gives the same interval, whatever the row order', () => {
    const once = bootstrapMedian(replies);
    const again = bootstrapMedian([...replies].reverse());
    expect(once).toEqual(again);
    expect(once).toMatchObject({ status: 'estimate', value: 720, observations: 25 });
  });

  test('another seed moves the interval a little, never the median', () => {
    const a = bootstrapMedian(replies, { seed: 1 });
    const b = bootstrapMedian(replies, { seed: 2 });
    if (a.status !== 'estimate' || b.status !== 'estimate') throw new Error('expected estimates');
    expect(a.value).toBe(b.value);
    // The bootstrap distribution of a median sits on order statistics: both bounds are sample values.
    expect(replies).toContain(a.interval.lower);
    expect(replies).toContain(a.interval.upper);
  });

  test('12 messages only: insufficient data', () => {
    expect(bootstrapMedian(replies.slice(0, 12))).toEqual({
      status: 'insufficient',
      observations: 12,
      required: 20,
    });
  });

  test('a constant sample has a zero-width interval', () => {
    const estimate = bootstrapMedian(Array.from({ length: 30 }, () => 600));
    expect(estimate).toMatchObject({ value: 600, interval: { lower: 600, upper: 600 } });
  });
});

describe('resampling shortcut: a resample median drawn from its exact distribution', () => {
  test('odd n: matches the exact bootstrap distribution P(median* ≤ x₍ₖ₎) = P(Bin(n, k/n) ≥ (n+1)/2)', () => {
    const n = 41;
    const sorted = Float64Array.from({ length: n }, (_, i) => i + 1);
    const variates = createRandomVariates(7);
    const draws = 20_000;
    const counts = new Array<number>(n + 1).fill(0);
    for (let i = 0; i < draws; i += 1) counts[resampledMedianOfSorted(sorted, variates)] += 1;
    let empirical = 0;
    let largestGap = 0;
    for (let k = 1; k <= n; k += 1) {
      empirical += counts[k] / draws;
      largestGap = Math.max(largestGap, Math.abs(empirical - binomialUpperTail(n, k / n, (n + 1) / 2)));
    }
    // Kolmogorov distance; the 99 % critical value for 20,000 draws is 1.63/√20000 = 0.0115.
    expect(largestGap).toBeLessThan(0.0115);
  });

  test('even n: matches literal resampling (draw n values with replacement, take the median)', () => {
    const sorted = Float64Array.from(replies.slice(0, 24));
    const n = sorted.length;
    const draws = 8000;
    const variates = createRandomVariates(11);
    const shortcut = Float64Array.from({ length: draws }, () => resampledMedianOfSorted(sorted, variates));
    const next = mulberry32(11);
    const literal = Float64Array.from({ length: draws }, () => {
      const resample = Float64Array.from({ length: n }, () => sorted[Math.floor(next() * n)]).sort();
      return (resample[n / 2 - 1] + resample[n / 2]) / 2;
    });
    // Two-sample Kolmogorov distance; the 99 % critical value for 8,000 + 8,000 draws is 1.63·√(2/8000) = 0.0258.
    expect(kolmogorovDistance(shortcut, literal)).toBeLessThan(0.0258);
  });
});

describe('percentile bootstrap of a difference of medians', () => {
  test('agency always 5 minutes, staff always 10: −300 s, and no doubt about it', () => {
    const staff = Array.from({ length: 25 }, () => 600);
    const agency = Array.from({ length: 30 }, () => 300);
    expect(bootstrapMedianDifference(staff, agency)).toMatchObject({
      status: 'estimate',
      value: -300,
      interval: { lower: -300, upper: -300, method: 'percentile_bootstrap' },
      observations: 25,
    });
  });

  test('either side below 20 observations: insufficient data', () => {
    expect(bootstrapMedianDifference(replies, replies.slice(0, 19))).toEqual({
      status: 'insufficient',
      observations: 19,
      required: 20,
    });
  });
});

// Fewer resamples than a report uses: the properties hold for any number, and the suite stays quick.
const quick = { resamples: 400 };

describe('bootstrap invariants (property-based)', () => {
  const sample = fc.array(fc.integer({ min: 0, max: 200_000 }), { minLength: 20, maxLength: 120 });

  test('the interval of a median contains the median', () => {
    fc.assert(
      fc.property(sample, fc.integer(), (values, seed) => {
        const estimate = bootstrapMedian(values, { ...quick, seed });
        return (
          estimate.status === 'estimate' &&
          estimate.interval.lower <= estimate.value &&
          estimate.value <= estimate.interval.upper
        );
      }),
      { numRuns: 40 },
    );
  });

  test('the interval of a difference of medians contains the difference', () => {
    fc.assert(
      fc.property(sample, sample, fc.integer(), (a, b, seed) => {
        const estimate = bootstrapMedianDifference(a, b, { ...quick, seed });
        return (
          estimate.status === 'estimate' &&
          estimate.interval.lower <= estimate.value &&
          estimate.value <= estimate.interval.upper
        );
      }),
      { numRuns: 40 },
    );
  });

  test('permuting the rows changes nothing', () => {
    fc.assert(
      fc.property(
        sample.chain((values) =>
          fc.tuple(fc.constant(values), fc.shuffledSubarray(values, { minLength: values.length })),
        ),
        ([values, shuffled]) => {
          expect(bootstrapMedian(shuffled)).toEqual(bootstrapMedian(values));
          expect(bootstrapMedianDifference(shuffled, values)).toEqual(
            bootstrapMedianDifference(values, values),
          );
        },
      ),
      { numRuns: 20 },
    );
  });
});

/** P(X ≥ k) for X ~ Binomial(n, p), by summing the probability mass function in logs. */
function binomialUpperTail(n: number, p: number, k: number): number {
  if (p >= 1) return 1;
  let logChoose = 0;
  let total = 0;
  for (let x = 0; x <= n; x += 1) {
    if (x > 0) logChoose += Math.log((n - x + 1) / x);
    if (x >= k) total += Math.exp(logChoose + x * Math.log(p) + (n - x) * Math.log(1 - p));
  }
  return total;
}

function kolmogorovDistance(a: Float64Array, b: Float64Array): number {
  const sa = Float64Array.from(a).sort();
  const sb = Float64Array.from(b).sort();
  let i = 0;
  let j = 0;
  let largest = 0;
  while (i < sa.length && j < sb.length) {
    const value = Math.min(sa[i], sb[j]);
    while (i < sa.length && sa[i] === value) i += 1;
    while (j < sb.length && sb[j] === value) j += 1;
    largest = Math.max(largest, Math.abs(i / sa.length - j / sb.length));
  }
  return largest;
}
