import {
  addDays,
  addMonths,
  dayStart,
  localDay,
  monthOf,
  monthPeriod,
  zoneOffsetMs,
} from './zoned-date.util.js';

describe('months and days in the workspace time zone', () => {
  test('October 2017 in UTC is the plain calendar month', () => {
    expect(monthPeriod('2017-10', 'UTC')).toEqual({
      from: new Date('2017-10-01T00:00:00Z'),
      to: new Date('2017-11-01T00:00:00Z'),
    });
  });

  test('March 2026 in Vienna starts at 23:00 UTC the day before and ends in summer time', () => {
    const { from, to } = monthPeriod('2026-03', 'Europe/Vienna');
    expect(from.toISOString()).toBe('2026-02-28T23:00:00.000Z');
    // The clocks went forward on Sunday 29 March: April starts at 22:00 UTC.
    expect(to.toISOString()).toBe('2026-03-31T22:00:00.000Z');
  });

  test('December rolls over into January of the next year', () => {
    expect(monthPeriod('2025-12', 'Europe/Berlin').to.toISOString()).toBe('2025-12-31T23:00:00.000Z');
  });

  test('the day of a DST change starts at local midnight', () => {
    expect(dayStart('2026-10-25', 'Europe/Vienna').toISOString()).toBe('2026-10-24T22:00:00.000Z');
    expect(zoneOffsetMs(new Date('2026-10-25T12:00:00Z'), 'Europe/Vienna')).toBe(3600_000);
  });

  test('summer and winter offsets, from a Date or from epoch milliseconds', () => {
    const hour = 3600_000;
    expect(zoneOffsetMs(Date.parse('2024-01-15T12:00:00Z'), 'Europe/Vienna')).toBe(hour);
    expect(zoneOffsetMs(new Date('2024-07-15T12:00:00Z'), 'Europe/Vienna')).toBe(2 * hour);
    expect(zoneOffsetMs(Date.parse('2024-07-15T12:00:00Z'), 'Europe/London')).toBe(hour);
    expect(zoneOffsetMs(Date.parse('2024-01-15T12:00:00Z'), 'Europe/London')).toBe(0);
    // The switch to summer time in Vienna, 31 March 2024 at 01:00 UTC: one millisecond either side.
    expect(zoneOffsetMs(Date.parse('2024-03-31T01:00:00Z') - 1, 'Europe/Vienna')).toBe(hour);
    expect(zoneOffsetMs(Date.parse('2024-03-31T01:00:00Z'), 'Europe/Vienna')).toBe(2 * hour);
    // Newfoundland is 3.5 hours behind UTC in winter: offsets need not be whole hours.
    expect(zoneOffsetMs(Date.parse('2024-01-15T12:00:00Z'), 'America/St_Johns')).toBe(-3.5 * hour);
    expect(() => zoneOffsetMs(0, 'Mars/Olympus_Mons')).toThrow(RangeError);
  });

  test('local day and month of an instant', () => {
    expect(localDay(new Date('2026-02-28T23:30:00Z'), 'Europe/Vienna')).toBe('2026-03-01');
    expect(monthOf(new Date('2026-02-28T23:30:00Z'), 'UTC')).toBe('2026-02');
  });

  test('bad input says what was expected', () => {
    expect(() => monthPeriod('2026-13', 'UTC')).toThrow('month must be YYYY-MM, got "2026-13"');
    expect(() => dayStart('2026-02-30', 'UTC')).toThrow('"2026-02-30" is not a calendar date');
  });
});

describe('calendar arithmetic', () => {
  test('months and days roll over year ends', () => {
    expect(addMonths('2026-01', -1)).toBe('2025-12');
    expect(addMonths('2025-12', 1)).toBe('2026-01');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
  });
});
