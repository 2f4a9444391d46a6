import { parseTwcsDate } from './twcs-date.parser.js';

const iso = (value: string) => parseTwcsDate(value)?.toISOString() ?? null;

describe('parseTwcsDate', () => {
  it('reads the Twitter format of the dataset', () => {
    expect(iso('Wed Oct 11 06:55:44 +0000 2017')).toBe('2017-10-11T06:55:44.000Z');
    expect(iso('Tue Oct 10 15:16:08 +0000 2017')).toBe('2017-10-10T15:16:08.000Z');
  });

  it('gives each value its own result whatever was parsed before it (the day cache is invisible)', () => {
    expect(iso('Wed Oct 11 06:55:44 +0000 2017')).toBe('2017-10-11T06:55:44.000Z');
    expect(iso('Wed Oct 11 23:59:59 +0000 2017')).toBe('2017-10-11T23:59:59.000Z');
    expect(iso('Wed Oct 11 24:00:00 +0000 2017')).toBeNull();
    expect(iso('Wed Oct 11 06:5x:44 +0000 2017')).toBeNull();
    expect(iso('Wed Oct 11 06:55:44 +0000 2018')).toBeNull();
    expect(iso('Wed Oct 11 06:55:44 +0100 2017')).toBe('2017-10-11T05:55:44.000Z');
    expect(iso('Wed Oct 11 06:55:44 +0000 2017')).toBe('2017-10-11T06:55:44.000Z');
  });

  it('applies a non-zero offset', () => {
    expect(iso('Wed Oct 11 08:55:44 +0200 2017')).toBe('2017-10-11T06:55:44.000Z');
    expect(iso('Tue Oct 10 23:30:00 -0730 2017')).toBe('2017-10-11T07:00:00.000Z');
  });

  it('accepts 29 February in a leap year only', () => {
    expect(iso('Mon Feb 29 12:00:00 +0000 2016')).toBe('2016-02-29T12:00:00.000Z');
    expect(iso('Thu Feb 29 12:00:00 +0000 2017')).toBeNull();
  });

  it('reads ISO 8601 with an explicit offset, as pandas writes parsed dates', () => {
    expect(iso('2017-10-11 06:55:44+00:00')).toBe('2017-10-11T06:55:44.000Z');
    expect(iso('2017-10-11T08:55:44.250+02:00')).toBe('2017-10-11T06:55:44.250Z');
    expect(iso('2017-10-11T06:55:44Z')).toBe('2017-10-11T06:55:44.000Z');
  });

  it.each([
    '',
    'Wed Oct 11 06:55:44 +0000 20l7',
    'Wed Oct 32 06:55:44 +0000 2017',
    'Wed Okt 11 06:55:44 +0000 2017',
    'Wed Oct 11 24:00:00 +0000 2017',
    'Wed Oct 11 06:60:44 +0000 2017',
    'Wed Oct 11 06:55:44 0000 2017 ',
    'Wed Oct 11 06:55:44 +00x0 2017',
    'Thu Oct 11 06:55:44 +0000 2017',
    'Wed Oct 11 06:55:44 +0000',
    'Wed Nov 31 06:55:44 +0000 2017',
    '2017-10-11 06:55:44',
    '2017-13-11T06:55:44Z',
    'yesterday',
  ])('rejects %j', (value) => {
    expect(parseTwcsDate(value)).toBeNull();
  });
});
