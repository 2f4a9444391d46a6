import { findRosterGroup, operatorGroupAt } from './group-at-time.util.js';
import type { IncidentDraft, IncidentWindow, RuleHitRecord } from './incident-draft.types.js';
import type { IncidentRuleSettings } from './incident-rule-settings.util.js';
import type {
  DetectionFacts,
  DetectionOutbound,
  IncidentKind,
  IncidentRuleId,
  RuleHit,
} from './incident.types.js';
import { maxSeverity, raiseSeverity, severityRank } from './severity.util.js';

/** Which kind names an incident when hits of equal severity disagree: the more specific harm first. */
const KIND_PRIORITY: readonly IncidentKind[] = [
  'wrong_account',
  'unauthorised_access',
  'offensive_content',
  'data_leak',
  'deleted_quickly',
  'engagement_anomaly',
  'off_duty_publication',
  'sla_breach_streak',
  'backlog_surge',
  'other',
];

export function outboundSubjectKey(accountId: string, externalId: string): string {
  return `outbound:${accountId}:${externalId}`;
}

/**
 * Merges rule hits into incident drafts: every hit on the same published item is one incident (the Chrysler
 * post: offensive, off duty, amplified, one incident), and hits of one rule on one account whose windows
 * overlap are one incident. Severity: the worst hit, one level up when `corroboratingRules` distinct rules
 * agree, one more when the item was reposted or quoted `reachReposts` times before it was contained.
 */
export function buildIncidentDrafts(
  hits: readonly RuleHit[],
  facts: DetectionFacts,
  escalation: IncidentRuleSettings['escalation'],
): IncidentDraft[] {
  const items = new Map(facts.outbound.map((o) => [outboundSubjectKey(o.accountId, o.externalId), o]));
  const timeZones = new Map(facts.accounts.map((a) => [a.id, a.timeZone]));
  const groups = new Map<string, { hits: RuleHit[]; window: IncidentWindow | null }>();

  for (const hit of [...hits].sort((a, b) => a.occurredAt.getTime() - b.occurredAt.getTime())) {
    const subject = hit.subject;
    if (subject.type === 'outbound_item') {
      const key = outboundSubjectKey(subject.accountId, subject.externalId);
      const group = groups.get(key) ?? { hits: [], window: null };
      group.hits.push(hit);
      groups.set(key, group);
      continue;
    }
    const overlapping = [...groups.entries()].find(
      ([key, g]) =>
        key.startsWith(`window:${hit.rule}:${subject.accountId}:`) &&
        g.window !== null &&
        overlaps(g.window, subject),
    );
    if (overlapping) {
      const [, g] = overlapping;
      g.hits.push(hit);
      g.window = union(g.window as IncidentWindow, subject);
    } else {
      groups.set(`window:${hit.rule}:${subject.accountId}:${subject.from.toISOString()}`, {
        hits: [hit],
        window: { from: subject.from, to: subject.to },
      });
    }
  }

  return [...groups.entries()].map(([subjectKey, group]) => {
    const item = items.get(subjectKey) ?? null;
    const lead = leadHit(group.hits);
    const accountId = lead.subject.accountId;
    const operatorId = group.hits.find((h) => h.operatorId !== null)?.operatorId ?? null;
    const occurredAt = new Date(Math.min(...group.hits.map((h) => h.occurredAt.getTime())));
    const records = group.hits.map(toRecord);
    return {
      subjectKey,
      accountId,
      kind: lead.kind,
      severity: incidentSeverity(records, item, escalation),
      title: lead.title,
      occurredAt,
      containedAt: item?.deletedAt ?? null,
      operatorId,
      // The group at the time the harm happened, not the person's group today (frozen with the incident).
      sourcingGroup: operatorId
        ? operatorGroupAt(facts.operators, operatorId, occurredAt)
        : findRosterGroup(facts, accountId, occurredAt, timeZones.get(accountId) ?? 'UTC'),
      window: group.window,
      rules: distinctRules(records),
      hits: records,
      evidence: item ? { item: capture(item) } : { window: group.window },
    };
  });
}

/** The severity of an incident from all its hits and the reach of its item. */
export function incidentSeverity(
  hits: readonly RuleHitRecord[],
  item: DetectionOutbound | null,
  escalation: IncidentRuleSettings['escalation'],
): IncidentDraft['severity'] {
  let levels = 0;
  if (escalation.corroboratingRules > 0 && distinctRules(hits).length >= escalation.corroboratingRules)
    levels += 1;
  const reach = (item?.engagement?.reposts ?? 0) + (item?.engagement?.quotes ?? 0);
  if (escalation.reachReposts > 0 && reach >= escalation.reachReposts) levels += 1;
  return raiseSeverity(maxSeverity(hits.map((h) => h.severity)), levels);
}

/** The hit that names the incident: the most severe, then the most specific kind. */
export function leadHit<T extends Pick<RuleHit, 'severity' | 'kind'>>(hits: readonly T[]): T {
  return [...hits].sort(
    (a, b) =>
      severityRank(b.severity) - severityRank(a.severity) ||
      KIND_PRIORITY.indexOf(a.kind) - KIND_PRIORITY.indexOf(b.kind),
  )[0];
}

export function distinctRules(hits: readonly Pick<RuleHitRecord, 'rule'>[]): IncidentRuleId[] {
  return [...new Set(hits.map((h) => h.rule))].sort();
}

function toRecord(hit: RuleHit): RuleHitRecord {
  return {
    rule: hit.rule,
    kind: hit.kind,
    severity: hit.severity,
    occurredAt: hit.occurredAt,
    title: hit.title,
    details: hit.details,
  };
}

/** The item as captured: what an auditor needs after the platform has deleted it. */
function capture(item: DetectionOutbound): Record<string, unknown> {
  return {
    accountId: item.accountId,
    externalId: item.externalId,
    kind: item.kind,
    text: item.text,
    publishedAt: item.createdAt,
    deletedAt: item.deletedAt,
    application: item.application,
    attributionSource: item.attributionSource,
    engagement: item.engagement,
  };
}

function overlaps(a: IncidentWindow, b: IncidentWindow): boolean {
  return a.from.getTime() <= b.to.getTime() && b.from.getTime() <= a.to.getTime();
}

function union(a: IncidentWindow, b: IncidentWindow): IncidentWindow {
  return {
    from: a.from.getTime() <= b.from.getTime() ? a.from : b.from,
    to: a.to.getTime() >= b.to.getTime() ? a.to : b.to,
  };
}
