import {
  estimateProportion,
  estimateProportionDifference,
  proportionDifferenceInterval,
  wilsonInterval,
} from './wilson-interval.util.js';

// Reference values: Newcombe R.G. (1998), "Two-sided confidence intervals for the single proportion:
// comparison of seven methods", Stat Med 17:857–872, Table II (method 3, Wilson score without continuity
// correction), and "Interval estimation for the difference between independent proportions", Stat Med
// 17:873–890, Table II (method 10, hybrid score). Both printed to four decimals.
describe('Wilson score interval (Newcombe 1998, single proportion)', () => {
  test.each([
    [81, 263, 0.2553, 0.3662],
    [15, 148, 0.0624, 0.1605],
    [0, 20, 0.0, 0.1611],
    [1, 29, 0.0061, 0.1718],
    [29, 29, 0.883, 1.0],
  ])('%i/%i: %f to %f', (successes, trials, lower, upper) => {
    const interval = wilsonInterval(successes, trials);
    expect(interval.lower).toBeCloseTo(lower, 4);
    expect(interval.upper).toBeCloseTo(upper, 4);
    expect(interval.method).toBe('wilson');
  });

  test('a 90 % interval is narrower than the 95 % one', () => {
    const wide = wilsonInterval(81, 263, 0.95);
    const narrow = wilsonInterval(81, 263, 0.9);
    expect(narrow.lower).toBeGreaterThan(wide.lower);
    expect(narrow.upper).toBeLessThan(wide.upper);
  });

  test('nonsense counts are refused', () => {
    expect(() => wilsonInterval(5, 3)).toThrow(RangeError);
    expect(() => wilsonInterval(0, 0)).toThrow('zero trials');
  });
});

describe('difference of two proportions (Newcombe 1998, hybrid score)', () => {
  test('56/70 against 48/80: +0.2000, 0.0524 to 0.3339', () => {
    const interval = proportionDifferenceInterval(
      { successes: 48, trials: 80 },
      { successes: 56, trials: 70 },
    );
    expect(interval.lower).toBeCloseTo(0.0524, 4);
    expect(interval.upper).toBeCloseTo(0.3339, 4);
  });

  test('9/10 against 3/10, the same way round and reversed', () => {
    // Newcombe's example (h): 9/10 − 3/10 = 0.6, hybrid score interval 0.1705 to 0.8090.
    const forward = proportionDifferenceInterval({ successes: 3, trials: 10 }, { successes: 9, trials: 10 });
    expect(forward.lower).toBeCloseTo(0.1705, 4);
    expect(forward.upper).toBeCloseTo(0.809, 4);
    const reversed = proportionDifferenceInterval({ successes: 9, trials: 10 }, { successes: 3, trials: 10 });
    expect(reversed.lower).toBeCloseTo(-0.809, 4);
    expect(reversed.upper).toBeCloseTo(-0.1705, 4);
  });
});

describe('a proportion a report may print', () => {
  test('12 messages only: insufficient data, not 75 %', () => {
    expect(estimateProportion(9, 12)).toEqual({ status: 'insufficient', observations: 12, required: 20 });
  });

  test('20 messages are enough', () => {
    const estimate = estimateProportion(15, 20);
    expect(estimate).toMatchObject({ status: 'estimate', value: 0.75, observations: 20 });
  });

  test('a difference needs enough data on both sides', () => {
    expect(
      estimateProportionDifference({ successes: 150, trials: 200 }, { successes: 10, trials: 19 }),
    ).toEqual({ status: 'insufficient', observations: 19, required: 20 });
  });
});
