import type { DetectionFacts, RuleHit } from './incident.types.js';
import type { IncidentRuleSettings } from './incident-rule-settings.util.js';
import { accountLabel, accountsById, excerpt, inPeriod, MINUTE_MS } from './rule-context.util.js';

/**
 * A post deleted within `withinMinutes` of publication: the classic sign of a mistake (METRICS.md). The
 * deletion time is when the collector noticed it, an upper bound: a deletion noticed late looks slower than
 * it was, never faster. The captured text is the evidence; the deletion itself contained the incident.
 */
export function deletedQuicklyRule(
  facts: DetectionFacts,
  settings: IncidentRuleSettings['deletedQuickly'],
): RuleHit[] {
  if (!settings.enabled) return [];
  const accounts = accountsById(facts);
  const limitMs = settings.withinMinutes * MINUTE_MS;
  const hits: RuleHit[] = [];
  for (const item of facts.outbound) {
    if (!item.deletedAt || !inPeriod(item.createdAt, facts.period)) continue;
    const aliveMs = item.deletedAt.getTime() - item.createdAt.getTime();
    if (aliveMs < 0 || aliveMs > limitMs) continue;
    const minutes = Math.round(aliveMs / MINUTE_MS);
    hits.push({
      rule: 'deleted-quickly',
      kind: 'deleted_quickly',
      severity: settings.severity,
      subject: { type: 'outbound_item', accountId: item.accountId, externalId: item.externalId },
      occurredAt: item.createdAt,
      operatorId: item.operatorId,
      title: `Deleted ${minutes} min after publication on ${accountLabel(accounts, item.accountId)}: "${excerpt(item.text)}"`,
      details: {
        publishedAt: item.createdAt,
        deletedAt: item.deletedAt,
        secondsOnline: Math.round(aliveMs / 1000),
        withinMinutes: settings.withinMinutes,
        capturedText: item.text,
      },
    });
  }
  return hits;
}
