import { median } from './median.util.js';

describe('median', () => {
  test('odd count: the middle value, whatever the input order', () => {
    expect(median([300, 60, 120])).toBe(120);
  });

  test('even count: mean of the two middle values', () => {
    expect(median([60, 120, 300, 600])).toBe(210);
  });

  test('a single reply is its own median', () => {
    expect(median([42])).toBe(42);
  });

  test('no values: no median, not zero', () => {
    expect(median([])).toBeNull();
  });

  test('sorts numerically, not as text (100 would sort before 20 as a string)', () => {
    expect(median([100, 20, 3])).toBe(20);
  });

  test('does not reorder the caller’s array', () => {
    const values = [3, 1, 2];
    median(values);
    expect(values).toEqual([3, 1, 2]);
  });
});
