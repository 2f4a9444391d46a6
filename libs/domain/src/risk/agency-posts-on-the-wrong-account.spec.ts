import { computeRisk } from './risk.util.js';
import { incident } from './risk.fixtures.js';

// October: staff published 2,000 items and had one offensive reply (high), contained 30 minutes after it
// was seen. The agency published 500: two posts deleted within 15 minutes (low), one post on the wrong
// account (critical, contained after 2 hours), one off-brand reply (medium) still online, and one manual
// report the client dismissed. A September incident belongs to September.
const agency = { accountId: 'brand', group: 'agency:loud' };
const result = computeRisk({
  from: new Date('2026-10-01T00:00:00Z'),
  to: new Date('2026-11-01T00:00:00Z'),
  outbound: [
    { group: 'in_house', accountId: 'brand', outbound: 2000 },
    { group: 'agency:loud', accountId: 'brand', outbound: 500 },
  ],
  incidents: [
    incident('i1', '2026-10-03T12:00:00Z', {
      severity: 'high',
      kind: 'offensive_content',
      containedAfterMin: 30,
    }),
    incident('a1', '2026-10-04T20:00:00Z', {
      ...agency,
      kind: 'deleted_quickly',
      containedAfterMin: 10,
    }),
    incident('a2', '2026-10-11T20:00:00Z', {
      ...agency,
      kind: 'deleted_quickly',
      containedAfterMin: 14,
    }),
    incident('a3', '2026-10-18T21:00:00Z', {
      ...agency,
      severity: 'critical',
      kind: 'wrong_account',
      detectedAfterMin: 45,
      containedAfterMin: 120,
    }),
    incident('a4', '2026-10-25T21:00:00Z', { ...agency, severity: 'medium', kind: 'offensive_content' }),
    incident('a5', '2026-10-26T09:00:00Z', { ...agency, severity: 'high', status: 'dismissed' }),
    incident('old', '2026-09-30T23:59:00Z', { ...agency, severity: 'critical', containedAfterMin: 5 }),
  ],
});
const group = (key: string) => result.byGroup.find((row) => row.key === key)!.summary;

test('staff: 1 incident per 2,000 items = 0.5 per 1,000; weighted 10 / 2,000 = 5 per 1,000', () => {
  expect(group('in_house')).toMatchObject({
    incidents: 1,
    weightedIncidents: 10,
    outbound: 2000,
    ratePer1000: 0.5,
    weightedRatePer1000: 5,
  });
  expect(group('in_house').timeToContain.median).toBe(30 * 60);
});

test('agency: 4 incidents per 500 = 8 per 1,000; weighted 1 + 1 + 3 + 30 = 35, 70 per 1,000', () => {
  expect(group('agency:loud')).toMatchObject({
    incidents: 4,
    bySeverity: { low: 2, medium: 1, high: 0, critical: 1 },
    byKind: { deleted_quickly: 2, wrong_account: 1, offensive_content: 1 },
    weightedIncidents: 35,
    ratePer1000: 8,
    weightedRatePer1000: 70,
    dismissed: 1,
  });
});

test('agency time to contain counts from detection: median of 10, 14 and 120 minutes is 14 minutes', () => {
  expect(group('agency:loud').timeToContain).toMatchObject({ count: 3, median: 14 * 60, slowest: 120 * 60 });
  expect(group('agency:loud').notContained).toBe(1);
});

// Garwood's exact 95 % limits for a Poisson count (tables, e.g. Ulm 1990): 1 event 0.0253–5.5716,
// 4 events 1.0899–10.2416. Per 1,000 items: × 1000 / 2000 and × 1000 / 500.
test('each rate carries its exact Poisson interval: staff 0.013–2.786, agency 2.180–20.483 per 1,000', () => {
  expect(group('in_house').rateEstimate).toMatchObject({
    status: 'estimate',
    value: 0.5,
    observations: 2000,
  });
  const staff = group('in_house').rateEstimate;
  const agencyRate = group('agency:loud').rateEstimate;
  if (staff.status !== 'estimate' || agencyRate.status !== 'estimate') throw new Error('expected estimates');
  expect(staff.interval.lower).toBeCloseTo(0.0253 / 2, 4);
  expect(staff.interval.upper).toBeCloseTo(5.5716 / 2, 3);
  expect(agencyRate.interval.lower).toBeCloseTo(1.0899 * 2, 3);
  expect(agencyRate.interval.upper).toBeCloseTo(10.2416 * 2, 3);
  expect(agencyRate.interval.method).toBe('garwood');
});

test('the total pools both: 5 incidents over 2,500 items = 2 per 1,000', () => {
  expect(result.total.summary).toMatchObject({
    incidents: 5,
    outbound: 2500,
    ratePer1000: 2,
    weightedIncidents: 45,
  });
  expect(result.severityWeights).toEqual({ low: 1, medium: 3, high: 10, critical: 30 });
});
