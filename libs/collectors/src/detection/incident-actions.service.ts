import { Injectable } from '@nestjs/common';
import {
  INCIDENT_KINDS,
  INCIDENT_STATUSES,
  isSeverity,
  maxSeverity,
  mergeEventBodies,
  MERGED_STATUS,
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

/** A change refused because the incident was merged into another (it is closed for good). */
export class IncidentMergedError extends Error {}

/** A merge refused for what the two incidents are (`field`: the one to name: keepId, duplicateId). */
export class IncidentMergeError extends Error {
  constructor(
    readonly field: 'keepId' | 'duplicateId',
    message: string,
    readonly notFound = false,
  ) {
    super(message);
  }
}

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
    private readonly timeline: IncidentTimelineRepository,
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
      await this.refuseMerged(m, current);
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
      await this.refuseMerged(m, current);
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

  /**
   * A person merges a duplicate into the incident to keep (docs/incidents.md, "Merging by hand"). Both rows
   * are locked in id order, whichever is kept, so that two merges of the same pair in opposite directions
   * cannot deadlock (the second waits, then finds one of them merged). The duplicate's status becomes
   * `merged` and its timeline names the kept incident; the kept incident's severity is raised to the
   * duplicate's if that is higher, and its timeline lists the duplicate's evidence files by reference (the
   * rows stay where they are: they are append-only). One audit entry, `incident.merged`, on the kept incident.
   */
  async merge(
    workspaceId: string,
    keepId: string,
    duplicateId: string,
    by: LedgerActor & { reason: string },
  ): Promise<IncidentView> {
    const reason = by.reason?.trim();
    if (!reason) throw new Error('a reason is required to merge two incidents');
    if (keepId === duplicateId)
      throw new IncidentMergeError('duplicateId', `an incident cannot be merged into itself (${keepId})`);
    return this.dataSource.transaction(async (m) => {
      const locked = new Map<string, IncidentView>();
      for (const id of [keepId, duplicateId].sort()) {
        const row = await this.incidents.lockForChange(workspaceId, id, m);
        if (!row)
          throw new IncidentMergeError(id === keepId ? 'keepId' : 'duplicateId', `No incident ${id}`, true);
        locked.set(id, row);
      }
      const keep = locked.get(keepId) as IncidentView;
      const duplicate = locked.get(duplicateId) as IncidentView;
      const into = await this.incidents.mergedInto([keepId, duplicateId], m);
      for (const [field, row] of [
        ['keepId', keep],
        ['duplicateId', duplicate],
      ] as const)
        if (row.status === MERGED_STATUS)
          throw new IncidentMergeError(
            field,
            `incident ${row.id} is already merged into ${into.get(row.id) ?? 'another incident'}`,
          );
      const severity = maxSeverity([
        keep.severity as IncidentSeverity,
        duplicate.severity as IncidentSeverity,
      ]);
      const raisedSeverity = severity !== keep.severity ? { from: keep.severity, to: severity } : null;
      if (raisedSeverity) await this.incidents.update(keepId, { severity }, by.at, m);
      await this.incidents.update(duplicateId, { status: MERGED_STATUS }, by.at, m);
      const evidence = (await this.timeline.listEvidence([duplicateId], m)).map((e) => ({
        id: e.id,
        fileName: e.fileName,
        sizeBytes: e.sizeBytes,
        sha256: e.sha256,
      }));
      const bodies = mergeEventBodies(keepId, duplicateId, reason);
      await this.timeline.addEvent(
        {
          workspaceId,
          incidentId: duplicateId,
          at: by.at,
          actor: by.actor,
          type: 'merged_into',
          body: bodies.duplicate,
          details: { into: keepId, from: duplicate.status, reason },
        },
        m,
      );
      await this.journal.write(m, workspaceId, keepId, by, {
        type: 'merged',
        body: bodies.keep,
        details: { duplicate: duplicateId, raisedSeverity, evidence },
        action: 'incident.merged',
        payload: {
          keep: keepId,
          duplicate: duplicateId,
          reason,
          duplicateStatus: duplicate.status,
          ...(raisedSeverity ? { raisedSeverity } : {}),
          evidence,
        },
      });
      return (await this.incidents.findById(workspaceId, keepId, m)) as IncidentView;
    });
  }

  /** A merged incident is closed for good: its successor is worked instead. */
  private async refuseMerged(m: EntityManager, incident: IncidentView): Promise<void> {
    if (incident.status !== MERGED_STATUS) return;
    const into = (await this.incidents.mergedInto([incident.id], m)).get(incident.id);
    throw new IncidentMergedError(
      `incident ${incident.id} was merged into ${into ?? 'another incident'}: change that one instead`,
    );
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
