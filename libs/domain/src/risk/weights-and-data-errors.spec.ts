import { computeRisk } from './risk.util.js';
import { incident } from './risk.fixtures.js';

const period = { from: new Date('2026-10-01T00:00:00Z'), to: new Date('2026-11-01T00:00:00Z') };

test('a workspace that weighs critical incidents 100 gets 100 + 1 = 101 per 250 items = 404 per 1,000', () => {
  const result = computeRisk({
    ...period,
    severityWeights: { critical: 100 },
    outbound: [{ group: 'in_house', accountId: 'brand', outbound: 250 }],
    incidents: [
      incident('c', '2026-10-02T10:00:00Z', { severity: 'critical' }),
      incident('l', '2026-10-03T10:00:00Z', { severity: 'low' }),
    ],
  });
  expect(result.severityWeights).toEqual({ low: 1, medium: 3, high: 10, critical: 100 });
  expect(result.byGroup[0].summary.weightedRatePer1000).toBe(404);
});

test('contained before it was detected: a data error, counted, kept out of time to contain', () => {
  const result = computeRisk({
    ...period,
    outbound: [],
    incidents: [
      incident('skewed', '2026-10-02T10:00:00Z', { containedAfterMin: -5 }),
      incident('fine', '2026-10-02T11:00:00Z', { containedAfterMin: 20 }),
    ],
  });
  expect(result.total.summary).toMatchObject({
    incidents: 2,
    negativeContainTimes: 1,
    ratePer1000: null,
    rateEstimate: { status: 'insufficient', observations: 0, required: 20 },
  });
  expect(result.total.summary.timeToContain).toMatchObject({ count: 1, median: 1200 });
});

test('a data leak concerning no account counts for its group and the total, in no account row', () => {
  const result = computeRisk({
    ...period,
    outbound: [{ group: 'agency:loud', accountId: 'brand', outbound: 100 }],
    incidents: [
      incident('leak', '2026-10-09T10:00:00Z', { accountId: null, group: 'agency:loud', severity: 'high' }),
    ],
  });
  expect(result.byAccount).toEqual([expect.objectContaining({ key: 'brand' })]);
  expect(result.byAccount[0].summary.incidents).toBe(0);
  expect(result.byGroup[0].summary).toMatchObject({ incidents: 1, ratePer1000: 10 });
});

test('an unknown severity or a negative weight is refused, naming it', () => {
  const bad = { ...incident('x', '2026-10-02T10:00:00Z'), severity: 'severe' as never };
  expect(() => computeRisk({ ...period, outbound: [], incidents: [bad] })).toThrow(/severity "severe"/);
  expect(() => computeRisk({ ...period, outbound: [], incidents: [], severityWeights: { low: -1 } })).toThrow(
    /weight for low/,
  );
});
