// Incidents (METRICS.md, Risk): what the detection rules produce and what the ledger keeps.
import type { AssignmentFact, AttributionSource, OperatorFact } from '../model/facts.js';

export const INCIDENT_SEVERITIES = ['low', 'medium', 'high', 'critical'] as const;
export type IncidentSeverity = (typeof INCIDENT_SEVERITIES)[number];

/** The kinds METRICS.md names, plus `other` for a manual report that fits none of them. */
export const INCIDENT_KINDS = [
  'wrong_account',
  'offensive_content',
  'deleted_quickly',
  'off_duty_publication',
  'unauthorised_access',
  'sla_breach_streak',
  'backlog_surge',
  'engagement_anomaly',
  'data_leak',
  'other',
] as const;
export type IncidentKind = (typeof INCIDENT_KINDS)[number];

export const INCIDENT_STATUSES = ['open', 'contained', 'resolved', 'dismissed'] as const;
export type IncidentStatus = (typeof INCIDENT_STATUSES)[number];

export const INCIDENT_RULES = [
  'deleted-quickly',
  'off-duty-publication',
  'wrong-account',
  'sla-breach-streak',
  'backlog-surge',
  'content',
  'engagement-anomaly',
] as const;
export type IncidentRuleId = (typeof INCIDENT_RULES)[number];

/** What a hit is about: one published item, or an account over a stretch of time (streaks, surges). */
export type IncidentSubject =
  | { type: 'outbound_item'; accountId: string; externalId: string }
  | { type: 'account_window'; accountId: string; from: Date; to: Date };

/** One rule firing on one subject. Several hits on the same subject are one incident (see merge-hits). */
export interface RuleHit {
  rule: IncidentRuleId;
  kind: IncidentKind;
  severity: IncidentSeverity;
  subject: IncidentSubject;
  /** When the harm happened: the publication, the breach that made the streak, the first hour of a surge. */
  occurredAt: Date;
  /** The operator the facts point to (the item's attribution); null for account-level hits. */
  operatorId: string | null;
  title: string;
  /** What the rule saw (matches, counts, thresholds), kept with the incident and shown to people. */
  details: Record<string, unknown>;
}

// ---- facts the rules read -------------------------------------------------------------------------

export interface DetectionAccount {
  id: string;
  handle: string;
  timeZone: string;
  /** First-response target in seconds (METRICS.md: 60 business minutes by default). */
  slaTargetSeconds: number;
  /**
   * Publishing applications allowed on the account (`Sprout Social`, `Hootsuite` …), compared without
   * regard to case. Null or empty: no allow-list, the application check is off.
   */
  allowedApplications: readonly string[] | null;
}

/** Engagement of an outbound item as last seen before it was deleted (or last seen at all). */
export interface EngagementSeen {
  capturedAt: Date;
  reposts: number;
  quotes: number;
  replies: number;
  reactions: number;
}

/** An outbound item as the rules see it: deleted ones included, with the text captured before deletion. */
export interface DetectionOutbound {
  accountId: string;
  externalId: string;
  /** post, reply, comment, dm */
  kind: string;
  createdAt: Date;
  /** When the deletion was noticed (the collector's time, an upper bound of the real deletion). */
  deletedAt: Date | null;
  text: string;
  inReplyToExternalId: string | null;
  conversationId: string | null;
  operatorId: string | null;
  attributionSource: AttributionSource;
  /** The publishing application the platform reports (Mastodon `application`, X `source`); null: not known. */
  application: string | null;
  engagement: EngagementSeen | null;
}

export interface DetectionInbound {
  accountId: string;
  externalId: string;
  createdAt: Date;
  text: string;
  inReplyToExternalId: string | null;
  conversationId: string | null;
  actionable: boolean;
}

/** One first-response deadline that passed without an answer, or was answered late. */
export interface SlaBreach {
  accountId: string;
  inboundExternalId: string;
  receivedAt: Date;
  deadline: Date;
  /** Null: still unanswered when the data ends. */
  answeredAt: Date | null;
}

export interface DetectionFacts {
  /** Hits are reported for what occurred in [from, to); facts before `from` serve as baselines. */
  period: { from: Date; to: Date };
  /** The end of the data: an unanswered item counts as breached only once its deadline is before this. */
  dataEnd: Date;
  accounts: readonly DetectionAccount[];
  operators: readonly OperatorFact[];
  assignments: readonly AssignmentFact[];
  outbound: readonly DetectionOutbound[];
  inbound: readonly DetectionInbound[];
}
