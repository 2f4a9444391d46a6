// Pure: the incidents of a period with their timelines, evidence, assignments and audit entries in; the
// incident audit report's model out.
import {
  hashAuditEntry,
  INCIDENT_SEVERITIES,
  INCIDENT_STATUSES,
  isAssignedAt,
  isOnShift,
  type AssignmentFact,
  type AuditChainVerification,
  type StoredAuditEntry,
} from '#domain';
import type { EvidenceFileView, IncidentEventView, IncidentView } from '#persistence';
import type { ReportBranding } from '../branding/report-branding.model.js';
import type { ReportLocale } from '../monthly/monthly-report.model.js';
import type { ReportArchiveRef } from '../report-document.js';
import type {
  AssignmentView,
  AuditEntryView,
  IncidentAuditEntry,
  IncidentAuditModel,
} from './incident-audit.model.js';
import { headlineSource, hitHeadlineSource } from './incident-headline.js';
import { recordFields } from './record-fields.util.js';

export interface IncidentAuditInputs {
  workspace: { name: string; slug: string; timeZone: string; isDemo: boolean };
  branding: ReportBranding;
  archive: ReportArchiveRef | null;
  locale: ReportLocale;
  generatedAt: Date;
  period: { from: Date; to: Date };
  /** The accounts asked for; null: all. */
  accountFilter: { id: string; handle: string; platform: string }[] | null;
  incidents: readonly IncidentView[];
  events: readonly IncidentEventView[];
  evidenceFiles: readonly EvidenceFileView[];
  accounts: readonly { id: string; handle: string; platform: string; timeZone: string }[];
  assignments: readonly AssignmentFact[];
  auditEntries: readonly StoredAuditEntry[];
  chain: AuditChainVerification;
}

export function buildIncidentAuditModel(inputs: IncidentAuditInputs): IncidentAuditModel {
  const accounts = new Map(inputs.accounts.map((a) => [a.id, a]));
  const incidents = inputs.incidents.map((incident) => entry(incident, inputs, accounts));
  const count = (values: readonly string[], of: (i: IncidentAuditEntry) => string) =>
    Object.fromEntries(values.map((v) => [v, incidents.filter((i) => of(i) === v).length]));
  return {
    workspace: {
      name: inputs.workspace.name,
      slug: inputs.workspace.slug,
      timeZone: inputs.workspace.timeZone,
    },
    branding: inputs.branding,
    archive: inputs.archive,
    isDemo: inputs.workspace.isDemo,
    locale: inputs.locale,
    periodFrom: inputs.period.from,
    periodTo: inputs.period.to,
    accounts: inputs.accountFilter?.map((a) => ({ handle: a.handle, platform: a.platform })) ?? null,
    generatedAt: inputs.generatedAt,
    summary: {
      incidents: incidents.length,
      bySeverity: count(INCIDENT_SEVERITIES, (i) => i.severity),
      byStatus: count(INCIDENT_STATUSES, (i) => i.status),
      auditEntries: incidents.reduce((sum, i) => sum + i.auditEntries.length, 0),
      chain: {
        ok: inputs.chain.ok,
        checked: inputs.chain.checked,
        headSeq: inputs.chain.head?.seq ?? null,
        headHash: inputs.chain.head?.hash ?? null,
        problem: inputs.chain.firstBreak?.message ?? null,
      },
    },
    incidents,
  };
}

type AccountInfo = IncidentAuditInputs['accounts'][number];

function entry(
  incident: IncidentView,
  inputs: IncidentAuditInputs,
  accounts: ReadonlyMap<string, AccountInfo>,
): IncidentAuditEntry {
  const account = incident.accountId ? accounts.get(incident.accountId) : undefined;
  const contain =
    incident.containedAt === null ? null : incident.containedAt.getTime() - incident.detectedAt.getTime();
  return {
    id: incident.id,
    title: incident.title,
    headline: headlineSource(incident),
    description: incident.description,
    kind: incident.kind,
    severity: incident.severity,
    status: incident.status,
    accountHandle: incident.accountHandle,
    accountPlatform: account?.platform ?? null,
    operatorName: incident.operatorName,
    sourcingGroup: incident.sourcingGroup,
    reportedBy: incident.reportedBy,
    occurredAt: incident.occurredAt,
    detectedAt: incident.detectedAt,
    containedAt: incident.containedAt,
    resolvedAt: incident.resolvedAt,
    timeToContainSeconds: contain === null || contain < 0 ? null : contain / 1000,
    containedBeforeDetected: contain !== null && contain < 0,
    window:
      incident.windowFrom && incident.windowTo ? { from: incident.windowFrom, to: incident.windowTo } : null,
    rules: [...incident.rules],
    hits: incident.hits.map((hit) => ({
      rule: String(hit.rule ?? ''),
      kind: String(hit.kind ?? ''),
      severity: String(hit.severity ?? ''),
      occurredAt:
        typeof hit.occurredAt === 'string' || hit.occurredAt instanceof Date
          ? new Date(hit.occurredAt)
          : null,
      title: String(hit.title ?? ''),
      headline: hitHeadlineSource(hit, incident),
      details: recordFields(hit.details ?? {}),
    })),
    evidence: recordFields(incident.evidence),
    evidenceFiles: inputs.evidenceFiles
      .filter((file) => file.incidentId === incident.id)
      .map(({ fileName, mediaType, sizeBytes, sha256, addedAt, addedBy }) => ({
        fileName,
        mediaType,
        sizeBytes,
        sha256,
        addedAt,
        addedBy,
      })),
    assignment: assignmentAtTime(incident, inputs.assignments, accounts),
    events: inputs.events
      .filter((event) => event.incidentId === incident.id)
      .map(({ at, actor, type, body, details }) => ({ at, actor, type, body, details })),
    auditEntries: inputs.auditEntries.filter((e) => e.entityId === incident.id).map(auditEntry),
  };
}

function assignmentAtTime(
  incident: IncidentView,
  assignments: readonly AssignmentFact[],
  accounts: ReadonlyMap<string, AccountInfo>,
): IncidentAuditEntry['assignment'] {
  if (!incident.operatorId) return { status: 'no_operator', onAccount: [], elsewhere: [] };
  const at = incident.occurredAt;
  const view = (a: AssignmentFact): AssignmentView => {
    const account = accounts.get(a.accountId);
    const inForce = isAssignedAt(a, at);
    return {
      accountHandle: account?.handle ?? a.accountId,
      from: a.from,
      to: a.to,
      shifts: a.shifts,
      inForce,
      onShift: inForce && isOnShift(a, at, account?.timeZone ?? 'UTC'),
    };
  };
  const mine = assignments.filter((a) => a.operatorId === incident.operatorId);
  const onAccount = mine
    .filter((a) => a.accountId === incident.accountId)
    .sort((a, b) => a.from.getTime() - b.from.getTime())
    .map(view);
  const elsewhere = mine
    .filter((a) => a.accountId !== incident.accountId && isAssignedAt(a, at))
    .map(view)
    .sort((a, b) => a.accountHandle.localeCompare(b.accountHandle));
  const status = onAccount.some((a) => a.onShift)
    ? 'on_shift'
    : onAccount.some((a) => a.inForce)
      ? 'off_shift'
      : 'not_assigned';
  return { status, onAccount, elsewhere };
}

function auditEntry(entry: StoredAuditEntry): AuditEntryView {
  return {
    seq: entry.seq,
    occurredAt: entry.occurredAt,
    actor: entry.actor,
    action: entry.action,
    hash: entry.hash,
    prevHash: entry.prevHash,
    // Recomputed from the stored content: an entry changed in the database no longer gives its hash.
    hashVerified: hashAuditEntry(entry) === entry.hash,
    payload: recordFields(entry.payload),
  };
}
