import { createSeededRandom, deriveSeed, mulberry32 } from './seeded-random.util.js';

const draw = (n: number, f: () => number): number[] => Array.from({ length: n }, f);
const mean = (xs: number[]): number => xs.reduce((a, b) => a + b, 0) / xs.length;
const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

describe('seeded random', () => {
  it('repeats the same sequence for the same seed and differs for another seed', () => {
    expect(draw(5, mulberry32(42))).toEqual(draw(5, mulberry32(42)));
    expect(draw(5, mulberry32(42))).not.toEqual(draw(5, mulberry32(43)));
  });

  it('stays in [0, 1)', () => {
    const xs = draw(10_000, mulberry32(7));
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...xs)).toBeLessThan(1);
    expect(mean(xs)).toBeCloseTo(0.5, 1);
  });

  it('derives distinct stream seeds', () => {
    const seeds = new Set([0, 1, 2, 3].map((s) => deriveSeed(42, s)));
    expect(seeds.size).toBe(4);
    expect(deriveSeed(42, 1)).toBe(deriveSeed(42, 1));
  });

  it('draws integers within inclusive bounds', () => {
    const rng = createSeededRandom(1);
    const xs = draw(2_000, () => rng.int(3, 5));
    expect(new Set(xs)).toEqual(new Set([3, 4, 5]));
  });

  it('draws normal, lognormal and poisson values with the requested centre', () => {
    const rng = createSeededRandom(2);
    expect(mean(draw(20_000, () => rng.normal(10, 2)))).toBeCloseTo(10, 1);
    expect(median(draw(20_000, () => rng.lognormal(600, 1)))).toBeGreaterThan(560);
    expect(median(draw(20_000, () => rng.lognormal(600, 1)))).toBeLessThan(640);
    expect(mean(draw(20_000, () => rng.poisson(3)))).toBeCloseTo(3, 1);
    expect(mean(draw(5_000, () => rng.poisson(80)))).toBeCloseTo(80, 0);
    expect(rng.poisson(0)).toBe(0);
  });

  it('refuses a non-finite seed and an empty pick', () => {
    expect(() => createSeededRandom(Number.NaN)).toThrow(RangeError);
    expect(() => createSeededRandom(1).pick([])).toThrow(RangeError);
  });
});
