import { monthPeriod } from '../time/zoned-date.util.js';
import { computeVolume } from './volume.util.js';
import { dayLocator, periodDays } from './period-days.util.js';
import type { CadencePlan, PublishedItem } from './volume.types.js';

// The agency's contract for @brand (Vienna): two posts every weekday. October 2026 has 22 weekdays
// (Thu 1, Fri 2, then four full weeks), so 44 posts were due. The agency posted one on Tue 13 and none on
// Tue 20 (staff stepped in with one). It also answered a customer on the 13th and posted on Sat 10th:
// neither counts against the plan. October ends with the clocks going back (Sun 25): still 31 days.
const period = monthPeriod('2026-10', 'Europe/Vienna');
const agency = (createdAt: string, kind = 'post'): PublishedItem => ({
  accountId: 'brand',
  group: 'agency:loud',
  kind,
  createdAt: new Date(createdAt),
});

const weekdays = [1, 2, 5, 6, 7, 8, 9, 12, 13, 14, 15, 16, 19, 20, 21, 22, 23, 26, 27, 28, 29, 30];
const items: PublishedItem[] = [];
for (const d of weekdays) {
  const day = `2026-10-${String(d).padStart(2, '0')}`;
  if (d === 20) continue;
  // 00:30 local on the 1st is still September in UTC: the local day decides.
  items.push(agency(d === 1 ? '2026-09-30T22:30:00Z' : `${day}T07:00:00Z`));
  if (d !== 13) items.push(agency(`${day}T13:00:00Z`));
}
items.push(
  agency('2026-10-13T09:00:00Z', 'reply'),
  agency('2026-10-10T09:00:00Z'),
  { accountId: 'brand', group: 'in_house', kind: 'post', createdAt: new Date('2026-10-20T09:00:00Z') },
  // 00:30 on 1 November in Vienna (UTC+1 after the change): next month.
  agency('2026-10-31T23:30:00Z'),
);

const plan: CadencePlan = {
  accountId: 'brand',
  group: 'agency:loud',
  from: '2026-09-01',
  to: null,
  perWeekday: [0, 2, 2, 2, 2, 2, 0],
};
const result = computeVolume({
  ...period,
  accounts: [{ id: 'brand', timeZone: 'Europe/Vienna' }],
  plans: [plan],
  items,
});
const group = (key: string) => result.byGroup.find((row) => row.key === key)?.summary;

test('44 posts planned on 22 weekdays, 41 delivered: two days below plan, the 13th and the 20th', () => {
  expect(group('agency:loud')).toMatchObject({
    daysPlanned: 22,
    planned: 44,
    deliveredAgainstPlan: 41,
    daysBelowPlan: 2,
  });
  expect(group('agency:loud')?.attainment).toBeCloseTo(41 / 44, 12);
  expect(result.plannedDays.filter((day) => day.belowPlan).map((day) => [day.day, day.published])).toEqual([
    ['2026-10-13', 1],
    ['2026-10-20', 0],
  ]);
});

test('per day: the agency published 43 items over 31 days, staff 1; the account 44', () => {
  expect(group('agency:loud')).toMatchObject({ days: 31, published: 43 });
  expect(group('agency:loud')?.publishedPerDay).toBeCloseTo(43 / 31, 12);
  expect(group('in_house')).toMatchObject({ published: 1, daysPlanned: 0, planned: 0, attainment: null });
  expect(result.byAccount[0].summary).toMatchObject({
    days: 31,
    published: 44,
    planned: 44,
    daysBelowPlan: 2,
  });
});

test("the plan is the agency's: the staff post on the 20th does not fill its gap", () => {
  expect(result.plannedDays.find((day) => day.day === '2026-10-20')).toMatchObject({
    group: 'agency:loud',
    weekday: 2,
    planned: 2,
    published: 0,
  });
});

test('an account-wide plan counts every group: the 20th then has one of two', () => {
  const anyone = computeVolume({
    ...period,
    accounts: [{ id: 'brand', timeZone: 'Europe/Vienna' }],
    plans: [{ ...plan, group: null }],
    items,
  });
  expect(anyone.plannedDays.find((day) => day.day === '2026-10-20')?.published).toBe(1);
  expect(anyone.total.summary.deliveredAgainstPlan).toBe(42);
  // Account-wide plans belong to no group row.
  expect(anyone.byGroup.find((row) => row.key === 'agency:loud')?.summary.planned).toBe(0);
});

test('a plan needs seven numbers, Sunday first', () => {
  expect(() =>
    computeVolume({
      ...period,
      accounts: [{ id: 'brand', timeZone: 'UTC' }],
      plans: [{ ...plan, perWeekday: [2, 2, 2, 2, 2] }],
      items: [],
    }),
  ).toThrow(/7 non-negative numbers/);
});

test('the day of an item is its local day in Vienna, summer time and winter time alike', () => {
  const dayOf = dayLocator(periodDays(period.from, period.to, 'Europe/Vienna'), 'Europe/Vienna');
  expect(dayOf(new Date('2026-09-30T21:59:59Z'))).toBeNull(); // 23:59:59 on 30 September
  expect(dayOf(new Date('2026-09-30T22:00:00Z'))).toBe('2026-10-01');
  expect(dayOf(new Date('2026-10-24T22:30:00Z'))).toBe('2026-10-25'); // 00:30 CEST
  expect(dayOf(new Date('2026-10-25T22:59:59Z'))).toBe('2026-10-25'); // 23:59:59 CET, a 25-hour day
  expect(dayOf(new Date('2026-10-25T23:00:00Z'))).toBe('2026-10-26');
  expect(dayOf(new Date('2026-10-31T23:00:00Z'))).toBeNull(); // midnight, 1 November
});
