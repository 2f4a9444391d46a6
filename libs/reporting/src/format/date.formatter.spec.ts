import { formatDate, formatDateTime, formatDayShort, formatMonth } from './date.formatter.js';

describe('date formatting', () => {
  // Midnight 1 April in Berlin (CEST, UTC+2) is 22:00 UTC the day before.
  const berlinMidnight = new Date('2025-03-31T22:00:00Z');

  it('shows instants in the workspace time zone', () => {
    expect(formatDateTime(berlinMidnight, 'de-DE', 'Europe/Berlin')).toBe('01.04.2025, 00:00');
    expect(formatDateTime(berlinMidnight, 'en-GB', 'Europe/Berlin')).toBe('1 Apr 2025, 00:00');
    expect(formatDateTime(berlinMidnight, 'en-GB', 'UTC')).toBe('31 Mar 2025, 22:00');
    expect(formatDate(berlinMidnight, 'de-DE', 'Europe/Berlin')).toBe('01.04.2025');
  });

  it('names the month in the report language', () => {
    expect(formatMonth('2025-03', 'de-DE')).toBe('März 2025');
    expect(formatMonth('2025-03', 'en-GB')).toBe('March 2025');
  });

  it('labels calendar days without shifting them through a time zone', () => {
    expect(formatDayShort('2025-04-01', 'en-GB')).toBe('1 Apr');
    expect(formatDayShort('2025-04-30', 'de-DE')).toBe('30. Apr.');
  });

  it('rejects malformed days', () => {
    expect(() => formatMonth('April', 'en-GB')).toThrow(/YYYY-MM/);
  });
});
