import { businessSecondsBetween, createBusinessHours, isOpenAt } from './business-hours.util.js';
import { at, HOUR, weekdays } from './business-hours.fixtures.js';

// METRICS.md: an item received outside hours and answered before the next opening scores 0 business seconds.
describe('night message answered before the office opens (Berlin, weekdays 08:00–18:00)', () => {
  const office = createBusinessHours({ timeZone: 'Europe/Berlin', weekly: weekdays(8, 18) });

  test('asked Tuesday 22:00, answered Wednesday 07:45: 0 business seconds, 9.75 calendar hours', () => {
    // Berlin is UTC+1 in February.
    expect(businessSecondsBetween(at('2026-02-10T21:00:00Z'), at('2026-02-11T06:45:00Z'), office)).toBe(0);
  });

  test('answered at 08:10 instead: the clock ran for ten minutes', () => {
    expect(businessSecondsBetween(at('2026-02-10T21:00:00Z'), at('2026-02-11T07:10:00Z'), office)).toBe(600);
  });

  test('asked Saturday, answered Monday 08:00 sharp: 0', () => {
    expect(businessSecondsBetween(at('2026-02-14T10:00:00Z'), at('2026-02-16T07:00:00Z'), office)).toBe(0);
  });

  test('opening is inclusive, closing exclusive', () => {
    expect(isOpenAt(at('2026-02-11T07:00:00Z'), office)).toBe(true);
    expect(isOpenAt(at('2026-02-11T17:00:00Z'), office)).toBe(false);
  });

  test('asked Monday 17:00, answered Tuesday 09:00: one hour on Monday, one on Tuesday', () => {
    expect(businessSecondsBetween(at('2026-02-09T16:00:00Z'), at('2026-02-10T08:00:00Z'), office)).toBe(
      2 * HOUR,
    );
  });
});
