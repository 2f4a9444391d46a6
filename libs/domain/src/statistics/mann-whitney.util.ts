// Mann–Whitney U test (Wilcoxon rank-sum) for two independent samples of response times, two-sided, as R's
// wilcox.test(a, b) computes it: exact p-value for samples under 50 each without ties, otherwise the normal
// approximation with tie and continuity correction.
import type { InsufficientData } from './estimate.types.js';
import { MIN_OBSERVATIONS } from './estimate.types.js';
import { insufficientData } from './estimate.util.js';
import { normalCdf, normalUpperTail } from './normal-distribution.util.js';
import { sortedCopy } from './sorted-values.util.js';

/** R uses the exact distribution below this size per sample (and only without ties). */
const EXACT_BELOW = 50;

export interface MannWhitneyResult {
  status: 'test';
  /** U for the first sample: pairs (a, b) with a > b, plus half the tied pairs (R's W statistic). */
  u: number;
  sizeA: number;
  sizeB: number;
  /** U / (sizeA·sizeB): the probability that a value from A exceeds one from B, ties counted half. */
  probabilityAExceedsB: number;
  /** Two-sided. */
  pValue: number;
  method: 'exact' | 'normal_approximation';
  /** The standardised statistic of the normal approximation (continuity-corrected); null when exact. */
  z: number | null;
}

/** Two-sided Mann–Whitney U test of a against b. Input order does not matter; neither array is changed. */
export function mannWhitneyU(a: readonly number[], b: readonly number[]): MannWhitneyResult {
  return mannWhitneyOfSorted(sortedCopy(a), sortedCopy(b));
}

/** mannWhitneyU of two samples already sorted ascending. */
export function mannWhitneyOfSorted(a: ArrayLike<number>, b: ArrayLike<number>): MannWhitneyResult {
  const m = a.length;
  const n = b.length;
  if (m === 0 || n === 0) throw new RangeError('Mann–Whitney needs two non-empty samples');
  const { rankSumA, tieTerm } = rankSum(a, b);
  const u = rankSumA - (m * (m + 1)) / 2;
  const base = { status: 'test' as const, u, sizeA: m, sizeB: n, probabilityAExceedsB: u / (m * n) };

  if (m < EXACT_BELOW && n < EXACT_BELOW && tieTerm === 0) {
    const counts = mannWhitneyCounts(m, n);
    let total = 0;
    for (const count of counts) total += count;
    let tail = 0;
    // R: upper tail P(U >= u) above the centre, lower tail P(U <= u) otherwise; doubled, capped at 1.
    if (u > (m * n) / 2) for (let k = u; k < counts.length; k += 1) tail += counts[k];
    else for (let k = 0; k <= u; k += 1) tail += counts[k];
    return { ...base, pValue: Math.min(1, (2 * tail) / total), method: 'exact', z: null };
  }

  const N = m + n;
  const sigma = Math.sqrt(((m * n) / 12) * (N + 1 - tieTerm / (N * (N - 1))));
  const centred = u - (m * n) / 2;
  if (sigma === 0) return { ...base, pValue: 1, method: 'normal_approximation', z: 0 };
  const z = (centred - Math.sign(centred) * 0.5) / sigma;
  const pValue = Math.min(1, 2 * Math.min(normalCdf(z), normalUpperTail(z)));
  return { ...base, pValue, method: 'normal_approximation', z };
}

/** Mann–Whitney U, or insufficient data when either sample is below the minimum (METRICS.md: 20). */
export function mannWhitneyTest(
  a: readonly number[],
  b: readonly number[],
  minObservations = MIN_OBSERVATIONS,
): MannWhitneyResult | InsufficientData {
  const smaller = Math.min(a.length, b.length);
  if (smaller < minObservations || smaller === 0) return insufficientData(smaller, minObservations);
  return mannWhitneyU(a, b);
}

/** mannWhitneyTest of two samples already sorted ascending. */
export function mannWhitneyTestOfSorted(
  a: ArrayLike<number>,
  b: ArrayLike<number>,
  minObservations = MIN_OBSERVATIONS,
): MannWhitneyResult | InsufficientData {
  const smaller = Math.min(a.length, b.length);
  if (smaller < minObservations || smaller === 0) return insufficientData(smaller, minObservations);
  return mannWhitneyOfSorted(a, b);
}

/**
 * Sum of the mid-ranks of sample A in the pooled sample, and Σ(t³ − t) over groups of tied values, by one
 * merge of the two sorted samples: O(N) after sorting, so a million values take one sort each.
 */
function rankSum(a: ArrayLike<number>, b: ArrayLike<number>): { rankSumA: number; tieTerm: number } {
  let i = 0;
  let j = 0;
  let rank = 0;
  let rankSumA = 0;
  let tieTerm = 0;
  while (i < a.length || j < b.length) {
    const value = j >= b.length || (i < a.length && a[i] <= b[j]) ? a[i] : b[j];
    let inA = 0;
    let inB = 0;
    while (i < a.length && a[i] === value) {
      i += 1;
      inA += 1;
    }
    while (j < b.length && b[j] === value) {
      j += 1;
      inB += 1;
    }
    const t = inA + inB;
    const midRank = rank + (t + 1) / 2;
    rankSumA += inA * midRank;
    if (t > 1) tieTerm += t * t * t - t;
    rank += t;
  }
  return { rankSumA, tieTerm };
}

/**
 * How many of the C(m + n, m) orderings of two tie-free samples give U = k, for k = 0 … m·n: the coefficients
 * of the Gaussian binomial coefficient [m+n choose m]_q, built with its Pascal rule
 * [i+j, i] = [i+j−1, i−1] + q^i·[i+j−1, i]. Only additions of non-negative numbers, so no cancellation.
 */
export function mannWhitneyCounts(m: number, n: number): Float64Array {
  // row[j] holds [i + j choose i]_q for the current i.
  let row: Float64Array[] = Array.from({ length: n + 1 }, () => Float64Array.of(1));
  for (let i = 1; i <= m; i += 1) {
    const next: Float64Array[] = [Float64Array.of(1)];
    for (let j = 1; j <= n; j += 1) {
      const above = row[j];
      const left = next[j - 1];
      const poly = new Float64Array(i * j + 1);
      poly.set(above);
      for (let k = 0; k < left.length; k += 1) poly[k + i] += left[k];
      next.push(poly);
    }
    row = next;
  }
  return row[n];
}
