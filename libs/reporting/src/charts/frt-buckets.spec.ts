import { countFrtBuckets, FRT_BUCKETS } from './frt-buckets.js';

describe('countFrtBuckets', () => {
  it('puts each value into the bucket whose upper bound it is below', () => {
    // < 5 min, 5–15 min, 15–60 min, 1–4 h, 4–24 h, > 24 h
    expect(
      countFrtBuckets([0, 299, 300, 899, 900, 3599, 3600, 14399, 14400, 86399, 86400, 10 * 86400]),
    ).toEqual([2, 2, 2, 2, 2, 2]);
  });

  it('skips data errors (negative or non-finite values)', () => {
    expect(countFrtBuckets([-5, Number.NaN, Number.POSITIVE_INFINITY, 60])).toEqual([1, 0, 0, 0, 0, 0]);
  });

  it('has one locale key per bucket, ordered by bound', () => {
    const bounds = FRT_BUCKETS.map((bucket) => bucket.upperSeconds);
    expect([...bounds].sort((a, b) => a - b)).toEqual(bounds);
  });
});
