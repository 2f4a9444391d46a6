import type { DetectionFacts, RuleHit } from './incident.types.js';
import type { IncidentRuleSettings } from './incident-rule-settings.util.js';
import { accountLabel, accountsById, groupBy, inPeriod } from './rule-context.util.js';

/**
 * Wrong-account suspicion: a post whose attribution points to an operator the roster places on other
 * accounts but never on this one, or a post sent by a publishing application that is not on the account's
 * allow-list (a personal phone app on the brand account is how the famous wrong-account posts happened).
 * Operators without any assignment, and posts whose application is not known, give no basis and no hit.
 */
export function wrongAccountRule(
  facts: DetectionFacts,
  settings: IncidentRuleSettings['wrongAccount'],
): RuleHit[] {
  if (!settings.enabled) return [];
  const accounts = accountsById(facts);
  const accountsOfOperator = new Map(
    [...groupBy(facts.assignments, (a) => a.operatorId)].map(([op, list]) => [
      op,
      new Set(list.map((a) => a.accountId)),
    ]),
  );
  const hits: RuleHit[] = [];
  for (const item of facts.outbound) {
    if (!inPeriod(item.createdAt, facts.period)) continue;
    const reasons: string[] = [];
    const details: Record<string, unknown> = { publishedAt: item.createdAt };

    const assignedTo =
      item.operatorId && item.attributionSource !== 'roster'
        ? accountsOfOperator.get(item.operatorId)
        : undefined;
    if (assignedTo && !assignedTo.has(item.accountId)) {
      reasons.push('operator_not_assigned');
      details.operatorAssignedTo = [...assignedTo].map((id) => accountLabel(accounts, id)).sort();
      details.attributionSource = item.attributionSource;
    }
    const allowed = accounts.get(item.accountId)?.allowedApplications;
    if (allowed && allowed.length > 0 && item.application !== null) {
      const normalised = new Set(allowed.map(normaliseApplication));
      if (!normalised.has(normaliseApplication(item.application))) {
        reasons.push('application_not_allowed');
        details.application = item.application;
        details.allowedApplications = [...allowed];
      }
    }
    if (reasons.length === 0) continue;
    const label = accountLabel(accounts, item.accountId);
    hits.push({
      rule: 'wrong-account',
      kind: 'wrong_account',
      severity: settings.severity,
      subject: { type: 'outbound_item', accountId: item.accountId, externalId: item.externalId },
      occurredAt: item.createdAt,
      operatorId: item.operatorId,
      title: reasons.includes('application_not_allowed')
        ? `Posted on ${label} from ${item.application ?? ''}, which is not on the account's allow-list`
        : `Posted on ${label} by an operator not assigned to it`,
      details: { reasons, ...details },
    });
  }
  return hits;
}

export function normaliseApplication(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLowerCase();
}
