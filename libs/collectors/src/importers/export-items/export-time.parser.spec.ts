import { localToUtc, parseExportTime, parseIsoDateTime, parseUsDateTime } from './export-time.parser.js';
import { kindOfPostType, platformOfNetwork } from './platform-name.util.js';

const local = (year: number, month: number, day: number, hour: number, minute: number, second = 0) => ({
  year,
  month,
  day,
  hour,
  minute,
  second,
  millisecond: 0,
});

describe('times as exports write them', () => {
  test('Meta and US tool dates: MM/DD/YYYY with a 24-hour or AM/PM clock', () => {
    expect(parseUsDateTime('05/02/2024 09:15')).toEqual(local(2024, 5, 2, 9, 15));
    expect(parseUsDateTime('5/2/2024 9:15:30')).toEqual(local(2024, 5, 2, 9, 15, 30));
    expect(parseUsDateTime('05/02/2024 12:05 am')).toEqual(local(2024, 5, 2, 0, 5));
    expect(parseUsDateTime('05/02/2024 2:40 P.M.')).toEqual(local(2024, 5, 2, 14, 40));
    for (const bad of [
      '02/30/2024 09:15',
      '13/02/2024 09:15',
      '05/02/2024 24:00',
      '05/02/2024 13:00 pm',
      'Lifetime',
    ])
      expect(parseUsDateTime(bad)).toBeNull();
  });

  test('ISO 8601: an instant with an offset, a local time without', () => {
    expect(parseIsoDateTime('2024-05-02T09:15:00+02:00')).toEqual(new Date('2024-05-02T07:15:00Z'));
    expect(parseIsoDateTime('2024-05-02 09:15:00.5Z')).toEqual(new Date('2024-05-02T09:15:00.500Z'));
    expect(parseIsoDateTime('2024-05-02T09:15')).toEqual(local(2024, 5, 2, 9, 15));
    expect(parseIsoDateTime('2024-05-02')).toBeNull();
    expect(parseIsoDateTime('2024-05-02T09:15+15:00')).toBeNull();
  });

  test('a local time is read in the zone, around DST changes as the domain resolves them', () => {
    expect(localToUtc(local(2024, 5, 2, 9, 15, 30), 'Europe/Vienna')).toEqual(
      new Date('2024-05-02T07:15:30Z'),
    );
    expect(localToUtc(local(2024, 1, 2, 9, 15), 'Europe/Vienna')).toEqual(new Date('2024-01-02T08:15:00Z'));
    // 02:30 happened twice on 27 October 2024 in Vienna: the later instant (+01:00) is taken.
    expect(localToUtc(local(2024, 10, 27, 2, 30), 'Europe/Vienna')).toEqual(new Date('2024-10-27T01:30:00Z'));
    // 02:30 never happened on 31 March 2024: read with the offset before the change (+01:00).
    expect(localToUtc(local(2024, 3, 31, 2, 30), 'Europe/Vienna')).toEqual(new Date('2024-03-31T01:30:00Z'));
  });

  test('--exported-at without an offset is read in the workspace zone', () => {
    expect(parseExportTime('2024-06-01T08:00', 'Europe/Vienna')).toEqual(new Date('2024-06-01T06:00:00Z'));
    expect(parseExportTime('2024-06-01T08:00Z', 'Europe/Vienna')).toEqual(new Date('2024-06-01T08:00:00Z'));
    expect(parseExportTime('yesterday', 'UTC')).toBeNull();
  });
});

describe('network names from tools', () => {
  test.each([
    ['X', 'x'],
    ['Twitter', 'x'],
    ['X (formerly Twitter)', 'x'],
    ['Facebook Page', 'facebook'],
    ['Instagram Business', 'instagram'],
    ['LinkedIn Company Page', 'linkedin'],
    ['Bluesky', 'bluesky'],
    ['Google Business Profile', 'google-business-profile'],
    ['***', null],
  ])('%s → %s', (name, platform) => {
    expect(platformOfNetwork(name)).toBe(platform);
  });

  test('post types become kinds', () => {
    expect(
      ['Post', 'Reel', 'Reply', 'Quote Reply', 'Comment', 'Direct Message', 'DM'].map(kindOfPostType),
    ).toEqual(['post', 'post', 'reply', 'reply', 'comment', 'dm', 'dm']);
  });
});
