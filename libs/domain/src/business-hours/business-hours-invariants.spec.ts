import fc from 'fast-check';
import type { ShiftWindow } from '../model/facts.js';
import { addBusinessSeconds, businessMsBetween, createBusinessHours } from './business-hours.util.js';

// Zones with DST at unusual times: New York, Vienna, Newfoundland (−3:30, changes at 02:00 local), Lord Howe
// (a 30-minute DST shift), Kolkata (no DST, +5:30).
const zones = [
  'UTC',
  'Europe/Vienna',
  'America/New_York',
  'America/St_Johns',
  'Australia/Lord_Howe',
  'Asia/Kolkata',
];
const window = fc.record({
  day: fc.integer({ min: 0, max: 6 }),
  startMinute: fc.integer({ min: 0, max: 1439 }),
  endMinute: fc.integer({ min: 0, max: 1440 }),
});
const schedule = fc.record({
  timeZone: fc.constantFrom(...zones),
  weekly: fc.array(window, { maxLength: 6 }),
  closedDays: fc.array(
    fc.date({ min: new Date('2026-01-01'), max: new Date('2026-12-31'), noInvalidDate: true }),
    {
      maxLength: 5,
    },
  ),
});
// Instants in 2026, which holds both DST changes of every zone above.
const instant = fc.integer({ min: Date.UTC(2026, 0, 1), max: Date.UTC(2027, 0, 1) });

interface ScheduleCase {
  timeZone: string;
  weekly: ShiftWindow[];
  closedDays: Date[];
}

const build = (s: ScheduleCase) =>
  createBusinessHours({
    timeZone: s.timeZone,
    weekly: s.weekly,
    holidays: { closedDays: s.closedDays.map((d) => d.toISOString().slice(0, 10)) },
  });

describe('business-hours clock invariants (property-based)', () => {
  test('business seconds never exceed calendar seconds, and are never negative', () => {
    fc.assert(
      fc.property(schedule, instant, fc.integer({ min: 0, max: 30 * 86_400_000 }), (s, start, span) => {
        const business = businessMsBetween(start, start + span, build(s));
        return business >= 0 && business <= span;
      }),
      { numRuns: 100 },
    );
  });

  test('splitting an interval anywhere adds up to the whole', () => {
    fc.assert(
      fc.property(schedule, instant, instant, instant, (s, a, b, c) => {
        const [start, middle, end] = [a, b, c].sort((x, y) => x - y);
        const hours = build(s);
        return (
          businessMsBetween(start, middle, hours) + businessMsBetween(middle, end, hours) ===
          businessMsBetween(start, end, hours)
        );
      }),
      { numRuns: 100 },
    );
  });

  test('a deadline is exactly its target in business time after the start', () => {
    fc.assert(
      fc.property(schedule, instant, fc.integer({ min: 1, max: 40 * 3600 }), (s, start, seconds) => {
        const hours = build(s);
        const deadline = addBusinessSeconds(new Date(start), seconds, hours);
        if (deadline === null) return true; // no open hours in the year ahead
        return businessMsBetween(start, deadline.getTime(), hours) === seconds * 1000;
      }),
      { numRuns: 100 },
    );
  });
});
