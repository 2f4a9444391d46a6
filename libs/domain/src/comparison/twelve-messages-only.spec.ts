import { around, answered } from './comparison.fixtures.js';
import { compareGroups } from './group-comparison.util.js';

// A new agency answered 12 messages this month. Whatever the numbers, they prove nothing: every figure
// that involves the agency is "insufficient data", never a number.
describe('12 messages only', () => {
  const items = [
    ...answered('in_house', 'weekday_business_hours', around(900, 200, 5)),
    ...answered('agency:Newcomer', 'weekday_business_hours', around(300, 12, 10)),
  ];
  const [comparison] = compareGroups(items);

  test('every metric: the agency and the difference are insufficient, staff have a number', () => {
    for (const metric of comparison.metrics) {
      expect(metric.raw.challenger).toEqual({ status: 'insufficient', observations: 12, required: 20 });
      expect(metric.raw.difference).toEqual({ status: 'insufficient', observations: 12, required: 20 });
      expect(metric.stratified.difference).toEqual({
        status: 'insufficient',
        observations: 12,
        required: 20,
      });
      expect(metric.raw.baseline.status).toBe('estimate');
    }
  });

  test('no p-value either', () => {
    const frt = comparison.metrics.find((m) => m.metric === 'frt_calendar_median')!;
    expect(frt.raw.mannWhitney).toEqual({ status: 'insufficient', observations: 12, required: 20 });
  });

  test('the stratum still tells how many items each side had', () => {
    const frt = comparison.metrics.find((m) => m.metric === 'frt_calendar_median')!;
    expect(frt.stratified.strata).toMatchObject([
      {
        stratum: 'weekday_business_hours',
        baselineObservations: 200,
        challengerObservations: 12,
        baseline: 900,
        challenger: 300,
      },
    ]);
  });
});
