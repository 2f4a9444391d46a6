import { around, answered, metricOf } from './comparison.fixtures.js';
import { compareGroups } from './group-comparison.util.js';

// Staff answer everything from Monday to Friday; the agency answers the weekends and nothing else. There is
// no stratum in which both worked: the raw numbers compare weekdays with weekends, not staff with agency.
describe('agency covers weekends only', () => {
  const items = [
    ...answered('in_house', 'weekday_business_hours', around(600, 45, 20)),
    ...answered('in_house', 'weekday_off_hours', around(2400, 25, 20)),
    ...answered('agency:Weekend Crew', 'weekend', around(3600, 40, 20)),
  ];
  const [comparison] = compareGroups(items);

  test('raw: the agency looks 2,750 s slower', () => {
    // In-house, 70 values: 45 office-hours values 160…1,040 and 25 off-hours values 2,160…2,640. The 35th and
    // 36th smallest are office-hours values 600 + (34 − 22)·20 = 840 and 860: median 850.
    const frt = metricOf(comparison.metrics, 'frt_calendar_median');
    expect(frt.raw.baseline).toMatchObject({ value: 850 });
    expect(frt.raw.challenger).toMatchObject({ value: 3600 });
    expect(frt.raw.difference).toMatchObject({ status: 'estimate', value: 2750 });
  });

  test('stratified: nothing to compare like with like, for every metric', () => {
    for (const metric of comparison.metrics) {
      expect(metric.stratified.difference).toEqual({ status: 'insufficient', observations: 0, required: 20 });
      expect(metric.stratified.coverage).toEqual({ comparableVolume: 0, totalVolume: 110, share: 0 });
    }
  });

  test('each stratum shows whose it is', () => {
    const frt = metricOf(comparison.metrics, 'frt_calendar_median');
    expect(
      frt.stratified.strata.map((s) => [
        s.stratum,
        s.baselineObservations,
        s.challengerObservations,
        s.weight,
      ]),
    ).toEqual([
      ['weekday_business_hours', 45, 0, 0],
      ['weekday_off_hours', 25, 0, 0],
      ['weekend', 0, 40, 0],
    ]);
  });
});
