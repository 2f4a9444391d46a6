import { isAssignedAt, isOnShift } from '../attribution/shift.util.js';
import type { AssignmentFact } from '../model/facts.js';
import type { DetectionFacts, DetectionOutbound, RuleHit } from './incident.types.js';
import type { IncidentRuleSettings } from './incident-rule-settings.util.js';
import { accountLabel, accountsById, groupBy, inPeriod, MINUTE_MS } from './rule-context.util.js';

/**
 * Publication by an operator outside their assignment or shift on that account, or after their assignment
 * ended (METRICS.md: unauthorised access). Judged only where the roster knows the person on this account:
 *
 * - items attributed by the roster itself are on shift by construction and are skipped;
 * - an operator the roster does not place on this account at any time is the wrong-account rule's case;
 * - an operator with no assignment at all (a signature nobody has mapped yet) gives no basis to judge.
 *
 * A shift boundary has `graceMinutes` of grace either side (finishing a thread at 17:05 is not off duty);
 * an assignment's end has none: acting after the contract ended is exactly what the rule is for.
 */
export function offDutyPublicationRule(
  facts: DetectionFacts,
  settings: IncidentRuleSettings['offDutyPublication'],
): RuleHit[] {
  if (!settings.enabled) return [];
  const accounts = accountsById(facts);
  const byOperatorAccount = groupBy(facts.assignments, (a) => `${a.operatorId}|${a.accountId}`);
  const graceMs = settings.graceMinutes * MINUTE_MS;
  const hits: RuleHit[] = [];

  for (const item of facts.outbound) {
    if (!item.operatorId || item.attributionSource === 'roster' || !inPeriod(item.createdAt, facts.period))
      continue;
    const account = accounts.get(item.accountId);
    const assignments = byOperatorAccount.get(`${item.operatorId}|${item.accountId}`);
    if (!account || !assignments) continue;
    const at = item.createdAt;
    const onShiftNear = (a: AssignmentFact) =>
      [0, -graceMs, graceMs].some((offset) => {
        const t = new Date(at.getTime() + offset);
        return isAssignedAt(a, at) && isOnShift(a, t, account.timeZone);
      });
    if (assignments.some(onShiftNear)) continue;

    const label = accountLabel(accounts, item.accountId);
    if (assignments.some((a) => isAssignedAt(a, at))) {
      hits.push(
        hit(
          item,
          'off_duty_publication',
          settings.outsideShiftSeverity,
          `Published outside shift on ${label}`,
          {
            reason: 'outside_shift',
            shifts: assignments.filter((a) => isAssignedAt(a, at)).flatMap((a) => a.shifts ?? []),
            timeZone: account.timeZone,
            graceMinutes: settings.graceMinutes,
          },
        ),
      );
      continue;
    }
    const lastEnd = latestEnd(assignments);
    if (lastEnd !== null && lastEnd.getTime() <= at.getTime()) {
      hits.push(
        hit(
          item,
          'unauthorised_access',
          settings.afterAssignmentEndSeverity,
          `Published after the assignment on ${label} ended`,
          {
            reason: 'after_assignment_end',
            assignmentEndedAt: lastEnd,
            minutesAfterEnd: Math.round((at.getTime() - lastEnd.getTime()) / MINUTE_MS),
          },
        ),
      );
      continue;
    }
    hits.push(
      hit(
        item,
        'off_duty_publication',
        settings.outsideAssignmentSeverity,
        `Published outside the assignment on ${label}`,
        {
          reason: 'outside_assignment',
          assignments: assignments.map((a) => ({ from: a.from, to: a.to })),
        },
      ),
    );
  }
  return hits;
}

/** The end of the operator's last assignment on the account; null while one of them runs open-ended. */
function latestEnd(assignments: readonly AssignmentFact[]): Date | null {
  let latest: Date | null = null;
  for (const a of assignments) {
    if (a.to === null) return null;
    if (latest === null || a.to.getTime() > latest.getTime()) latest = a.to;
  }
  return latest;
}

function hit(
  item: DetectionOutbound,
  kind: RuleHit['kind'],
  severity: RuleHit['severity'],
  title: string,
  details: Record<string, unknown>,
): RuleHit {
  return {
    rule: 'off-duty-publication',
    kind,
    severity,
    subject: { type: 'outbound_item', accountId: item.accountId, externalId: item.externalId },
    occurredAt: item.createdAt,
    operatorId: item.operatorId,
    title,
    details: { ...details, publishedAt: item.createdAt, attributionSource: item.attributionSource },
  };
}
