import { p90NearestRank } from './p90.util.js';

describe('p90 by nearest rank', () => {
  test('ten replies: the 9th fastest', () => {
    expect(p90NearestRank([10, 9, 8, 7, 6, 5, 4, 3, 2, 1])).toBe(9);
  });

  test('one reply: that reply', () => {
    expect(p90NearestRank([77])).toBe(77);
  });

  test('eleven replies: rank ceil(9.9) = 10', () => {
    expect(p90NearestRank([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11])).toBe(10);
  });

  test('seventy replies: rank 63, not 64 (0.9 · 70 is not exactly 63 in floating point)', () => {
    const values = Array.from({ length: 70 }, (_, i) => i + 1);
    expect(p90NearestRank(values)).toBe(63);
  });

  test('no replies: null', () => {
    expect(p90NearestRank([])).toBeNull();
  });

  test('a value from the data, never an interpolation', () => {
    expect(p90NearestRank([100, 200])).toBe(200);
  });
});
