import { dateReaderFor } from './mapped-date.parser.js';

const local = (
  year: number,
  month: number,
  day: number,
  hour: number,
  minute: number,
  second = 0,
  millisecond = 0,
) => ({
  year,
  month,
  day,
  hour,
  minute,
  second,
  millisecond,
});

describe('created_at formats a mapping can name', () => {
  test('a European pattern gives a local time, read later in the account zone', () => {
    const read = dateReaderFor({ pattern: 'DD.MM.YYYY HH:mm' });
    expect(read('03.06.2024 09:12')).toEqual(local(2024, 6, 3, 9, 12));
    expect(read('31.06.2024 09:12')).toBeNull();
    expect(read('3.6.2024 09:12')).toBeNull();
  });

  test('month names, 12-hour clocks, fractions and offsets', () => {
    expect(dateReaderFor({ pattern: 'D MMM YYYY h:mm A' })('7 Jun 2024 12:05 AM')).toEqual(
      local(2024, 6, 7, 0, 5),
    );
    expect(dateReaderFor({ pattern: 'M/D/YYYY h:mm:ss a' })('6/7/2024 1:05:09 pm')).toEqual(
      local(2024, 6, 7, 13, 5, 9),
    );
    expect(dateReaderFor({ pattern: 'YYYY-MM-DD HH:mm:ss.SSS Z' })('2024-06-07 23:30:00.250 -02:00')).toEqual(
      new Date('2024-06-08T01:30:00.250Z'),
    );
    expect(
      dateReaderFor({ pattern: 'ddd, DD MMM YYYY HH:mm:ss ZZ' })('Fri, 07 Jun 2024 10:00:00 +0200'),
    ).toEqual(new Date('2024-06-07T08:00:00Z'));
  });

  test('iso, twitter and unix', () => {
    expect(dateReaderFor('iso')('2024-06-07T10:00:00+02:00')).toEqual(new Date('2024-06-07T08:00:00Z'));
    expect(dateReaderFor('iso')('2024-06-07 10:00')).toEqual(local(2024, 6, 7, 10, 0));
    expect(dateReaderFor('twitter')('Wed Oct 11 06:55:44 +0000 2017')).toEqual(
      new Date('2017-10-11T06:55:44Z'),
    );
    expect(dateReaderFor('unix')('1717747200')).toEqual(new Date('2024-06-07T08:00:00Z'));
    expect(dateReaderFor('unix_ms')('1717747200123')).toEqual(new Date('2024-06-07T08:00:00.123Z'));
    expect(dateReaderFor('unix')('-5')).toBeNull();
  });

  test('a pattern without the parts of a time, or with h but no AM/PM, is refused when the mapping is read', () => {
    expect(() => dateReaderFor({ pattern: 'DD.MM.YYYY' })).toThrow(/has no HH, mm/);
    expect(() => dateReaderFor({ pattern: 'DD.MM.YYYY h:mm' })).toThrow(/h\/hh together with A/);
  });
});
