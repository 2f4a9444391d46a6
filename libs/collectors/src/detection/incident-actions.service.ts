import { Injectable } from '@nestjs/common';
import { INCIDENT_STATUSES, type IncidentStatus } from '#domain';
import {
  AuditLogService,
  IncidentRepository,
  IncidentTimelineRepository,
  type EvidenceFileView,
  type IncidentView,
} from '#persistence';
import { DataSource, type EntityManager } from 'typeorm';
import { IncidentJournal, type EvidenceFile, type LedgerActor } from './incident-journal.writer.js';

/** What people do with an incident once it is in the ledger: contain, resolve, dismiss, comment, attach. */
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
      const current = await this.mustFind(m, workspaceId, id);
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

  private async mustFind(m: EntityManager, workspaceId: string, id: string): Promise<IncidentView> {
    const incident = await this.incidents.findById(workspaceId, id, m);
    if (!incident) throw new Error(`no incident ${id} in this workspace`);
    return incident;
  }
}
