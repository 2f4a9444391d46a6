import { around, answered, metricOf } from './comparison.fixtures.js';
import { compareGroups } from './group-comparison.util.js';

// One account. Staff work mostly office hours, the agency mostly evenings and weekends, and both take some
// of each. Within every stratum the agency is faster; in the raw numbers it looks 43 minutes slower,
// because evenings and weekends are slow for everyone (Simpson's paradox).
//
//                      in-house                  agency                   agency − in-house
//   business hours     60 items around 600 s     20 items around 480 s    −120 s
//   weekday off-hours  20 items around 3,600 s   60 items around 3,000 s  −600 s
//   weekend            20 items around 7,200 s   60 items around 6,000 s  −1,200 s
//
// Each stratum holds 80 items, so the pooled difference is (−120 − 600 − 1,200) / 3 = −640 s.
// Raw in-house median: 100 values, the 50th and 51st are business-hours values 639 and 641 → 640 s.
// Raw agency median: 140 values, the 70th and 71st are off-hours values 3,195 and 3,205 → 3,200 s.
describe('agency covers evenings and weekends', () => {
  const items = [
    ...answered('in_house', 'weekday_business_hours', around(600, 60, 2)),
    ...answered('in_house', 'weekday_off_hours', around(3600, 20, 10)),
    ...answered('in_house', 'weekend', around(7200, 20, 10)),
    ...answered('agency:Nightowls', 'weekday_business_hours', around(480, 20, 2)),
    ...answered('agency:Nightowls', 'weekday_off_hours', around(3000, 60, 10)),
    ...answered('agency:Nightowls', 'weekend', around(6000, 60, 10)),
  ];
  const [comparison] = compareGroups(items);
  const frt = metricOf(comparison.metrics, 'frt_calendar_median');

  test('in-house against the one agency, with each side’s volume', () => {
    expect(comparison).toMatchObject({
      baseline: 'in_house',
      challenger: 'agency:Nightowls',
      volume: { baseline: 100, challenger: 140 },
    });
  });

  test('raw: the agency looks 2,560 s slower, and the interval says so too', () => {
    expect(frt.raw.baseline).toMatchObject({ status: 'estimate', value: 640 });
    expect(frt.raw.challenger).toMatchObject({ status: 'estimate', value: 3200 });
    expect(frt.raw.difference).toMatchObject({ status: 'estimate', value: 2560 });
    if (frt.raw.difference.status !== 'estimate') throw new Error('expected an estimate');
    expect(frt.raw.difference.interval.lower).toBeGreaterThan(0);
    expect(frt.raw.mannWhitney).toMatchObject({ status: 'test' });
  });

  test('like for like: the agency is 640 s faster, every stratum agrees, all volume is comparable', () => {
    expect(frt.stratified.difference).toMatchObject({ status: 'estimate', value: -640 });
    if (frt.stratified.difference.status !== 'estimate') throw new Error('expected an estimate');
    expect(frt.stratified.difference.interval.upper).toBeLessThan(0);
    expect(frt.stratified.difference.interval.method).toBe('stratified_percentile_bootstrap');
    expect(
      frt.stratified.strata.map((s) => [
        s.stratum,
        s.volume,
        s.difference.status === 'estimate' && s.difference.value,
      ]),
    ).toEqual([
      ['weekday_business_hours', 80, -120],
      ['weekday_off_hours', 80, -600],
      ['weekend', 80, -1200],
    ]);
    expect(frt.stratified.coverage).toEqual({ comparableVolume: 240, totalVolume: 240, share: 1 });
    // The standardised medians: in-house (600 + 3,600 + 7,200) / 3 = 3,800, agency (480 + 3,000 + 6,000) / 3 = 3,160.
    expect(frt.stratified.baseline).toMatchObject({ value: 3800 });
    expect(frt.stratified.challenger).toMatchObject({ value: 3160 });
  });

  test('SLA of one hour: raw, the agency misses more; within strata it meets more', () => {
    const sla = metricOf(comparison.metrics, 'sla_attainment');
    // Within 3,600 s: in-house 60 office-hours items + the 10 off-hours items at or below 3,600 = 70 of 100;
    // agency 20 office-hours items + all 60 off-hours items (2,705…3,295) = 80 of 140. No weekend item meets it.
    expect(sla.raw.baseline).toMatchObject({ value: 0.7 });
    expect(sla.raw.challenger).toMatchObject({ value: 80 / 140 });
    expect(sla.raw.difference).toMatchObject({ value: 80 / 140 - 0.7 });
    // Per stratum: office hours 100 % both, off-hours 50 % against 100 %, weekend 0 % both.
    // Pooled: (0 + 0.5 + 0) / 3.
    expect(sla.stratified.difference).toMatchObject({ status: 'estimate', value: 0.5 / 3 });
  });
});
