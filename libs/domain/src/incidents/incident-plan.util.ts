import { canonicalJson } from '../audit/canonical-json.util.js';
import type {
  ExistingIncident,
  IncidentDraft,
  IncidentPlan,
  IncidentUpdate,
  IncidentWindow,
  RuleHitRecord,
} from './incident-draft.types.js';
import type { IncidentRuleSettings } from './incident-rule-settings.util.js';
import type { DetectionOutbound, IncidentRuleId } from './incident.types.js';
import { distinctRules, incidentSeverity, leadHit } from './incident-drafts.util.js';
import { maxSeverity } from './severity.util.js';

/**
 * What detection changes in the ledger: drafts that match no incident become new incidents; a draft that
 * matches one (the same item, or an overlapping window of the same rule on the same account) adds its new
 * hits to it. Running detection twice over the same facts changes nothing. Detection never lowers a
 * severity (a person may have raised it), never reopens what a person closed or dismissed, and never
 * renames the kind of a manual report.
 */
export function planIncidentChanges(
  drafts: readonly IncidentDraft[],
  existing: readonly ExistingIncident[],
  items: ReadonlyMap<string, DetectionOutbound>,
  escalation: IncidentRuleSettings['escalation'],
): IncidentPlan {
  const plan: IncidentPlan = { create: [], update: [], unchanged: 0 };
  const claimed = new Set<string>();
  for (const draft of drafts) {
    const match = existing.find((e) => !claimed.has(e.id) && isSameIncident(e, draft));
    if (!match) {
      plan.create.push(draft);
      continue;
    }
    claimed.add(match.id);
    const update = mergeInto(match, draft, items.get(draft.subjectKey) ?? null, escalation);
    if (update) plan.update.push(update);
    else plan.unchanged += 1;
  }
  return plan;
}

/**
 * Whether a draft is about the same thing as a known incident: the same subject, or (account-level rules) the
 * same rule on the same account over overlapping windows.
 */
export function isSameIncident(
  incident: Pick<ExistingIncident, 'subjectKey' | 'accountId' | 'rules' | 'window'>,
  draft: IncidentDraft,
): boolean {
  if (incident.subjectKey === draft.subjectKey) return true;
  if (draft.window === null || incident.window === null || incident.accountId !== draft.accountId)
    return false;
  return (
    draft.rules.some((r) => incident.rules.includes(r)) &&
    incident.window.from.getTime() <= draft.window.to.getTime() &&
    draft.window.from.getTime() <= incident.window.to.getTime()
  );
}

function mergeInto(
  incident: ExistingIncident,
  draft: IncidentDraft,
  item: DetectionOutbound | null,
  escalation: IncidentRuleSettings['escalation'],
): IncidentUpdate | null {
  // A rule's newest hit replaces its older one (a streak that grew); rules that did not fire now stay.
  const byRule = new Map<string, RuleHitRecord[]>();
  for (const hit of incident.hits) byRule.set(hit.rule, [...(byRule.get(hit.rule) ?? []), hit]);
  for (const rule of new Set(draft.hits.map((h) => h.rule)))
    byRule.set(
      rule,
      draft.hits.filter((h) => h.rule === rule),
    );
  const hits = [...byRule.values()].flat().sort((a, b) => a.occurredAt.getTime() - b.occurredAt.getTime());

  const rules = [...new Set([...incident.rules, ...distinctRules(hits)])].sort();
  const rulesAdded = rules.filter((r) => !incident.rules.includes(r));
  const severity = maxSeverity([incident.severity, incidentSeverity(hits, item, escalation)]);
  const kind = incident.manual ? incident.kind : leadHit(hits).kind;
  const window = incident.window && draft.window ? union(incident.window, draft.window) : incident.window;
  const containedAt = incident.containedAt ?? draft.containedAt;

  const changes: string[] = [];
  if (rulesAdded.length > 0) changes.push(`rules added: ${rulesAdded.join(', ')}`);
  if (canonicalJson(hits) !== canonicalJson(incident.hits) && rulesAdded.length === 0)
    changes.push(`hits updated: ${[...new Set(draft.hits.map((h) => h.rule))].join(', ')}`);
  if (severity !== incident.severity) changes.push(`severity ${incident.severity} → ${severity}`);
  if (kind !== incident.kind) changes.push(`kind ${incident.kind} → ${kind}`);
  if (canonicalJson(window) !== canonicalJson(incident.window)) changes.push('window extended');
  if (containedAt !== incident.containedAt) changes.push('contained: the item was deleted');
  if (changes.length === 0) return null;
  return {
    id: incident.id,
    kind,
    severity,
    rules: rules as IncidentRuleId[],
    hits,
    window,
    containedAt,
    rulesAdded,
    changes,
  };
}

function union(a: IncidentWindow, b: IncidentWindow): IncidentWindow {
  return {
    from: a.from.getTime() <= b.from.getTime() ? a.from : b.from,
    to: a.to.getTime() >= b.to.getTime() ? a.to : b.to,
  };
}
