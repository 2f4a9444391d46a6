import { accountHoursLookup } from '../business-hours/account-hours.util.js';
import type { AccountFact } from '../model/facts.js';
import { computeFirstResponses } from './first-responses.util.js';
import {
  summarizeResponsivenessByStratum,
  summarizeResponsivenessDepth,
} from './responsiveness-depth.util.js';
import { brand, customer } from './responsiveness.fixtures.js';
import { timeFirstResponses } from './timed-responses.util.js';

// A London account open weekdays 09:00–17:00 (UTC+0 in January). Staff answer in the morning what came in
// overnight: slow on the calendar, instant in business time.
const account: AccountFact = {
  id: 'acc',
  handle: 'brand',
  platform: 'x',
  timeZone: 'Europe/London',
  signaturePattern: null,
  businessHours: [1, 2, 3, 4, 5].map((day) => ({ day, startMinute: 540, endMinute: 1020 })),
};

describe('business-hours FRT beside calendar FRT', () => {
  const timed = timeFirstResponses(
    computeFirstResponses(
      [
        customer('night', '2026-01-13T23:00:00Z'), // Tuesday night
        customer('morning', '2026-01-14T10:00:00Z'), // Wednesday 10:00
        customer('saturday', '2026-01-17T12:00:00Z'),
        customer('dm1', '2026-01-14T16:50:00Z', { conversationId: 'c1' }),
        customer('dm2', '2026-01-14T16:55:00Z', { conversationId: 'c1' }),
        customer('skewed', '2026-01-14T12:00:00Z'),
      ],
      [
        brand('r-night', '2026-01-14T09:00:00Z', { inReplyToExternalId: 'night' }), // 10 h, 0 business
        brand('r-morning', '2026-01-14T10:20:00Z', { inReplyToExternalId: 'morning' }), // 20 min
        brand('r-saturday', '2026-01-19T09:30:00Z', { inReplyToExternalId: 'saturday' }), // Monday 09:30
        brand('r-dm', '2026-01-15T09:10:00Z', { conversationId: 'c1' }), // turn from 16:50: 10 + 10 min
        brand('r-skewed', '2026-01-14T11:00:00Z', { inReplyToExternalId: 'skewed' }),
      ],
    ),
    accountHoursLookup([account]),
  );
  const dataEnd = new Date('2026-02-01T00:00:00Z');
  const depth = summarizeResponsivenessDepth(timed, { dataEnd, backlogAt: dataEnd });

  test('four FRT observations on each clock (the DM turn counts once), the skewed item on neither', () => {
    // Calendar: 36,000 (night), 1,200 (morning), 163,800 (Sat 12:00 → Mon 09:30), 58,800 (the turn).
    expect(depth.frtCalendar).toMatchObject({ count: 4, median: (36_000 + 58_800) / 2, fastest: 1200 });
    // Business: 0 (night), 1,200 (morning), 1,800 (Monday 09:00–09:30), 1,200 (16:50–17:00 + 09:00–09:10).
    expect(depth.frtBusiness).toMatchObject({ count: 4, median: 1200, fastest: 0, slowest: 1800 });
    expect(depth).toMatchObject({ inbound: 6, answered: 5, negativeIntervals: 1 });
  });

  test('strata: the night item is weekday off-hours, Saturday is weekend, the rest business hours', () => {
    expect(timed.map((r) => [r.inbound.externalId, r.stratum])).toEqual([
      ['night', 'weekday_off_hours'],
      ['morning', 'weekday_business_hours'],
      ['saturday', 'weekend'],
      ['dm1', 'weekday_business_hours'],
      ['dm2', 'weekday_business_hours'],
      ['skewed', 'weekday_business_hours'],
    ]);
    const byStratum = summarizeResponsivenessByStratum(timed, { dataEnd, backlogAt: dataEnd });
    expect(byStratum.weekend.frtCalendar.median).toBe(163_800);
    expect(byStratum.weekday_off_hours.frtBusiness.median).toBe(0);
    expect(byStratum.weekday_business_hours.inbound).toBe(4);
  });
});
