import { computeCost } from './cost.util.js';
import type { CostModel } from './cost.types.js';

// October 2026. The agency charges a retainer of 3,000 EUR a month plus 2.50 EUR per response; it
// answered 400 customers in 520 outbound items, whose posts earned 12,000 engagements. Staff: half a
// position at 5,600 EUR a month, 300 responses in 350 items, 20,000 engagements.
const models: CostModel[] = [
  {
    group: 'agency:loud',
    currency: 'EUR',
    from: '2026-01-01',
    to: null,
    components: [
      { kind: 'retainer', perMonth: 3000 },
      { kind: 'per-item', fee: 2.5, per: 'response' },
    ],
  },
  {
    group: 'in_house',
    currency: 'EUR',
    from: '2025-01-01',
    to: null,
    components: [{ kind: 'fte', perFtePerMonth: 5600, fteShare: 0.5 }],
  },
];
const result = computeCost({
  from: '2026-10-01',
  to: '2026-11-01',
  models,
  volumes: [
    { group: 'agency:loud', day: '2026-10-05', outbound: 300, responses: 250, engagements: 7000 },
    { group: 'agency:loud', day: '2026-10-20', outbound: 220, responses: 150, engagements: 5000 },
    { group: 'in_house', day: '2026-10-12', outbound: 350, responses: 300, engagements: 20000 },
    // September's work is not October's cost.
    { group: 'agency:loud', day: '2026-09-30', outbound: 99, responses: 99, engagements: 99 },
  ],
});
const group = (key: string) => result.byGroup.find((row) => row.key === key)!.summary;

test('agency: 3,000 + 400 × 2.50 = 4,000 EUR: 10 per response, 7.69 per item, 333.33 per 1,000 engagements', () => {
  expect(group('agency:loud')).toMatchObject({
    currency: 'EUR',
    retainer: 3000,
    perItem: 1000,
    staff: 0,
    total: 4000,
    responses: 400,
    outbound: 520,
    engagements: 12000,
    costPerResponse: 10,
    daysWithoutModel: 0,
  });
  expect(group('agency:loud').costPerOutboundItem).toBeCloseTo(4000 / 520, 10);
  expect(group('agency:loud').costPer1000Engagements).toBeCloseTo(1000 / 3, 10);
});

test('staff: 0.5 × 5,600 = 2,800 EUR: 9.33 per response, 8 per item, 140 per 1,000 engagements', () => {
  expect(group('in_house')).toMatchObject({
    staff: 2800,
    total: 2800,
    costPerOutboundItem: 8,
    costPer1000Engagements: 140,
  });
  expect(group('in_house').costPerResponse).toBeCloseTo(2800 / 300, 10);
});

test('together 6,800 EUR for 700 responses', () => {
  expect(result.total.summary).toMatchObject({ currency: 'EUR', total: 6800, responses: 700 });
  expect(result.total.summary.costPerResponse).toBeCloseTo(6800 / 700, 10);
});

test('a group nobody priced has an unknown cost, and so has the total', () => {
  const unpriced = computeCost({
    from: '2026-10-01',
    to: '2026-11-01',
    models,
    volumes: [{ group: 'agency:quiet', day: '2026-10-02', outbound: 10, responses: 5, engagements: 0 }],
  });
  expect(unpriced.byGroup.find((row) => row.key === 'agency:quiet')?.summary).toMatchObject({
    total: null,
    costPerResponse: null,
    daysWithoutModel: 31,
  });
  expect(unpriced.total.summary.total).toBeNull();
});

test('one group paying in two currencies is refused', () => {
  expect(() =>
    computeCost({
      from: '2026-10-01',
      to: '2026-11-01',
      models: [models[0], { ...models[0], currency: 'CHF', from: '2026-10-15' }],
      volumes: [],
    }),
  ).toThrow(/agency:loud mix currencies \(CHF, EUR\)/);
});
