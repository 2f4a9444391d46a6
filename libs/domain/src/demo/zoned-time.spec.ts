import { isWithinWindows, localWeekTime, nextWindowStart, startOfLocalDay } from './zoned-time.js';

const at = (iso: string): number => Date.parse(iso);

describe('zoned time', () => {
  it('places an instant in the local week (0 = Sunday)', () => {
    // Sunday 23:30 UTC in winter is Monday 00:30 in Berlin.
    expect(localWeekTime(at('2024-01-14T23:30:00Z'), 'Europe/Berlin')).toEqual({ day: 1, minute: 30 });
    expect(localWeekTime(at('2024-01-14T23:30:00Z'), 'Europe/London')).toEqual({ day: 0, minute: 1410 });
  });

  it('tests membership in weekly windows', () => {
    const mondayMorning = [{ day: 1, startMinute: 8 * 60, endMinute: 12 * 60 }];
    expect(isWithinWindows(mondayMorning, at('2024-01-15T07:30:00Z'), 'Europe/Vienna')).toBe(true); // 08:30
    expect(isWithinWindows(mondayMorning, at('2024-01-15T11:00:00Z'), 'Europe/Vienna')).toBe(false); // 12:00
  });

  it('finds the next window opening, also across a DST change', () => {
    const mondayMorning = [{ day: 1, startMinute: 8 * 60, endMinute: 12 * 60 }];
    expect(nextWindowStart(mondayMorning, at('2024-01-15T08:00:00Z'), 'Europe/Vienna')).toBe(
      at('2024-01-15T08:00:00Z'),
    );
    expect(nextWindowStart(mondayMorning, at('2024-01-15T12:00:00Z'), 'Europe/Vienna')).toBe(
      at('2024-01-22T07:00:00Z'),
    );
    // Saturday before the switch to summer time (31 March 2024): Monday 08:00 is then 06:00 UTC.
    expect(nextWindowStart(mondayMorning, at('2024-03-30T12:00:00Z'), 'Europe/Vienna')).toBe(
      at('2024-04-01T06:00:00Z'),
    );
    expect(nextWindowStart([], at('2024-03-30T12:00:00Z'), 'Europe/Vienna')).toBeNull();
  });

  it('finds local midnight', () => {
    expect(startOfLocalDay(at('2024-01-15T10:00:00Z'), 'Europe/Vienna')).toBe(at('2024-01-14T23:00:00Z'));
    expect(startOfLocalDay(at('2024-03-31T10:00:00Z'), 'Europe/Vienna')).toBe(at('2024-03-30T23:00:00Z'));
    expect(startOfLocalDay(at('2024-07-01T00:30:00Z'), 'Europe/London')).toBe(at('2024-06-30T23:00:00Z'));
  });
});
