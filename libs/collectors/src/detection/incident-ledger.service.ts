import { Injectable } from '@nestjs/common';
import {
  INCIDENT_KINDS,
  isSeverity,
  maxSeverity,
  MERGED_STATUS,
  outboundSubjectKey,
  type IncidentDraft,
  type IncidentKind,
  type IncidentSeverity,
  type IncidentUpdate,
} from '#domain';
import {
  AuditLogService,
  IncidentRepository,
  IncidentTimelineRepository,
  type IncidentView,
} from '#persistence';
import { DataSource, type EntityManager } from 'typeorm';
import {
  checkEvidence,
  IncidentJournal,
  type EvidenceFile,
  type LedgerActor,
} from './incident-journal.writer.js';

/** A manual report refused because of one of its fields (`field`: occurredAt, itemExternalId …). */
export class IncidentReportError extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
  }
}

export interface ManualReport {
  kind: IncidentKind;
  severity: IncidentSeverity;
  title: string;
  description?: string | null;
  occurredAt: Date;
  accountId?: string | null;
  /** The published item it is about, by its platform id on the account: merges with detection's incident. */
  itemExternalId?: string | null;
  operatorId?: string | null;
  /** Frozen with the report: the operator's group, or the group on shift (the caller works it out). */
  sourcingGroup?: string | null;
  evidence?: EvidenceFile[];
}

/**
 * How incidents get into the ledger: from detection (new, or new hits on a known one) and from people.
 * The incident row, its timeline event and its audit entry are written in one transaction, so the ledger
 * never shows a change the audit log does not prove.
 */
@Injectable()
export class IncidentLedgerService {
  private readonly journal: IncidentJournal;

  constructor(
    private readonly dataSource: DataSource,
    private readonly incidents: IncidentRepository,
    timeline: IncidentTimelineRepository,
    audit: AuditLogService,
  ) {
    this.journal = new IncidentJournal(timeline, audit);
  }

  /** A new incident from detection. */
  async createDetected(workspaceId: string, draft: IncidentDraft, by: LedgerActor): Promise<string> {
    return this.dataSource.transaction(async (m) => {
      const id = await this.incidents.insert(
        {
          workspaceId,
          accountId: draft.accountId,
          kind: draft.kind,
          severity: draft.severity,
          status: draft.containedAt ? 'contained' : 'open',
          title: draft.title,
          description: null,
          occurredAt: draft.occurredAt,
          detectedAt: by.at,
          containedAt: draft.containedAt,
          operatorId: draft.operatorId,
          sourcingGroup: draft.sourcingGroup,
          subjectKey: draft.subjectKey,
          rules: draft.rules,
          hits: draft.hits as unknown as Record<string, unknown>[],
          windowFrom: draft.window?.from ?? null,
          windowTo: draft.window?.to ?? null,
          evidence: draft.evidence,
          reportedBy: null,
        },
        m,
      );
      await this.journal.write(m, workspaceId, id, by, {
        type: 'detected',
        body: `detected by ${draft.rules.join(', ')}`,
        details: { rules: draft.rules },
        action: 'incident.created',
        payload: { origin: 'detection', ...draft },
      });
      return id;
    });
  }

  /**
   * New hits, a deletion noticed, a grown streak: detection's change to an incident it found before. The
   * update was planned from a read made before this transaction; the row is locked and read again here, so
   * that what a person did meanwhile stands: the severity is never lowered (and not changed at all once a
   * person set it), a kind a person chose or reported stays, a status a person set is not overwritten.
   * Returns false when, against the current row, nothing is left to change.
   */
  async applyDetected(workspaceId: string, update: IncidentUpdate, by: LedgerActor): Promise<boolean> {
    return this.dataSource.transaction(async (m) => {
      const current = await this.incidents.lockForChange(workspaceId, update.id, m);
      if (!current) throw new Error(`incident ${update.id} not found`);
      // Merged by a person since detection read it: left alone (the next run follows the merge).
      if (current.status === MERGED_STATUS) return false;
      const person = (await this.incidents.setByPerson([update.id], m)).get(update.id);
      const severity = person?.severity
        ? (current.severity as IncidentSeverity)
        : maxSeverity([current.severity as IncidentSeverity, update.severity]);
      const kind = person?.kind || current.reportedBy !== null ? (current.kind as IncidentKind) : update.kind;
      const containedAt = current.containedAt ?? update.containedAt;
      const status =
        containedAt !== null && current.containedAt === null && current.status === 'open'
          ? 'contained'
          : current.status;
      const changes = update.changes.filter(
        (c) =>
          !(c.startsWith('severity ') && severity === current.severity) &&
          !(c.startsWith('kind ') && kind === current.kind),
      );
      if (changes.length === 0) return false;
      await this.incidents.update(
        update.id,
        {
          kind,
          severity,
          rules: update.rules,
          hits: update.hits as unknown as Record<string, unknown>[],
          windowFrom: update.window?.from,
          windowTo: update.window?.to,
          containedAt: containedAt ?? undefined,
          status: status !== current.status ? status : undefined,
        },
        by.at,
        m,
      );
      await this.journal.write(m, workspaceId, update.id, by, {
        type: 'updated',
        body: changes.join('; '),
        details: { rulesAdded: update.rulesAdded },
        action: 'incident.updated',
        // What was applied, not what was planned: the audit log states the row as it now is.
        payload: { origin: 'detection', ...update, kind, severity, containedAt, status, changes },
      });
      return true;
    });
  }

  /**
   * A person reports an incident. About an item the ledger already has an incident for, the report joins
   * that incident (a duplicate is merged, not created) and the person's description and files are added.
   */
  async reportManual(
    workspaceId: string,
    report: ManualReport,
    by: LedgerActor,
  ): Promise<{ id: string; merged: boolean }> {
    if (!(INCIDENT_KINDS as readonly string[]).includes(report.kind))
      throw new Error(`unknown incident kind "${report.kind}"`);
    if (!isSeverity(report.severity)) throw new Error(`unknown severity "${String(report.severity)}"`);
    if (Number.isNaN(report.occurredAt.getTime()))
      throw new IncidentReportError('occurredAt', 'occurredAt is not a valid instant');
    if (report.occurredAt > by.at)
      throw new IncidentReportError(
        'occurredAt',
        `occurredAt ${report.occurredAt.toISOString()} is in the future (now ${by.at.toISOString()})`,
      );
    if (report.itemExternalId && !report.accountId)
      throw new IncidentReportError(
        'itemExternalId',
        'itemExternalId needs the account: item ids are per account',
      );
    for (const file of report.evidence ?? []) checkEvidence(file);
    const subjectKey =
      report.accountId && report.itemExternalId
        ? outboundSubjectKey(report.accountId, report.itemExternalId)
        : null;
    return this.dataSource.transaction(async (m) => {
      if (
        report.accountId &&
        report.itemExternalId &&
        !(await this.incidents.publishedItemExists(workspaceId, report.accountId, report.itemExternalId, m))
      )
        throw new IncidentReportError(
          'itemExternalId',
          `item ${report.itemExternalId}: the account has published no item with this id`,
        );
      const found = subjectKey
        ? await this.incidents.findForMerge(workspaceId, [subjectKey], by.at, by.at, m)
        : [];
      const foundBySubject = found.find((i) => i.subjectKey === subjectKey);
      // A report about a merged duplicate's item joins the incident it was merged into.
      const match =
        foundBySubject?.status === MERGED_STATUS
          ? await this.keptIncident(workspaceId, foundBySubject.id, m)
          : foundBySubject;
      // Joining an incident: lock it, so that detection or a person changing it meanwhile waits for this report.
      const existing = match ? await this.incidents.lockForChange(workspaceId, match.id, m) : null;
      // The report's severity, if higher, is applied: a critical leak report about a medium incident makes it
      // critical. Never lowered: the report is one more opinion, not a correction (that is `setSeverity`).
      const raised =
        existing &&
        maxSeverity([existing.severity as IncidentSeverity, report.severity]) !== existing.severity
          ? { from: existing.severity, to: report.severity }
          : null;
      if (existing && raised) await this.incidents.update(existing.id, { severity: raised.to }, by.at, m);
      const id =
        existing?.id ??
        (await this.incidents.insert(
          {
            workspaceId,
            accountId: report.accountId ?? null,
            kind: report.kind,
            severity: report.severity,
            status: 'open',
            title: report.title,
            description: report.description ?? null,
            occurredAt: report.occurredAt,
            detectedAt: by.at,
            containedAt: null,
            operatorId: report.operatorId ?? null,
            sourcingGroup: report.sourcingGroup ?? null,
            subjectKey,
            rules: [],
            hits: [],
            windowFrom: null,
            windowTo: null,
            evidence: report.itemExternalId ? { reportedItem: report.itemExternalId } : {},
            reportedBy: by.actor,
          },
          m,
        ));
      const { evidence: files, ...reported } = report;
      await this.journal.write(m, workspaceId, id, by, {
        type: 'reported',
        body: raised
          ? `${report.description ?? report.title} (severity ${raised.from} → ${raised.to})`
          : (report.description ?? report.title),
        details: { kind: report.kind, severity: report.severity, title: report.title },
        action: existing ? 'incident.reported_again' : 'incident.created',
        payload: { origin: 'manual', ...reported, subjectKey, ...(raised ? { raisedSeverity: raised } : {}) },
      });
      for (const file of files ?? []) await this.journal.attach(m, workspaceId, id, file, by);
      return { id, merged: existing !== null };
    });
  }

  /** The incident a merged one lives on in, following `merged_into` references (null: none found). */
  async keptIncident(
    workspaceId: string,
    mergedId: string,
    m: EntityManager = this.dataSource.manager,
  ): Promise<IncidentView | null> {
    const seen = new Set<string>();
    let id = mergedId;
    while (!seen.has(id)) {
      seen.add(id);
      const into = (await this.incidents.mergedInto([id], m)).get(id);
      const next = into ? await this.incidents.findById(workspaceId, into, m) : null;
      if (!next) return null;
      if (next.status !== MERGED_STATUS) return next;
      id = next.id;
    }
    return null;
  }
}
