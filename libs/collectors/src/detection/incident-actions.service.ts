import { Injectable } from '@nestjs/common';
import {
  INCIDENT_KINDS,
  INCIDENT_STATUSES,
  isSeverity,
  type IncidentKind,
  type IncidentSeverity,
  type IncidentStatus,
} from '#domain';
import {
  AuditLogService,
  IncidentRepository,
  IncidentTimelineRepository,
  type EvidenceFileView,
  type IncidentView,
} from '#persistence';
import { DataSource, type EntityManager } from 'typeorm';
import { IncidentJournal, type EvidenceFile, type LedgerActor } from './incident-journal.writer.js';

/**
 * What people do with an incident once it is in the ledger: contain, resolve, dismiss, comment, attach, set
 * its severity or kind. Each change locks the incident's row first (a detection run racing it waits, then
 * reads what the person wrote) and is written with its timeline event and audit entry in one transaction.
 */
@Injectable()
export class IncidentActionsService {
  private readonly journal: IncidentJournal;

  constructor(
    private readonly dataSource: DataSource,
    private readonly incidents: IncidentRepository,
    timeline: IncidentTimelineRepository,
    audit: AuditLogService,
  ) {
    this.journal = new IncidentJournal(timeline, audit);
  }

  /**
   * open → contained → resolved, or dismissed (not an incident after all); reopening is allowed. Containing
   * sets the containment time once; resolving sets the resolution time (and containment, if still unset);
   * reopening clears the resolution. `effectiveAt` is when it was contained or resolved, if earlier than now
   * (a person records the containment after the fact); the timeline and the audit entry keep `by.at`.
   */
  async changeStatus(
    workspaceId: string,
    id: string,
    status: IncidentStatus,
    by: LedgerActor & { note?: string | null; effectiveAt?: Date | null },
  ): Promise<IncidentView> {
    if (!(INCIDENT_STATUSES as readonly string[]).includes(status))
      throw new Error(`unknown status "${status}"`);
    return this.dataSource.transaction(async (m) => {
      const current = await this.mustLock(m, workspaceId, id);
      if (current.status === status) return current;
      const at = by.effectiveAt ?? by.at;
      const containedAt =
        (status === 'contained' || status === 'resolved') && !current.containedAt ? at : undefined;
      const resolvedAt = status === 'resolved' ? at : status === 'open' ? null : undefined;
      await this.incidents.update(id, { status, containedAt, resolvedAt }, by.at, m);
      const change = `status ${current.status} → ${status}`;
      await this.journal.write(m, workspaceId, id, by, {
        type: 'status',
        body: by.note ? `${change}: ${by.note}` : change,
        details: { from: current.status, to: status },
        action: 'incident.status_changed',
        payload: {
          from: current.status,
          to: status,
          containedAt: containedAt ?? null,
          resolvedAt: resolvedAt ?? null,
          note: by.note ?? null,
        },
      });
      return (await this.incidents.findById(workspaceId, id, m)) as IncidentView;
    });
  }

  /**
   * A person sets the severity, up or down, with the reason on the record. From then on detection leaves the
   * severity as the person set it (docs/incidents.md).
   */
  async setSeverity(
    workspaceId: string,
    id: string,
    severity: IncidentSeverity,
    by: LedgerActor & { reason: string },
  ): Promise<IncidentView> {
    if (!isSeverity(severity)) throw new Error(`unknown severity "${String(severity)}"`);
    return this.setField(workspaceId, id, 'severity', severity, by);
  }

  /** A person sets the kind (what happened), with the reason; detection no longer renames it. */
  async setKind(
    workspaceId: string,
    id: string,
    kind: IncidentKind,
    by: LedgerActor & { reason: string },
  ): Promise<IncidentView> {
    if (!(INCIDENT_KINDS as readonly string[]).includes(kind))
      throw new Error(`unknown incident kind "${kind}"`);
    return this.setField(workspaceId, id, 'kind', kind, by);
  }

  private async setField(
    workspaceId: string,
    id: string,
    field: 'severity' | 'kind',
    value: string,
    by: LedgerActor & { reason: string },
  ): Promise<IncidentView> {
    const reason = by.reason?.trim();
    if (!reason) throw new Error(`a reason is required to change the ${field}`);
    return this.dataSource.transaction(async (m) => {
      const current = await this.mustLock(m, workspaceId, id);
      const from = current[field];
      if (from === value) return current;
      await this.incidents.update(id, { [field]: value }, by.at, m);
      await this.journal.write(m, workspaceId, id, by, {
        type: field,
        body: `${field} ${from} → ${value}: ${reason}`,
        details: { from, to: value },
        action: `incident.${field}_changed`,
        payload: { from, to: value, reason },
      });
      return (await this.incidents.findById(workspaceId, id, m)) as IncidentView;
    });
  }

  async comment(workspaceId: string, id: string, text: string, by: LedgerActor): Promise<void> {
    if (!text.trim()) throw new Error('a comment needs text');
    await this.dataSource.transaction(async (m) => {
      await this.mustFind(m, workspaceId, id);
      await this.journal.write(m, workspaceId, id, by, {
        type: 'comment',
        body: text,
        action: 'incident.commented',
        payload: { text },
      });
    });
  }

  async attachEvidence(
    workspaceId: string,
    id: string,
    file: EvidenceFile,
    by: LedgerActor,
  ): Promise<EvidenceFileView> {
    return this.dataSource.transaction(async (m) => {
      await this.mustFind(m, workspaceId, id);
      return this.journal.attach(m, workspaceId, id, file, by);
    });
  }

  private async mustLock(m: EntityManager, workspaceId: string, id: string): Promise<IncidentView> {
    const incident = await this.incidents.lockForChange(workspaceId, id, m);
    if (!incident) throw new Error(`no incident ${id} in this workspace`);
    return incident;
  }

  private async mustFind(m: EntityManager, workspaceId: string, id: string): Promise<IncidentView> {
    const incident = await this.incidents.findById(workspaceId, id, m);
    if (!incident) throw new Error(`no incident ${id} in this workspace`);
    return incident;
  }
}
