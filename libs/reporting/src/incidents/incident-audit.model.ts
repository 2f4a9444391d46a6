// What the incident audit report renders (reports/incident-audit.hbs): for a period and a set of accounts,
// each incident with its timeline, operator and sourcing group, the evidence as it was captured, the
// operator's assignment at the time, and the audit-log entries that concern it. Plain data; texts from
// platforms stay as they came (the template escapes them).
import type { ShiftWindow } from '#domain';
import type { ReportBranding } from '../branding/report-branding.model.js';
import type { ReportLocale } from '../monthly/monthly-report.model.js';
import type { ReportArchiveRef } from '../report-document.js';
import type { HeadlineSource } from './incident-headline.js';

/** One leaf of a nested record, by its dotted path: `item.text`, `hits[0].details.matches`. */
export interface RecordField {
  key: string;
  value: string;
}

export interface AssignmentView {
  accountHandle: string;
  from: Date;
  to: Date | null;
  /** Null: on shift at any time of the assignment. */
  shifts: ShiftWindow[] | null;
  /** In force when the incident occurred. */
  inForce: boolean;
  /** In force and on shift when the incident occurred (shifts read in the account's zone). */
  onShift: boolean;
}

export interface AuditEntryView {
  seq: number;
  occurredAt: Date;
  actor: string;
  action: string;
  hash: string;
  prevHash: string | null;
  /** The entry's content still gives its stored hash. */
  hashVerified: boolean;
  payload: RecordField[];
}

export interface IncidentAuditEntry {
  id: string;
  /** The title as stored: evidence; the report's heading is `headline` in the reader's language. */
  title: string;
  headline: HeadlineSource;
  description: string | null;
  kind: string;
  severity: string;
  status: string;
  accountHandle: string | null;
  accountPlatform: string | null;
  operatorName: string | null;
  /** The group frozen when the incident was recorded. */
  sourcingGroup: string | null;
  reportedBy: string | null;
  occurredAt: Date;
  detectedAt: Date;
  containedAt: Date | null;
  resolvedAt: Date | null;
  /** Detected → contained; null when not contained or contained before detected. */
  timeToContainSeconds: number | null;
  /** Contained before it was detected: the platform deleted the item before the rules ran. */
  containedBeforeDetected: boolean;
  window: { from: Date; to: Date } | null;
  rules: string[];
  hits: {
    rule: string;
    kind: string;
    severity: string;
    occurredAt: Date | null;
    title: string;
    headline: HeadlineSource;
    details: RecordField[];
  }[];
  /** The content as captured (text, times, application, engagement …), flattened. */
  evidence: RecordField[];
  evidenceFiles: {
    fileName: string;
    mediaType: string;
    sizeBytes: number;
    sha256: string;
    addedAt: Date;
    addedBy: string;
  }[];
  /**
   * The operator's assignment at the time: every assignment of the operator on the incident's account, the
   * one in force marked; and the other accounts the operator was assigned to then (a wrong-account post).
   */
  assignment: {
    status: 'on_shift' | 'off_shift' | 'not_assigned' | 'no_operator';
    onAccount: AssignmentView[];
    elsewhere: AssignmentView[];
  };
  events: { at: Date; actor: string; type: string; body: string | null; details: Record<string, unknown> }[];
  auditEntries: AuditEntryView[];
}

export interface IncidentAuditModel {
  workspace: { name: string; slug: string; timeZone: string };
  branding: ReportBranding;
  archive: ReportArchiveRef | null;
  isDemo: boolean;
  locale: ReportLocale;
  /** [from, to): local midnights in the workspace's zone. */
  periodFrom: Date;
  periodTo: Date;
  /** The accounts asked for, by handle; null: every account (and incidents about no account). */
  accounts: { handle: string; platform: string }[] | null;
  generatedAt: Date;
  summary: {
    incidents: number;
    bySeverity: Record<string, number>;
    byStatus: Record<string, number>;
    auditEntries: number;
    /** The workspace's whole audit chain recomputed when the report was issued. */
    chain: {
      ok: boolean;
      checked: number;
      headSeq: number | null;
      headHash: string | null;
      problem: string | null;
    };
  };
  incidents: IncidentAuditEntry[];
}
