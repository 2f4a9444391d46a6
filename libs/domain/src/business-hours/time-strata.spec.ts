import { accountHours } from './account-hours.util.js';
import { at, weekdays } from './business-hours.fixtures.js';
import { timeStratumOf } from './time-stratum.util.js';
import type { AccountFact } from '../model/facts.js';

const account = (extra: Partial<AccountFact>): AccountFact => ({
  id: 'acc',
  handle: 'acme',
  platform: 'x',
  timeZone: 'America/New_York',
  signaturePattern: null,
  ...extra,
});

// New York is UTC−4 in June.
describe('time strata of a New York account open weekdays 08:00–20:00', () => {
  const { strata } = accountHours(account({ businessHours: weekdays(8, 20), holidays: { country: 'US' } }));

  test.each([
    ['Wednesday 10:00', '2026-06-10T14:00:00Z', 'weekday_business_hours'],
    ['Wednesday 21:00', '2026-06-11T01:00:00Z', 'weekday_off_hours'],
    ['Thursday 07:59', '2026-06-11T11:59:00Z', 'weekday_off_hours'],
    ['Saturday 10:00', '2026-06-13T14:00:00Z', 'weekend'],
    ['Sunday 23:30', '2026-06-15T03:30:00Z', 'weekend'],
    ['Friday 3 July, Independence Day observed', '2026-07-03T14:00:00Z', 'weekend'],
  ])('%s is %s', (_label, instant, stratum) => {
    expect(timeStratumOf(at(instant), strata)).toBe(stratum);
  });
});

describe('time strata of an account without a schedule', () => {
  const hours = accountHours(account({ timeZone: 'UTC' }));

  test('strata follow office hours Monday to Friday 09:00–17:00, the clock runs around the clock', () => {
    expect(timeStratumOf(at('2026-06-10T10:00:00Z'), hours.strata)).toBe('weekday_business_hours');
    expect(timeStratumOf(at('2026-06-10T18:00:00Z'), hours.strata)).toBe('weekday_off_hours');
    expect(hours.clock.scheduled).toBe(false);
    expect(hours.slaTargetSeconds).toBe(3600);
  });
});
