import type { AssignmentFact } from '../model/facts.js';
import { localWeekMinute } from './local-time.util.js';
import { isOnShift } from './shift.util.js';

const VIENNA = 'Europe/Vienna';

// Vienna switches from CET (UTC+1) to CEST (UTC+2) at 02:00 local on Sunday 29 March 2026.
const sundayMornings: AssignmentFact = {
  accountId: 'acc-vienna',
  operatorId: 'op-weekend',
  from: new Date('2026-01-01T00:00:00Z'),
  to: null,
  shifts: [{ day: 0, startMinute: 8 * 60, endMinute: 12 * 60 }],
};

describe('isOnShift across the spring DST change in Vienna', () => {
  test('the week before: 08:00 local is 07:00 UTC', () => {
    expect(isOnShift(sundayMornings, new Date('2026-03-22T07:00:00Z'), VIENNA)).toBe(true);
    expect(isOnShift(sundayMornings, new Date('2026-03-22T06:59:00Z'), VIENNA)).toBe(false);
  });

  test('the DST Sunday: 08:00 local is already 06:00 UTC', () => {
    expect(isOnShift(sundayMornings, new Date('2026-03-29T06:00:00Z'), VIENNA)).toBe(true);
    expect(isOnShift(sundayMornings, new Date('2026-03-29T05:59:00Z'), VIENNA)).toBe(false);
  });

  test('the DST Sunday: the shift ends at 12:00 local, 10:00 UTC', () => {
    expect(isOnShift(sundayMornings, new Date('2026-03-29T09:59:00Z'), VIENNA)).toBe(true);
    expect(isOnShift(sundayMornings, new Date('2026-03-29T10:00:00Z'), VIENNA)).toBe(false);
  });

  test('the same UTC instant a week apart falls on different sides of the shift start', () => {
    expect(isOnShift(sundayMornings, new Date('2026-03-22T06:30:00Z'), VIENNA)).toBe(false); // 07:30 CET
    expect(isOnShift(sundayMornings, new Date('2026-03-29T06:30:00Z'), VIENNA)).toBe(true); // 08:30 CEST
  });

  test('a night shift over the change: Saturday 22:00 to Sunday 06:00 local', () => {
    const nights: AssignmentFact = {
      ...sundayMornings,
      shifts: [{ day: 6, startMinute: 22 * 60, endMinute: 6 * 60 }],
    };
    expect(isOnShift(nights, new Date('2026-03-28T21:00:00Z'), VIENNA)).toBe(true); // Sat 22:00 CET
    expect(isOnShift(nights, new Date('2026-03-29T01:30:00Z'), VIENNA)).toBe(true); // Sun 03:30 CEST
    expect(isOnShift(nights, new Date('2026-03-29T03:59:00Z'), VIENNA)).toBe(true); // Sun 05:59 CEST
    expect(isOnShift(nights, new Date('2026-03-29T04:00:00Z'), VIENNA)).toBe(false); // Sun 06:00 CEST
  });

  test('the local clock skips 02:00–03:00 on the DST Sunday', () => {
    expect(localWeekMinute(new Date('2026-03-29T00:59:00Z'), VIENNA)).toEqual({
      day: 0,
      minute: 1 * 60 + 59,
    });
    expect(localWeekMinute(new Date('2026-03-29T01:00:00Z'), VIENNA)).toEqual({ day: 0, minute: 3 * 60 });
  });
});

describe('isOnShift and the assignment period', () => {
  const handover = new Date('2026-04-15T00:00:00Z');
  const agency: AssignmentFact = {
    accountId: 'acc',
    operatorId: 'op-agency',
    from: new Date('2026-01-01T00:00:00Z'),
    to: handover,
    shifts: null,
  };

  test('no shift windows: on shift around the clock within the assignment', () => {
    expect(isOnShift(agency, new Date('2026-03-29T03:17:00Z'), VIENNA)).toBe(true);
  });

  test('the end of the assignment is exclusive: handed over at midnight', () => {
    expect(isOnShift(agency, new Date('2026-04-14T23:59:59Z'), VIENNA)).toBe(true);
    expect(isOnShift(agency, handover, VIENNA)).toBe(false);
  });

  test('before the assignment starts: not on shift', () => {
    expect(isOnShift(agency, new Date('2025-12-31T23:59:59Z'), VIENNA)).toBe(false);
  });

  test('an unknown time zone is reported by name', () => {
    expect(() => isOnShift(sundayMornings, new Date('2026-03-22T07:00:00Z'), 'Europe/Atlantis')).toThrow(
      /Europe\/Atlantis/,
    );
  });
});
