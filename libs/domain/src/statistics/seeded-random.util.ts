// Deterministic randomness: the same seed must give the same demo workspace and the same bootstrap interval on
// every machine and in every run, so nothing here touches Math.random or the clock.

/** mulberry32: tiny and fast, statistically good enough for simulation and resampling (never for secrets). Floats in [0, 1). */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Derives an independent stream seed, so one stream's draws never shift another's (e.g. one per account). */
export function deriveSeed(seed: number, stream: number): number {
  // splitmix32-style finaliser: neighbouring inputs give unrelated outputs.
  let h = (Math.trunc(seed) ^ Math.imul(stream + 1, 0x9e3779b9)) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

export interface SeededRandom {
  /** Uniform in [0, 1). */
  next(): number;
  /** Uniform in [min, max). */
  uniform(min: number, max: number): number;
  /** Uniform integer in [min, max], both inclusive. */
  int(min: number, max: number): number;
  chance(probability: number): boolean;
  pick<T>(items: readonly T[]): T;
  normal(mean?: number, sd?: number): number;
  /** Lognormal parametrised by its median (= e^mu), which is easier to reason about than mu for delays. */
  lognormal(median: number, sigma: number): number;
  poisson(lambda: number): number;
}

export function createSeededRandom(seed: number): SeededRandom {
  if (!Number.isFinite(seed)) throw new RangeError(`seed must be a finite number, got ${seed}`);
  const next = mulberry32(Math.trunc(seed));

  const normal = (mean = 0, sd = 1): number => {
    // Box–Muller; 1 - next() keeps the logarithm away from 0.
    const u1 = 1 - next();
    const u2 = next();
    return mean + sd * Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
  };

  return {
    next,
    uniform: (min, max) => min + (max - min) * next(),
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    chance: (probability) => next() < probability,
    pick: (items) => {
      if (items.length === 0) throw new RangeError('cannot pick from an empty list');
      return items[Math.floor(next() * items.length)];
    },
    normal,
    lognormal: (median, sigma) => median * Math.exp(sigma * normal()),
    poisson: (lambda) => {
      if (!(lambda > 0)) return 0;
      // Knuth's product method is exact but O(lambda); the normal approximation is fine for large rates.
      if (lambda > 30) return Math.max(0, Math.round(normal(lambda, Math.sqrt(lambda))));
      const limit = Math.exp(-lambda);
      let k = 0;
      let product = next();
      while (product > limit) {
        k += 1;
        product *= next();
      }
      return k;
    },
  };
}
