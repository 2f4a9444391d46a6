// What every rule needs besides its own facts: the period, the accounts by id, time arithmetic.
import type { DetectionAccount, DetectionFacts } from './incident.types.js';

export const MINUTE_MS = 60_000;
export const HOUR_MS = 60 * MINUTE_MS;
export const DAY_MS = 24 * HOUR_MS;

export function inPeriod(instant: Date, period: DetectionFacts['period']): boolean {
  const t = instant.getTime();
  return t >= period.from.getTime() && t < period.to.getTime();
}

export function accountsById(facts: Pick<DetectionFacts, 'accounts'>): Map<string, DetectionAccount> {
  return new Map(facts.accounts.map((a) => [a.id, a]));
}

/** `@handle`, or the id when the account is not among the facts (a title must never fail). */
export function accountLabel(accounts: Map<string, DetectionAccount>, accountId: string): string {
  const account = accounts.get(accountId);
  return account ? `@${account.handle.replace(/^@/, '')}` : accountId;
}

/** Groups items by a key, keeping their order. */
export function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

/** A shortened text for titles: the first `max` characters on one line. */
export function excerpt(text: string, max = 60): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return oneLine.length <= max ? oneLine : `${oneLine.slice(0, max - 1)}…`;
}
