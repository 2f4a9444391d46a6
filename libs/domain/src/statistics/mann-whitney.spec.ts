import { mannWhitneyCounts, mannWhitneyTest, mannWhitneyU } from './mann-whitney.util.js';

// Reference values: the examples of R's ?wilcox.test (Hollander & Wolfe 1973, p. 69 and the airquality data).
describe('Mann–Whitney U against R wilcox.test', () => {
  const x = [0.8, 0.83, 1.89, 1.04, 1.45, 1.38, 1.91, 1.64, 0.73, 1.46];
  const y = [1.15, 0.88, 0.9, 0.74, 1.21];

  test('Hollander & Wolfe: W = 35, exact two-sided p = 0.2544 (R prints 0.1272 one-sided)', () => {
    const result = mannWhitneyU(x, y);
    expect(result).toMatchObject({ u: 35, sizeA: 10, sizeB: 5, method: 'exact', z: null });
    expect(result.pValue).toBeCloseTo(0.2544122544, 9);
    expect(result.probabilityAExceedsB).toBeCloseTo(35 / 50, 12);
  });

  test('airquality, Ozone in May against August: W = 127.5, p = 0.0001208 (ties: normal approximation)', () => {
    // prettier-ignore
    const may = [41, 36, 12, 18, 28, 23, 19, 8, 7, 16, 11, 14, 18, 14, 34, 6, 30, 11, 1, 11, 4, 32, 23, 45, 115, 37];
    // prettier-ignore
    const august = [39, 9, 16, 78, 35, 66, 122, 89, 110, 44, 28, 65, 22, 59, 23, 31, 44, 21, 9, 45, 168, 73, 76, 118, 84, 85];
    const result = mannWhitneyU(may, august);
    expect(result.u).toBe(127.5);
    expect(result.method).toBe('normal_approximation');
    expect(result.pValue).toBeCloseTo(0.0001208078, 9);
  });

  test('swapping the samples mirrors U and keeps the p-value', () => {
    const forward = mannWhitneyU(x, y);
    const backward = mannWhitneyU(y, x);
    expect(backward.u).toBe(10 * 5 - forward.u);
    expect(backward.pValue).toBeCloseTo(forward.pValue, 12);
  });
});

describe('Mann–Whitney worked by hand', () => {
  test('[1, 2] against [3, 4, 5]: U = 0, the most extreme of C(5,2) = 10 orderings, p = 2/10', () => {
    const result = mannWhitneyU([1, 2], [3, 4, 5]);
    expect(result.u).toBe(0);
    expect(result.pValue).toBeCloseTo(0.2, 12);
  });

  test('the distribution of U for 2 against 3 counts 1,1,2,2,2,1,1', () => {
    expect([...mannWhitneyCounts(2, 3)]).toEqual([1, 1, 2, 2, 2, 1, 1]);
  });

  test('a tie counts half: [1, 2, 3] against [2, 5] gives U = 1 (3 > 2) + 0.5 (2 = 2) = 1.5', () => {
    expect(mannWhitneyU([1, 2, 3], [2, 5]).u).toBe(1.5);
  });

  test('all values equal: no evidence of a difference, p = 1', () => {
    expect(mannWhitneyU([60, 60, 60], [60, 60]).pValue).toBe(1);
  });
});

describe('Mann–Whitney in a report', () => {
  test('12 agency replies only: insufficient data, no p-value', () => {
    const inHouse = Array.from({ length: 40 }, (_, i) => 60 * (i + 1));
    const agency = Array.from({ length: 12 }, (_, i) => 90 * (i + 1));
    expect(mannWhitneyTest(inHouse, agency)).toEqual({
      status: 'insufficient',
      observations: 12,
      required: 20,
    });
  });
});
