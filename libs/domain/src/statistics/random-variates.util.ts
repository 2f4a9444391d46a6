// Seeded random variates for the bootstrap: gamma and beta draws on top of the project's seeded
// PRNG (mulberry32), so that the same data and seed give the same interval on every machine.
import { createSeededRandom, deriveSeed, type SeededRandom } from './seeded-random.util.js';

/** The seed every report uses unless told otherwise (METRICS.md: a fixed seed, so reports are reproducible). */
export const BOOTSTRAP_SEED = 20_251_127;

export interface RandomVariates {
  /** Uniform in (0, 1]: never 0, so logarithms and powers stay finite. */
  uniform(): number;
  normal(): number;
  gamma(shape: number): number;
  beta(a: number, b: number): number;
}

/** Independent variate streams per (seed, stream): stream numbers keep strata and groups apart. */
export function createRandomVariates(seed: number, stream = 0): RandomVariates {
  const random: SeededRandom = createSeededRandom(deriveSeed(seed, stream));
  const uniform = () => 1 - random.next();

  // Marsaglia & Tsang (2000); shapes below 1 through Γ(a) = Γ(a + 1) · U^{1/a}.
  const gamma = (shape: number): number => {
    if (!(shape > 0)) throw new RangeError(`gamma shape must be > 0, got ${shape}`);
    if (shape < 1) return gamma(shape + 1) * Math.pow(uniform(), 1 / shape);
    const d = shape - 1 / 3;
    const c = 1 / Math.sqrt(9 * d);
    for (;;) {
      const x = random.normal();
      const v0 = 1 + c * x;
      if (v0 <= 0) continue;
      const v = v0 * v0 * v0;
      const u = uniform();
      if (u < 1 - 0.0331 * x * x * x * x) return d * v;
      if (Math.log(u) < 0.5 * x * x + d * (1 - v + Math.log(v))) return d * v;
    }
  };

  const beta = (a: number, b: number): number => {
    const x = gamma(a);
    return x / (x + gamma(b));
  };

  return { uniform, normal: () => random.normal(), gamma, beta };
}

// Probabilities below this share of the mode's are left out of a binomial table: beyond about nine
// standard deviations, far below anything 2,000 draws could ever reach.
const BINOMIAL_TAIL = 1e-18;

/**
 * Binomial(trials, probability) by inversion of its distribution function, tabulated once: the bootstrap
 * draws from the same binomial 2,000 times, so one table of O(√n) entries makes each draw a uniform and a
 * binary search, whatever n is. Exact up to the tails left out (see BINOMIAL_TAIL).
 */
export function binomialSampler(trials: number, probability: number): (variates: RandomVariates) => number {
  if (!Number.isInteger(trials) || trials < 0) throw new RangeError(`trials must be a count, got ${trials}`);
  if (!(probability >= 0 && probability <= 1)) throw new RangeError(`probability must be in [0, 1]`);
  if (probability === 0 || trials === 0) return () => 0;
  if (probability === 1) return () => trials;
  const n = trials;
  const p = probability;
  const ratio = p / (1 - p);
  const mode = Math.min(n, Math.floor((n + 1) * p));
  // Relative probabilities, walking out from the mode: P(k+1)/P(k) = (n − k)/(k + 1) · p/(1 − p).
  const below: number[] = [];
  for (let k = mode, w = 1; k > 0; k -= 1) {
    w *= k / ((n - k + 1) * ratio);
    if (w < BINOMIAL_TAIL) break;
    below.push(w);
  }
  const above: number[] = [];
  for (let k = mode, w = 1; k < n; k += 1) {
    w *= ((n - k) / (k + 1)) * ratio;
    if (w < BINOMIAL_TAIL) break;
    above.push(w);
  }
  const first = mode - below.length;
  const weights = [...below.reverse(), 1, ...above];
  const cumulative = new Float64Array(weights.length);
  let total = 0;
  weights.forEach((w, i) => (cumulative[i] = total += w));
  return (variates) => {
    const target = (1 - variates.uniform()) * total; // in [0, total)
    let low = 0;
    let high = cumulative.length - 1;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (cumulative[middle] > target) high = middle;
      else low = middle + 1;
    }
    return first + low;
  };
}
