import { isTimeZone, notATimeZone } from './time-zone-name.util.js';

describe('time zone names', () => {
  test.each(['Europe/Vienna', 'America/Detroit', 'UTC'])('%s is a time zone', (zone) => {
    expect(isTimeZone(zone)).toBe(true);
  });

  test.each(['Mars/Olympus_Mons', 'CET+1', ''])('%j is not', (zone) => {
    expect(isTimeZone(zone)).toBe(false);
  });

  test('the refusal names the zone and an example', () => {
    expect(notATimeZone('Europe/Wien')).toBe('"Europe/Wien" is not an IANA time zone (e.g. Europe/Vienna)');
  });
});
