import { summarizeDurations } from './duration-summary.util.js';

describe('summarizeDurations', () => {
  test('a quiet week: nothing answered, every statistic null', () => {
    expect(summarizeDurations([])).toEqual({
      count: 0,
      median: null,
      mean: null,
      p90: null,
      fastest: null,
      slowest: null,
    });
  });

  test('ten replies, out of order', () => {
    expect(summarizeDurations([600, 60, 300, 120, 30, 900, 45, 3600, 240, 180])).toEqual({
      count: 10,
      median: 210,
      mean: 607.5,
      p90: 900,
      fastest: 30,
      slowest: 3600,
    });
  });

  test('leaves the input as it was', () => {
    const values = [5, 3, 9, 1];
    summarizeDurations(values);
    expect(values).toEqual([5, 3, 9, 1]);
  });

  test('a million durations: every figure exact (how fast is the metrics benchmark’s question)', () => {
    const values = Array.from({ length: 1_000_000 }, (_, i) => (i * 7919) % 1_000_000);
    const summary = summarizeDurations(values);
    expect(summary.count).toBe(1_000_000);
    expect(summary.median).toBe(499_999.5);
    expect(summary.p90).toBe(899_999);
    expect(summary.fastest).toBe(0);
    expect(summary.slowest).toBe(999_999);
  });
});
