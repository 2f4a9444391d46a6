// Risk evidence, worked by hand: staff published 2,000 items without an incident, the agency 1,000 with six.
// Garwood 95 % limits (chi-square quantiles / 2): 0 events [0, 3.6889], 6 events [2.2019, 13.0594].
// Per 1,000 items: staff 0 [0, 1.8444], agency 6 [2.2019, 13.0594]; difference 6, MOVER limits
//   lower 6 − √((6 − 2.2019)² + (1.8444 − 0)²) = 6 − √17.8275 = 1.7778
//   upper 6 + √((13.0594 − 6)² + (0 − 0)²)    = 13.0594
import { incidentRateDifference, incidentRateEvidence } from './risk-evidence.util.js';

describe('agency posts on the wrong account six times in 1,000 items', () => {
  const staff = { incidents: 0, outbound: 2000 };
  const agency = { incidents: 6, outbound: 1000 };

  test('the difference of rates per 1,000 items is 6, 95 % interval 1.78 to 13.06', () => {
    const difference = incidentRateDifference(staff, agency);
    expect(difference.status).toBe('estimate');
    if (difference.status !== 'estimate') return;
    expect(difference.value).toBeCloseTo(6, 12);
    expect(difference.interval.lower).toBeCloseTo(1.7778, 3);
    expect(difference.interval.upper).toBeCloseTo(13.0594, 3);
    expect(difference.interval).toMatchObject({ level: 0.95, method: 'mover_garwood' });
    expect(difference.observations).toBe(1000);
  });

  test('as evidence: fewer incidents are better, so staff win the risk vote', () => {
    expect(incidentRateEvidence(staff, agency)).toMatchObject({
      metric: 'incident_rate',
      higherIsBetter: false,
    });
  });

  test('the other way round the interval mirrors', () => {
    const mirrored = incidentRateDifference(agency, staff);
    if (mirrored.status !== 'estimate') throw new Error('expected an estimate');
    expect(mirrored.value).toBeCloseTo(-6, 12);
    expect(mirrored.interval.lower).toBeCloseTo(-13.0594, 3);
    expect(mirrored.interval.upper).toBeCloseTo(-1.7778, 3);
  });

  test('below 20 outbound items on either side: insufficient data, however many incidents', () => {
    expect(incidentRateDifference(staff, { incidents: 3, outbound: 19 })).toEqual({
      status: 'insufficient',
      observations: 19,
      required: 20,
    });
  });
});
