import { mean } from './mean.util.js';

describe('mean', () => {
  test('arithmetic mean of response times', () => {
    expect(mean([60, 120, 300])).toBe(160);
  });

  test('no values: null, not NaN', () => {
    expect(mean([])).toBeNull();
  });
});
