import { businessSecondsBetween, createBusinessHours } from './business-hours.util.js';
import { at, HOUR, weekdays } from './business-hours.fixtures.js';

// Holidays from the date-holidays calendar. Austria's National Day is Monday 26 October 2026; in Germany
// 25 and 26 December are public holidays and Christmas Eve is a bank holiday from 14:00.
describe('National Day in Vienna (AT-9), office open Monday to Friday 09:00–17:00', () => {
  // Asked Saturday 24 October 12:00 CEST, answered Tuesday 27 October 10:00 CET.
  const asked = at('2026-10-24T10:00:00Z');
  const answered = at('2026-10-27T09:00:00Z');

  test('Monday is a holiday: only Tuesday 09:00–10:00 counts', () => {
    const office = createBusinessHours({
      timeZone: 'Europe/Vienna',
      weekly: weekdays(9, 17),
      holidays: { country: 'AT', state: '9' },
    });
    expect(businessSecondsBetween(asked, answered, office)).toBe(HOUR);
  });

  test('without a holiday calendar Monday counts: 8 + 1 hours', () => {
    const office = createBusinessHours({ timeZone: 'Europe/Vienna', weekly: weekdays(9, 17) });
    expect(businessSecondsBetween(asked, answered, office)).toBe(9 * HOUR);
  });

  test('the team works through National Day: the bare date re-opens it with the weekly hours', () => {
    const office = createBusinessHours({
      timeZone: 'Europe/Vienna',
      weekly: weekdays(9, 17),
      holidays: { country: 'AT', state: '9', openDays: ['2026-10-26'] },
    });
    expect(businessSecondsBetween(asked, answered, office)).toBe(9 * HOUR);
  });

  test('a Saturday sale opens 10:00–14:00 with its own hours: asked at noon, two hours to closing', () => {
    const office = createBusinessHours({
      timeZone: 'Europe/Vienna',
      weekly: weekdays(9, 17),
      holidays: {
        country: 'AT',
        state: '9',
        openDays: [{ date: '2026-10-24', startMinute: 600, endMinute: 840 }],
      },
    });
    expect(businessSecondsBetween(asked, answered, office)).toBe(2 * HOUR + HOUR);
  });

  test('a company holiday on Tuesday as well: nothing is open until Wednesday', () => {
    const office = createBusinessHours({
      timeZone: 'Europe/Vienna',
      weekly: weekdays(9, 17),
      holidays: { country: 'AT', state: '9', closedDays: ['2026-10-27'] },
    });
    expect(businessSecondsBetween(asked, answered, office)).toBe(0);
  });

  test('a typo in the state code is refused, not silently ignored', () => {
    expect(() =>
      businessSecondsBetween(
        asked,
        answered,
        createBusinessHours({
          timeZone: 'Europe/Vienna',
          weekly: weekdays(9, 17),
          holidays: { country: 'AT', state: '99' },
        }),
      ),
    ).toThrow('Unknown holiday state "99" of AT');
  });
});

describe('Christmas in Berlin with bank holidays (Christmas Eve closes at 14:00)', () => {
  test('asked Thursday 24 December 13:00, answered Monday 28 December 09:30: 1 h + 30 min', () => {
    const office = createBusinessHours({
      timeZone: 'Europe/Berlin',
      weekly: weekdays(9, 17),
      holidays: { country: 'DE', state: 'BE', types: ['public', 'bank'] },
    });
    // 13:00–14:00 on Christmas Eve; 25 and 26 December are holidays, the 27th is a Sunday.
    expect(businessSecondsBetween(at('2026-12-24T12:00:00Z'), at('2026-12-28T08:30:00Z'), office)).toBe(
      1.5 * HOUR,
    );
  });

  test('with public holidays only, Christmas Eve is a full working day: 4 h + 30 min', () => {
    const office = createBusinessHours({
      timeZone: 'Europe/Berlin',
      weekly: weekdays(9, 17),
      holidays: { country: 'DE', state: 'BE' },
    });
    expect(businessSecondsBetween(at('2026-12-24T12:00:00Z'), at('2026-12-28T08:30:00Z'), office)).toBe(
      4.5 * HOUR,
    );
  });
});
