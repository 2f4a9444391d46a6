import fc from 'fast-check';
import { computeCost } from './cost.util.js';
import { monthShare } from './month-share.util.js';
import { addDays } from '../time/zoned-date.util.js';
import type { CostModel } from './cost.types.js';

// The agency's contract starts on 15 February 2026: a 2,800 EUR monthly retainer and 1 EUR per item.
// February has 28 days, the contract covers 14 of them: half a retainer, 1,400. Items of the 10th were
// not the agency's contract yet; the 30 of the 20th cost 30. Total 1,430, with 14 days unpriced.
const agency: CostModel = {
  group: 'agency:new',
  currency: 'EUR',
  from: '2026-02-15',
  to: null,
  components: [
    { kind: 'retainer', perMonth: 2800 },
    { kind: 'per-item', fee: 1, per: 'outbound' },
  ],
};
const volumes = [
  { group: 'agency:new', day: '2026-02-10', outbound: 20, responses: 0, engagements: 0 },
  { group: 'agency:new', day: '2026-02-20', outbound: 30, responses: 0, engagements: 0 },
];

test('half of February: 1,400 retainer + 30 fees = 1,430, 14 days without a model', () => {
  const { summary } = computeCost({ from: '2026-02-01', to: '2026-03-01', models: [agency], volumes })
    .byGroup[0];
  expect(summary).toMatchObject({
    retainer: 1400,
    perItem: 30,
    total: 1430,
    daysWithoutModel: 14,
    outbound: 50,
  });
});

test('staff at 40 EUR × 80 h a month from 20 January to 9 March: 12/31 + 1 + 9/31 months', () => {
  const staff: CostModel = {
    group: 'in_house',
    currency: 'EUR',
    from: '2020-01-01',
    to: null,
    components: [{ kind: 'hourly', perHour: 40, hoursPerMonth: 80 }],
  };
  const { summary } = computeCost({ from: '2026-01-20', to: '2026-03-10', models: [staff], volumes: [] })
    .byGroup[0];
  expect(summary.staff).toBeCloseTo(3200 * (12 / 31 + 1 + 9 / 31), 9);
  expect(summary.daysWithoutModel).toBe(0);
});

test('a contract that ended on the 15th and its successor add up to one month', () => {
  const before: CostModel = {
    ...agency,
    from: '2026-01-01',
    to: '2026-02-15',
    components: [{ kind: 'retainer', perMonth: 2000 }],
  };
  const { summary } = computeCost({ from: '2026-02-01', to: '2026-03-01', models: [before, agency], volumes })
    .byGroup[0];
  expect(summary.retainer).toBe(1000 + 1400);
  expect(summary.perItem).toBe(30);
  expect(summary.daysWithoutModel).toBe(0);
});

test('splitting a period at any day leaves the cost unchanged (proration adds up)', () => {
  const start = '2025-11-20';
  fc.assert(
    fc.property(fc.integer({ min: 1, max: 200 }), fc.integer({ min: 1, max: 200 }), (a, b) => {
      const mid = addDays(start, a);
      const end = addDays(mid, b);
      const cost = (from: string, to: string) =>
        computeCost({ from, to, models: [agency], volumes }).byGroup[0].summary.retainer;
      expect(cost(start, mid) + cost(mid, end)).toBeCloseTo(cost(start, end), 6);
      expect(monthShare(start, mid) + monthShare(mid, end)).toBeCloseTo(monthShare(start, end), 12);
    }),
    { numRuns: 100 },
  );
});
