// One place that turns an account's facts into its clocks, so every calculator reads the same hours.
import type { AccountFact } from '../model/facts.js';
import type { BusinessHours } from './business-hours.types.js';
import { createBusinessHours } from './business-hours.util.js';
import { DEFAULT_STRATUM_HOURS } from './time-stratum.util.js';

/** METRICS.md: the SLA target defaults to 60 business minutes. */
export const DEFAULT_SLA_TARGET_SECONDS = 3600;

export interface AccountHours {
  accountId: string;
  /** The business-hours clock: the account's schedule, or around the clock without one. */
  clock: BusinessHours;
  /** The hours that define its time strata: its schedule, or DEFAULT_STRATUM_HOURS without one. */
  strata: BusinessHours;
  slaTargetSeconds: number;
}

export type AccountHoursLookup = (accountId: string) => AccountHours;

export function accountHours(account: AccountFact): AccountHours {
  const scheduled = (account.businessHours?.length ?? 0) > 0;
  const clock = createBusinessHours({
    timeZone: account.timeZone,
    weekly: account.businessHours ?? null,
    holidays: account.holidays ?? null,
  });
  const slaTargetSeconds = account.slaTargetSeconds ?? DEFAULT_SLA_TARGET_SECONDS;
  if (!(slaTargetSeconds >= 0)) throw new RangeError(`SLA target of ${account.handle} must be >= 0 seconds`);
  return {
    accountId: account.id,
    clock,
    strata: scheduled
      ? clock
      : createBusinessHours({
          timeZone: account.timeZone,
          weekly: DEFAULT_STRATUM_HOURS,
          holidays: account.holidays ?? null,
        }),
    slaTargetSeconds,
  };
}

/**
 * Clocks for every account, built once. An item of an account that is not in the list is an error: its
 * zone and hours are unknown, and guessing UTC would silently misplace every item.
 */
export function accountHoursLookup(accounts: readonly AccountFact[]): AccountHoursLookup {
  const byId = new Map(accounts.map((account) => [account.id, accountHours(account)]));
  return (accountId) => {
    const hours = byId.get(accountId);
    if (!hours) throw new Error(`No account facts for account ${accountId}`);
    return hours;
  };
}
