import { EVERY_DAY, WEEKDAYS, clockMinutes, onDays } from './weekly-windows.js';

describe('weekly windows', () => {
  it('reads clock times, including the end of the day', () => {
    expect(clockMinutes('07:30')).toBe(450);
    expect(clockMinutes('24:00')).toBe(1440);
    expect(() => clockMinutes('7:30')).toThrow(RangeError);
    expect(() => clockMinutes('12:60')).toThrow(RangeError);
    expect(() => clockMinutes('24:30')).toThrow(RangeError);
  });

  it('builds one window per day', () => {
    expect(onDays(WEEKDAYS, '08:00', '18:00')).toHaveLength(5);
    expect(onDays([1], '08:00', '18:00')).toEqual([{ day: 1, startMinute: 480, endMinute: 1080 }]);
  });

  it('splits windows running past midnight into the next day, Saturday into Sunday', () => {
    expect(onDays([6], '22:00', '06:00')).toEqual([
      { day: 6, startMinute: 1320, endMinute: 1440 },
      { day: 0, startMinute: 0, endMinute: 360 },
    ]);
    expect(onDays([2], '20:00', '00:00')).toEqual([{ day: 2, startMinute: 1200, endMinute: 1440 }]);
    const minutes = onDays(EVERY_DAY, '21:00', '07:00').reduce(
      (sum, w) => sum + w.endMinute - w.startMinute,
      0,
    );
    expect(minutes).toBe(7 * 10 * 60);
  });
});
