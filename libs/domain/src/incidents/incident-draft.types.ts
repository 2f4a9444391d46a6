import type { IncidentKind, IncidentRuleId, IncidentSeverity, IncidentStatus } from './incident.types.js';

/** A rule hit as an incident keeps it: what fired, how badly, and what it saw. */
export interface RuleHitRecord {
  rule: IncidentRuleId;
  kind: IncidentKind;
  severity: IncidentSeverity;
  occurredAt: Date;
  title: string;
  details: Record<string, unknown>;
}

export interface IncidentWindow {
  from: Date;
  to: Date;
}

/** An incident as detection proposes it: one subject, all the rules that fired on it. */
export interface IncidentDraft {
  /** `outbound:<account>:<external id>` or `window:<rule>:<account>:<from>`: what merges duplicates. */
  subjectKey: string;
  accountId: string;
  kind: IncidentKind;
  severity: IncidentSeverity;
  title: string;
  occurredAt: Date;
  /** Contained by the platform already: the post was deleted. */
  containedAt: Date | null;
  operatorId: string | null;
  /** The group at the time of the incident, frozen here (later roster changes do not rewrite it). */
  sourcingGroup: string | null;
  window: IncidentWindow | null;
  rules: IncidentRuleId[];
  hits: RuleHitRecord[];
  /** The content as captured: the item's text, times, application and engagement; or the window. */
  evidence: Record<string, unknown>;
}

/** What detection needs to know of an incident already in the ledger. */
export interface ExistingIncident {
  id: string;
  subjectKey: string | null;
  accountId: string | null;
  kind: IncidentKind;
  severity: IncidentSeverity;
  status: IncidentStatus;
  /** Reported by a person: detection adds hits but leaves the kind the person chose. */
  manual: boolean;
  rules: string[];
  hits: RuleHitRecord[];
  window: IncidentWindow | null;
  containedAt: Date | null;
}

export interface IncidentUpdate {
  id: string;
  kind: IncidentKind;
  severity: IncidentSeverity;
  rules: string[];
  hits: RuleHitRecord[];
  window: IncidentWindow | null;
  containedAt: Date | null;
  /** Rules that fired on this incident for the first time. */
  rulesAdded: string[];
  /** What changed, in words, for the timeline: `rules added: content`, `severity high → critical` … */
  changes: string[];
}

export interface IncidentPlan {
  create: IncidentDraft[];
  update: IncidentUpdate[];
  /** Drafts that matched an incident and changed nothing. */
  unchanged: number;
}
