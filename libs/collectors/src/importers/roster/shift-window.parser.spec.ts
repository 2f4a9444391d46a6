import { parseClock, parseShiftRule, parseShiftText } from './shift-window.parser.js';

const w = (day: number, start: string, end: string) => ({
  day,
  startMinute: parseClock(start)!,
  endMinute: parseClock(end)!,
});

describe('parseShiftText', () => {
  it('reads day ranges, single days and several windows', () => {
    expect(parseShiftText('mon-fri 09:00-17:00; sat 10:00-14:00')).toEqual({
      ok: true,
      windows: [
        w(1, '09:00', '17:00'),
        w(2, '09:00', '17:00'),
        w(3, '09:00', '17:00'),
        w(4, '09:00', '17:00'),
        w(5, '09:00', '17:00'),
        w(6, '10:00', '14:00'),
      ],
    });
  });

  it('sorts by day with Sunday as day 0, and accepts lists, full names, spaces and case', () => {
    expect(parseShiftText(' Sunday, WED 9:30 - 12:00 ;')).toEqual({
      ok: true,
      windows: [w(0, '09:30', '12:00'), w(3, '09:30', '12:00')],
    });
  });

  it('wraps a day range over the weekend and reads daily', () => {
    const weekend = parseShiftText('fri-mon 08:00-12:00');
    expect(weekend.ok && weekend.windows.map((x) => x.day)).toEqual([0, 1, 5, 6]);
    const daily = parseShiftText('daily 00:00-24:00');
    expect(daily.ok && daily.windows).toEqual([0, 1, 2, 3, 4, 5, 6].map((day) => w(day, '00:00', '24:00')));
  });

  it('splits a shift past midnight into two windows, Saturday night into Sunday', () => {
    expect(parseShiftText('sat 22:00-06:00')).toEqual({
      ok: true,
      windows: [
        { day: 0, startMinute: 0, endMinute: 360 },
        { day: 6, startMinute: 1320, endMinute: 1440 },
      ],
    });
  });

  it('reads an end of 00:00 as midnight', () => {
    expect(parseShiftText('mon 18:00-00:00')).toEqual({ ok: true, windows: [w(1, '18:00', '24:00')] });
  });

  it('does not repeat a day listed twice', () => {
    const result = parseShiftText('mon,mon-tue 09:00-10:00');
    expect(result.ok && result.windows.map((x) => x.day)).toEqual([1, 2]);
  });

  it.each([
    ['', 'no shift given'],
    ['mon-fri', 'is not "<days> <start>-<end>"'],
    ['mon-fry 09:00-17:00', '"mon-fry" is not a day'],
    ['monx 09:00-17:00', '"monx" is not a day'],
    ['mon-tue-wed 09:00-17:00', 'is not a day'],
    ['mon 9-17', 'start "9" is not a time'],
    ['mon 09:00-25:00', 'end "25:00" is not a time'],
    ['mon 24:00-02:00', 'start "24:00" is not a time'],
    ['mon 09:60-10:00', 'start "09:60" is not a time'],
    ['mon 09:00-09:00', 'is empty'],
  ])('rejects %j', (text, reason) => {
    const result = parseShiftText(text);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reason).toContain(reason);
  });
});

describe('parseShiftRule', () => {
  it('takes days as a list or as text', () => {
    const expected = { ok: true, windows: [w(1, '09:00', '17:00'), w(2, '09:00', '17:00')] };
    expect(parseShiftRule({ days: ['mon', 'tue'], start: '09:00', end: '17:00' })).toEqual(expected);
    expect(parseShiftRule({ days: 'mon-tue', start: '09:00', end: '17:00' })).toEqual(expected);
  });

  it('needs at least one day', () => {
    expect(parseShiftRule({ days: [], start: '09:00', end: '17:00' })).toEqual({
      ok: false,
      reason: 'no days given',
    });
  });
});

describe('parseClock', () => {
  it.each([
    ['00:00', 0],
    ['9:05', 545],
    ['23:59', 1439],
    ['24:00', 1440],
    ['24:01', null],
    ['12', null],
    ['1200', null],
    ['12:5', null],
  ])('%j → %j', (text, minutes) => {
    expect(parseClock(text)).toBe(minutes);
  });
});
