import { businessSecondsBetween, createBusinessHours, isOpenAt } from './business-hours.util.js';
import { at, HOUR } from './business-hours.fixtures.js';

// A night desk open Friday 22:00 to Saturday 06:00 (a window whose end is before its start), in UTC.
describe('night desk past midnight', () => {
  const nightDesk = { day: 5, startMinute: 22 * 60, endMinute: 6 * 60 };

  test('Friday 21:00 to Saturday 12:00 holds the eight hours of the shift', () => {
    const desk = createBusinessHours({ timeZone: 'UTC', weekly: [nightDesk] });
    expect(businessSecondsBetween(at('2026-06-05T21:00:00Z'), at('2026-06-06T12:00:00Z'), desk)).toBe(
      8 * HOUR,
    );
    expect(isOpenAt(at('2026-06-06T05:59:00Z'), desk)).toBe(true);
    expect(isOpenAt(at('2026-06-06T06:00:00Z'), desk)).toBe(false);
  });

  test('a closed Friday closes the whole shift, Saturday morning included', () => {
    const desk = createBusinessHours({
      timeZone: 'UTC',
      weekly: [nightDesk],
      holidays: { closedDays: ['2026-06-05'] },
    });
    expect(businessSecondsBetween(at('2026-06-05T21:00:00Z'), at('2026-06-06T12:00:00Z'), desk)).toBe(0);
  });

  test('a closed Saturday does not cut short the shift that began on Friday', () => {
    const desk = createBusinessHours({
      timeZone: 'UTC',
      weekly: [nightDesk],
      holidays: { closedDays: ['2026-06-06'] },
    });
    expect(businessSecondsBetween(at('2026-06-05T21:00:00Z'), at('2026-06-06T12:00:00Z'), desk)).toBe(
      8 * HOUR,
    );
  });

  test('overlapping windows are not counted twice', () => {
    const desk = createBusinessHours({
      timeZone: 'UTC',
      weekly: [nightDesk, { day: 6, startMinute: 0, endMinute: 8 * 60 }],
    });
    // Friday 22:00 to Saturday 08:00: ten hours, not twelve.
    expect(businessSecondsBetween(at('2026-06-05T21:00:00Z'), at('2026-06-06T12:00:00Z'), desk)).toBe(
      10 * HOUR,
    );
  });
});

describe('no schedule: open around the clock', () => {
  test('business seconds equal calendar seconds, across a DST change too', () => {
    const always = createBusinessHours({ timeZone: 'Europe/Vienna', weekly: null });
    const start = at('2026-03-28T20:00:00Z');
    const end = at('2026-03-30T20:00:00Z');
    expect(businessSecondsBetween(start, end, always)).toBe(48 * HOUR);
  });

  test('holidays still close their days', () => {
    const always = createBusinessHours({
      timeZone: 'Europe/Vienna',
      weekly: [],
      holidays: { country: 'AT' },
    });
    // Friday 25 to Sunday 27 December 2026 local: Christmas Day and St Stephen's Day are closed.
    expect(businessSecondsBetween(at('2026-12-24T23:00:00Z'), at('2026-12-27T23:00:00Z'), always)).toBe(
      24 * HOUR,
    );
  });
});
