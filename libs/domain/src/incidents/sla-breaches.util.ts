import { accountHoursLookup } from '../business-hours/account-hours.util.js';
import { addBusinessSeconds } from '../business-hours/business-hours.util.js';
import type { AccountFact } from '../model/facts.js';
import type { FirstResponse } from '../responsiveness/first-response.types.js';
import type { DetectionAccount, SlaBreach } from './incident.types.js';

/** When an inbound item's first response is due. Business hours, where the account has them, come from the caller. */
export type SlaDeadline = (receivedAt: Date, account: DetectionAccount) => Date;

/** The calendar deadline: the account's target in plain seconds after the item arrived. */
export const calendarDeadline: SlaDeadline = (receivedAt, account) =>
  new Date(receivedAt.getTime() + account.slaTargetSeconds * 1000);

/**
 * SLA breaches among first responses (METRICS.md, SLA attainment): answered after the deadline, or still
 * unanswered when the data ends after the deadline. Items whose deadline lies beyond the end of the data
 * are not decided yet; items with a negative reply interval are data errors and are left out, as in every
 * responsiveness figure.
 */
export function findSlaBreaches(
  responses: readonly FirstResponse[],
  accounts: ReadonlyMap<string, DetectionAccount>,
  dataEnd: Date,
  deadlineOf: SlaDeadline = calendarDeadline,
): SlaBreach[] {
  const breaches: SlaBreach[] = [];
  for (const response of responses) {
    if (response.negativeIntervals > 0) continue;
    const account = accounts.get(response.inbound.accountId);
    if (!account) continue;
    const deadline = deadlineOf(response.clockStart, account);
    const answeredAt = response.responseSeconds === null ? null : (response.reply?.createdAt ?? null);
    const late = answeredAt !== null && answeredAt.getTime() > deadline.getTime();
    const missed = answeredAt === null && deadline.getTime() < dataEnd.getTime();
    if (!late && !missed) continue;
    breaches.push({
      accountId: account.id,
      inboundExternalId: response.inbound.externalId,
      receivedAt: response.inbound.createdAt,
      deadline,
      answeredAt,
    });
  }
  return breaches.sort((a, b) => a.deadline.getTime() - b.deadline.getTime());
}

/**
 * The business-hours deadline (METRICS.md: the target counts the account's open hours, time zone and
 * holidays included), from the accounts' facts. An item whose deadline lies beyond any opening the clock
 * can find is never due.
 */
export function businessHoursDeadline(accounts: readonly AccountFact[]): SlaDeadline {
  const hoursOf = accountHoursLookup(accounts);
  return (receivedAt, account) => {
    const hours = hoursOf(account.id);
    return addBusinessSeconds(receivedAt, hours.slaTargetSeconds, hours.clock) ?? NEVER;
  };
}

const NEVER = new Date(8.64e15);
