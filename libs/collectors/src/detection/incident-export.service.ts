import { Injectable } from '@nestjs/common';
import { canonicalJson, renderCsvLines, type StoredAuditEntry } from '#domain';
import {
  AuditLogRepository,
  IncidentRepository,
  IncidentTimelineRepository,
  type IncidentView,
} from '#persistence';

export const EXPORT_FORMATS = ['csv', 'json'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportPeriod {
  workspace: { id: string; slug: string };
  /** [from, to) */
  from: Date;
  to: Date;
}

const INCIDENT_COLUMNS = [
  'id',
  'occurred_at',
  'detected_at',
  'contained_at',
  'resolved_at',
  'account',
  'kind',
  'severity',
  'status',
  'title',
  'description',
  'operator',
  'sourcing_group',
  'rules',
  'reported_by',
  'subject_key',
  'evidence',
  'hits',
] as const;

const AUDIT_COLUMNS = [
  'id',
  'workspace_id',
  'seq',
  'occurred_at',
  'actor',
  'action',
  'entity_type',
  'entity_id',
  'payload',
  'prev_hash',
  'hash',
] as const;

/**
 * Incidents and audit entries of a period, as CSV (one row each; nested values as canonical JSON in a cell)
 * or JSON (with each incident's timeline). An audit export carries every hashed field, so the exported
 * part of the chain can be verified on its own (`ledger audit verify --file`).
 */
@Injectable()
export class IncidentExportService {
  constructor(
    private readonly incidents: IncidentRepository,
    private readonly timeline: IncidentTimelineRepository,
    private readonly audit: AuditLogRepository,
  ) {}

  async incidentsExport(period: ExportPeriod, format: ExportFormat): Promise<string> {
    const list = await this.incidents.list(period.workspace.id, { from: period.from, to: period.to });
    if (format === 'csv') return toCsv(INCIDENT_COLUMNS, list.map(incidentRow));
    const events = await this.timeline.listEvents(list.map((i) => i.id));
    const evidence = await this.timeline.listEvidence(list.map((i) => i.id));
    return `${JSON.stringify(
      {
        workspace: period.workspace.slug,
        period: { from: period.from, to: period.to },
        incidents: list.map((i) => ({
          ...i,
          timeline: events.filter((e) => e.incidentId === i.id).map(({ incidentId: _, ...e }) => e),
          evidenceFiles: evidence.filter((e) => e.incidentId === i.id).map(({ incidentId: _, ...e }) => e),
        })),
      },
      null,
      2,
    )}\n`;
  }

  async auditExport(period: ExportPeriod, format: ExportFormat): Promise<string> {
    const entries = await this.audit.listForPeriod(period.workspace.id, period.from, period.to);
    if (format === 'csv') return toCsv(AUDIT_COLUMNS, entries.map(auditRow));
    return `${JSON.stringify({ workspace: period.workspace.slug, workspaceId: period.workspace.id, period: { from: period.from, to: period.to }, entries }, null, 2)}\n`;
  }
}

function incidentRow(i: IncidentView): Record<(typeof INCIDENT_COLUMNS)[number], string> {
  return {
    id: i.id,
    occurred_at: iso(i.occurredAt),
    detected_at: iso(i.detectedAt),
    contained_at: iso(i.containedAt),
    resolved_at: iso(i.resolvedAt),
    account: i.accountHandle ?? '',
    kind: i.kind,
    severity: i.severity,
    status: i.status,
    title: i.title,
    description: i.description ?? '',
    operator: i.operatorName ?? '',
    sourcing_group: i.sourcingGroup ?? '',
    rules: i.rules.join(' '),
    reported_by: i.reportedBy ?? '',
    subject_key: i.subjectKey ?? '',
    evidence: canonicalJson(i.evidence),
    hits: canonicalJson(i.hits),
  };
}

function auditRow(e: StoredAuditEntry): Record<(typeof AUDIT_COLUMNS)[number], string> {
  return {
    id: e.id,
    workspace_id: e.workspaceId,
    seq: String(e.seq),
    occurred_at: iso(e.occurredAt),
    actor: e.actor,
    action: e.action,
    entity_type: e.entityType,
    entity_id: e.entityId ?? '',
    payload: canonicalJson(e.payload),
    prev_hash: e.prevHash ?? '',
    hash: e.hash,
  };
}

function iso(date: Date | null): string {
  return date ? date.toISOString() : '';
}

/** RFC 4180 with CRLF between records; text that a spreadsheet would run as a formula is neutralized (csvCell). */
export function toCsv<C extends string>(columns: readonly C[], records: Record<C, string>[]): string {
  return (
    renderCsvLines(
      columns,
      records.map((r) => columns.map((c) => r[c])),
      '\r\n',
    ) + '\r\n'
  );
}
