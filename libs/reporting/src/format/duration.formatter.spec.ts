import { formatDuration, type DurationUnits } from './duration.formatter.js';

const EN: DurationUnits = { second: 's', minute: 'min', hour: 'h', day: 'd' };
const DE: DurationUnits = { second: 'Sek.', minute: 'Min.', hour: 'Std.', day: 'Tg.' };
// Number and unit are joined by a no-break space; compare against ordinary spaces for readability.
const en = (seconds: number) => formatDuration(seconds, EN, 'en-GB').replace(/\u00a0/g, ' ');
const de = (seconds: number) => formatDuration(seconds, DE, 'de-DE').replace(/\u00a0/g, ' ');

describe('formatDuration', () => {
  it('shows seconds below a minute', () => {
    expect(en(0)).toBe('0 s');
    expect(en(45)).toBe('45 s');
    expect(de(45)).toBe('45 Sek.');
    expect(en(59.4)).toBe('59 s');
  });

  it('shows minutes below an hour, rounded', () => {
    expect(en(59.6)).toBe('1 min');
    expect(en(12 * 60 + 29)).toBe('12 min');
    expect(de(12 * 60 + 31)).toBe('13 Min.');
  });

  it('shows hours and minutes below a day', () => {
    expect(en(2 * 3600 + 5 * 60)).toBe('2 h 5 min');
    expect(de(7500)).toBe('2 Std. 5 Min.');
    expect(en(3 * 3600)).toBe('3 h');
  });

  it('rounds once, so 1 h 59 min 50 s is "2 h", never "1 h 60 min"', () => {
    expect(en(3600 + 59 * 60 + 50)).toBe('2 h');
    expect(en(23 * 3600 + 59 * 60 + 40)).toBe('1 d');
  });

  it('shows days and hours from a day on', () => {
    expect(en(27 * 3600)).toBe('1 d 3 h');
    expect(de(40 * 3600 + 20 * 60)).toBe('1 Tg. 16 Std.');
    expect(de(1234 * 86400)).toBe('1.234 Tg.');
  });

  it('keeps number and unit together with a no-break space', () => {
    expect(formatDuration(7500, DE, 'de-DE')).toBe('2\u00a0Std. 5\u00a0Min.');
  });

  it('refuses negative and non-finite values (data errors belong in their own column)', () => {
    expect(() => formatDuration(-1, EN, 'en-GB')).toThrow(RangeError);
    expect(() => formatDuration(Number.NaN, EN, 'en-GB')).toThrow(RangeError);
  });
});
