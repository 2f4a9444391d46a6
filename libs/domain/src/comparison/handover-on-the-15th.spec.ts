import { accountHoursLookup } from '../business-hours/account-hours.util.js';
import type {
  AccountFact,
  AssignmentFact,
  InboundItemFact,
  OperatorFact,
  OutboundItemFact,
} from '../model/facts.js';
import { computeFirstResponses } from '../responsiveness/first-responses.util.js';
import { timeFirstResponses } from '../responsiveness/timed-responses.util.js';
import { compareAroundHandover } from './before-after.util.js';
import { metricOf } from './comparison.fixtures.js';
import { responsibleGroupResolver, toComparisonItems } from './comparison-items.util.js';
import { compareGroups } from './group-comparison.util.js';
import { findHandovers } from './handover.util.js';

// A Vienna shop (weekdays 09:00–17:00, UTC+1 in March 2026) run by its own staff until Sunday 15 March,
// by the agency Acme from then on. Every weekday from 2 to 27 March three customers write, at 10:00, 11:00
// and 14:00; staff answer after 20 minutes, the agency after 10.
const shop: AccountFact = {
  id: 'shop',
  handle: 'shop',
  platform: 'x',
  timeZone: 'Europe/Vienna',
  signaturePattern: null,
  businessHours: [1, 2, 3, 4, 5].map((day) => ({ day, startMinute: 540, endMinute: 1020 })),
};
const operators: OperatorFact[] = [
  { id: 'anna', name: 'Anna', sourcingGroup: 'in_house' },
  { id: 'acme-1', name: 'Acme desk', sourcingGroup: 'agency:Acme' },
];
const midnight15th = new Date('2026-03-14T23:00:00Z'); // 15 March 00:00 in Vienna

function scenario(agencyFrom: Date) {
  const assignments: AssignmentFact[] = [
    {
      accountId: 'shop',
      operatorId: 'anna',
      from: new Date('2026-02-01T00:00:00Z'),
      to: midnight15th,
      shifts: null,
    },
    { accountId: 'shop', operatorId: 'acme-1', from: agencyFrom, to: null, shifts: null },
  ];
  const inbound: InboundItemFact[] = [];
  const outbound: OutboundItemFact[] = [];
  for (let day = 2; day <= 27; day += 1) {
    const date = new Date(Date.UTC(2026, 2, day));
    if (date.getUTCDay() === 0 || date.getUTCDay() === 6) continue;
    for (const localHour of [10, 11, 14]) {
      const asked = new Date(Date.UTC(2026, 2, day, localHour - 1));
      const id = `q-${day}-${localHour}`;
      const staff = asked.getTime() < midnight15th.getTime();
      inbound.push({
        accountId: 'shop',
        externalId: id,
        createdAt: asked,
        conversationId: null,
        actionable: true,
      });
      outbound.push({
        accountId: 'shop',
        externalId: `r-${id}`,
        createdAt: new Date(asked.getTime() + (staff ? 20 : 10) * 60_000),
        inReplyToExternalId: id,
        conversationId: null,
        operatorId: staff ? 'anna' : 'acme-1',
        attributionSource: 'signature',
      });
    }
  }
  const timed = timeFirstResponses(computeFirstResponses(inbound, outbound), accountHoursLookup([shop]));
  const groupOf = responsibleGroupResolver({ accounts: [shop], operators, assignments });
  const items = toComparisonItems(timed, groupOf, new Date('2026-04-30T00:00:00Z'));
  return { assignments, items };
}

describe('handover on the 15th', () => {
  const { assignments, items } = scenario(midnight15th);
  const [handover] = findHandovers(assignments, operators);

  test('the assignments show one clean handover from staff to Acme at midnight', () => {
    expect(findHandovers(assignments, operators)).toEqual([
      {
        accountId: 'shop',
        fromGroup: 'in_house',
        toGroup: 'agency:Acme',
        at: midnight15th,
        transitionFrom: midnight15th,
      },
    ]);
  });

  test('before: 30 items, median 1,200 s; after: 30 items, median 600 s; Acme 600 s faster', () => {
    const { comparison, window } = compareAroundHandover(items, handover);
    expect(window).toEqual({ from: null, to: null });
    expect(comparison.volume).toEqual({ baseline: 30, challenger: 30 });
    const frt = metricOf(comparison.metrics, 'frt_business_median');
    expect(frt.stratified.baseline).toMatchObject({ value: 1200 });
    expect(frt.stratified.challenger).toMatchObject({ value: 600 });
    // Every reply took exactly its time: no spread, so no doubt.
    expect(frt.stratified.difference).toMatchObject({ value: -600, interval: { lower: -600, upper: -600 } });
    const rate = metricOf(comparison.metrics, 'response_rate');
    expect(rate.raw.difference).toMatchObject({ status: 'estimate', value: 0 });
  });

  test('by sourcing group the roster gives the same split: staff before, Acme after', () => {
    const [byGroup] = compareGroups(items);
    expect(byGroup).toMatchObject({
      baseline: 'in_house',
      challenger: 'agency:Acme',
      volume: { baseline: 30, challenger: 30 },
    });
    expect(metricOf(byGroup.metrics, 'frt_calendar_median').stratified.difference).toMatchObject({
      value: -600,
    });
  });

  test('a week’s window on each side: 15 items before, too few to say anything', () => {
    const { comparison, window } = compareAroundHandover(items, handover, { windowDays: 7 });
    expect(window.from?.toISOString()).toBe('2026-03-07T23:00:00.000Z');
    expect(metricOf(comparison.metrics, 'frt_business_median').stratified.difference).toEqual({
      status: 'insufficient',
      observations: 15,
      required: 20,
    });
  });
});

describe('handover with an onboarding week (Acme assigned from Monday 9 March)', () => {
  const { assignments, items } = scenario(new Date('2026-03-08T23:00:00Z'));

  test('the handover is on the 15th; the overlap from the 9th belongs to neither side', () => {
    const [handover] = findHandovers(assignments, operators);
    expect(handover.transitionFrom.toISOString()).toBe('2026-03-08T23:00:00.000Z');
    expect(handover.at).toEqual(midnight15th);
    const { comparison } = compareAroundHandover(items, handover);
    // Before: only 2 to 6 March, 5 days × 3 items.
    expect(comparison.volume).toEqual({ baseline: 15, challenger: 30 });
  });

  test('an agency that always shares the account with staff never changed hands', () => {
    const shared: AssignmentFact[] = [
      {
        accountId: 'shop',
        operatorId: 'anna',
        from: new Date('2026-01-01T00:00:00Z'),
        to: null,
        shifts: null,
      },
      {
        accountId: 'shop',
        operatorId: 'acme-1',
        from: new Date('2026-01-01T00:00:00Z'),
        to: null,
        shifts: null,
      },
    ];
    expect(findHandovers(shared, operators)).toEqual([]);
  });
});
