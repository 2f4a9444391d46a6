import type { DetectionFacts, RuleHit, SlaBreach } from './incident.types.js';
import type { IncidentRuleSettings } from './incident-rule-settings.util.js';
import { accountLabel, accountsById, groupBy, HOUR_MS, inPeriod } from './rule-context.util.js';

/** Item ids kept in a hit's details; the count is always complete. */
const MAX_LISTED = 50;

/**
 * SLA breach streaks: `breaches` or more first-response deadlines missed within `withinHours` on one
 * account. A breach happens at its deadline. Overlapping qualifying windows are one streak, so a bad day is
 * one incident, not one per breach; the streak occurs when its n-th breach happens.
 */
export function slaBreachStreakRule(
  facts: DetectionFacts,
  breaches: readonly SlaBreach[],
  settings: IncidentRuleSettings['slaBreachStreak'],
): RuleHit[] {
  if (!settings.enabled || settings.breaches < 1) return [];
  const accounts = accountsById(facts);
  const windowMs = settings.withinHours * HOUR_MS;
  const hits: RuleHit[] = [];
  for (const [accountId, list] of groupBy(breaches, (b) => b.accountId)) {
    const sorted = [...list].sort((a, b) => a.deadline.getTime() - b.deadline.getTime());
    for (const streak of streaks(sorted, settings.breaches, windowMs)) {
      const occurredAt = streak[settings.breaches - 1].deadline;
      if (!inPeriod(occurredAt, facts.period)) continue;
      const from = streak[0].deadline;
      const to = streak[streak.length - 1].deadline;
      hits.push({
        rule: 'sla-breach-streak',
        kind: 'sla_breach_streak',
        severity: settings.severity,
        subject: { type: 'account_window', accountId, from, to },
        occurredAt,
        operatorId: null,
        title: `${streak.length} SLA breaches in a row on ${accountLabel(accounts, accountId)}`,
        details: {
          breaches: streak.length,
          unanswered: streak.filter((b) => b.answeredAt === null).length,
          threshold: { breaches: settings.breaches, withinHours: settings.withinHours },
          firstDeadline: from,
          lastDeadline: to,
          items: streak.slice(0, MAX_LISTED).map((b) => b.inboundExternalId),
        },
      });
    }
  }
  return hits;
}

/** Maximal runs of breaches covered by windows that each hold at least `n` breaches. */
function streaks(sorted: readonly SlaBreach[], n: number, windowMs: number): SlaBreach[][] {
  const inStreak = new Array<boolean>(sorted.length).fill(false);
  let start = 0;
  for (let end = 0; end < sorted.length; end += 1) {
    while (sorted[end].deadline.getTime() - sorted[start].deadline.getTime() > windowMs) start += 1;
    if (end - start + 1 >= n) inStreak.fill(true, start, end + 1);
  }
  const result: SlaBreach[][] = [];
  let current: SlaBreach[] = [];
  sorted.forEach((breach, i) => {
    const last = current.at(-1);
    // Two streaks far apart stay two, even when no breach between them falls outside a streak.
    if (last && (!inStreak[i] || breach.deadline.getTime() - last.deadline.getTime() > windowMs)) {
      result.push(current);
      current = [];
    }
    if (inStreak[i]) current.push(breach);
  });
  if (current.length > 0) result.push(current);
  return result;
}
