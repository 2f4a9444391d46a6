import { addBusinessSeconds, businessSecondsBetween, createBusinessHours } from './business-hours.util.js';
import { at, HOUR, weekdays } from './business-hours.fixtures.js';

// Vienna: CET (UTC+1) in winter, CEST (UTC+2) in summer. In 2026 the clocks go forward on Sunday 29 March
// (02:00 → 03:00) and back on Sunday 25 October (03:00 → 02:00).
describe('DST weekend in Vienna, office open Monday to Friday 09:00–17:00', () => {
  const office = createBusinessHours({ timeZone: 'Europe/Vienna', weekly: weekdays(9, 17) });

  test('spring: asked Friday 16:30, answered Monday 09:30 — one business hour, 64 calendar hours', () => {
    const asked = at('2026-03-27T15:30:00Z'); // Friday 16:30 CET
    const answered = at('2026-03-30T07:30:00Z'); // Monday 09:30 CEST
    // 30 minutes on Friday until 17:00, 30 minutes on Monday from 09:00.
    expect(businessSecondsBetween(asked, answered, office)).toBe(HOUR);
    // The wall clock says 65 hours; one of them never happened.
    expect((answered.getTime() - asked.getTime()) / 1000).toBe(64 * HOUR);
  });

  test('spring: the SLA deadline of one business hour is Monday 09:30 summer time', () => {
    expect(addBusinessSeconds(at('2026-03-27T15:30:00Z'), HOUR, office)?.toISOString()).toBe(
      '2026-03-30T07:30:00.000Z',
    );
  });

  test('autumn: asked Friday 16:30, answered Monday 09:30 — one business hour, 66 calendar hours', () => {
    const asked = at('2026-10-23T14:30:00Z'); // Friday 16:30 CEST
    const answered = at('2026-10-26T08:30:00Z'); // Monday 09:30 CET
    expect(businessSecondsBetween(asked, answered, office)).toBe(HOUR);
    expect((answered.getTime() - asked.getTime()) / 1000).toBe(66 * HOUR);
  });

  test('a full week across the spring change still holds exactly 40 open hours', () => {
    expect(businessSecondsBetween(at('2026-03-22T00:00:00Z'), at('2026-04-05T00:00:00Z'), office)).toBe(
      80 * HOUR,
    );
  });
});

describe('DST weekend in Vienna, weekend desk open Sunday 00:00–06:00', () => {
  const desk = createBusinessHours({
    timeZone: 'Europe/Vienna',
    weekly: [{ day: 0, startMinute: 0, endMinute: 6 * 60 }],
  });

  test('on 29 March the desk is open five real hours (02:00–03:00 does not exist)', () => {
    // Saturday noon to Sunday noon covers the whole desk shift.
    expect(businessSecondsBetween(at('2026-03-28T11:00:00Z'), at('2026-03-29T10:00:00Z'), desk)).toBe(
      5 * HOUR,
    );
  });

  test('on 25 October it is open seven real hours (02:00–03:00 happens twice)', () => {
    expect(businessSecondsBetween(at('2026-10-24T10:00:00Z'), at('2026-10-25T11:00:00Z'), desk)).toBe(
      7 * HOUR,
    );
  });

  test('on an ordinary Sunday it is open six hours', () => {
    expect(businessSecondsBetween(at('2026-03-21T11:00:00Z'), at('2026-03-22T11:00:00Z'), desk)).toBe(
      6 * HOUR,
    );
  });
});
