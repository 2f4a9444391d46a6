import type { DetectionFacts, RuleHit } from './incident.types.js';
import type { IncidentRuleSettings } from './incident-rule-settings.util.js';
import { accountLabel, accountsById, excerpt, inPeriod } from './rule-context.util.js';
import type { TextMatcher } from './word-matcher.util.js';

/**
 * Content rules: what the account published, checked against the workspace's word lists and patterns
 * (`profanity` ships for en and de; a workspace adds words, patterns and lists of its own). The hit shows
 * every match: the term, the list it is on, and the text as it appears in the post. Deleted posts are
 * checked too: their text was captured before the deletion, and a deleted profane post is still an incident.
 */
export function contentRule(
  facts: DetectionFacts,
  matcher: TextMatcher,
  settings: IncidentRuleSettings['content'],
): RuleHit[] {
  if (!settings.enabled || matcher.size === 0) return [];
  const accounts = accountsById(facts);
  const hits: RuleHit[] = [];
  for (const item of facts.outbound) {
    if (!inPeriod(item.createdAt, facts.period)) continue;
    const matches = matcher.match(item.text);
    if (matches.length === 0) continue;
    const words = [...new Set(matches.map((m) => m.match))];
    hits.push({
      rule: 'content',
      kind: 'offensive_content',
      severity: settings.severity,
      subject: { type: 'outbound_item', accountId: item.accountId, externalId: item.externalId },
      occurredAt: item.createdAt,
      operatorId: item.operatorId,
      title: `Offensive content on ${accountLabel(accounts, item.accountId)} (${words.map((w) => `"${w}"`).join(', ')}): "${excerpt(item.text)}"`,
      details: { matches, capturedText: item.text, lists: settings.lists },
    });
  }
  return hits;
}
