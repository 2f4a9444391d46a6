import { monthPeriod } from '../time/zoned-date.util.js';
import { computeVolume } from './volume.util.js';
import type { CadencePlan, PublishedItem } from './volume.types.js';

// @shop posted once every weekday in October 2026. Until the 15th the plan asked for one post per
// weekday; a new plan from the 16th asks for three. Weekdays: 11 up to the 15th (1, 2, 5–9, 12–15) and 11
// from the 16th (16, 19–23, 26–30): planned 11 × 1 + 11 × 3 = 44, delivered 22, the 11 later days short.
const period = monthPeriod('2026-10', 'UTC');
const weekdays = [1, 2, 5, 6, 7, 8, 9, 12, 13, 14, 15, 16, 19, 20, 21, 22, 23, 26, 27, 28, 29, 30];
const items: PublishedItem[] = weekdays.map((d) => ({
  accountId: 'shop',
  group: 'in_house',
  kind: 'post',
  createdAt: new Date(`2026-10-${String(d).padStart(2, '0')}T10:00:00Z`),
}));
const old: CadencePlan = {
  accountId: 'shop',
  group: null,
  from: '2026-01-01',
  to: null,
  perWeekday: [0, 1, 1, 1, 1, 1, 0],
};
const stepUp: CadencePlan = { ...old, from: '2026-10-16', perWeekday: [0, 3, 3, 3, 3, 3, 0] };

const result = computeVolume({
  ...period,
  accounts: [{ id: 'shop', timeZone: 'UTC' }],
  plans: [stepUp, old],
  items,
});

test('the later plan supersedes the open-ended older one from the 16th', () => {
  const summary = result.byAccount[0].summary;
  expect(summary).toMatchObject({
    daysPlanned: 22,
    planned: 44,
    deliveredAgainstPlan: 22,
    daysBelowPlan: 11,
  });
  expect(summary.attainment).toBe(0.5);
  expect(result.plannedDays.find((day) => day.day === '2026-10-15')?.planned).toBe(1);
  expect(result.plannedDays.find((day) => day.day === '2026-10-16')?.planned).toBe(3);
});

test('two plans for the same account and group starting the same day are refused', () => {
  expect(() =>
    computeVolume({
      ...period,
      accounts: [{ id: 'shop', timeZone: 'UTC' }],
      plans: [old, { ...old }],
      items,
    }),
  ).toThrow(/start on 2026-01-01/);
});

test('permuting items and plans changes nothing', () => {
  const reversed = computeVolume({
    ...period,
    accounts: [{ id: 'shop', timeZone: 'UTC' }],
    plans: [old, stepUp],
    items: [...items].reverse(),
  });
  expect(reversed).toEqual(result);
});
