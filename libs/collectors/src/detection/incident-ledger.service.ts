import { Injectable } from '@nestjs/common';
import {
  INCIDENT_KINDS,
  isSeverity,
  outboundSubjectKey,
  type IncidentDraft,
  type IncidentKind,
  type IncidentSeverity,
  type IncidentUpdate,
} from '#domain';
import { AuditLogService, IncidentRepository, IncidentTimelineRepository } from '#persistence';
import { DataSource } from 'typeorm';
import {
  checkEvidence,
  IncidentJournal,
  type EvidenceFile,
  type LedgerActor,
} from './incident-journal.writer.js';

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

  /** New hits, a deletion noticed, a grown streak: detection's change to an incident it found before. */
  async applyDetected(workspaceId: string, update: IncidentUpdate, by: LedgerActor): Promise<void> {
    await this.dataSource.transaction(async (m) => {
      const current = await this.incidents.findById(workspaceId, update.id, m);
      if (!current) throw new Error(`incident ${update.id} not found`);
      const contains = update.containedAt !== null && current.containedAt === null;
      await this.incidents.update(
        update.id,
        {
          kind: update.kind,
          severity: update.severity,
          rules: update.rules,
          hits: update.hits as unknown as Record<string, unknown>[],
          windowFrom: update.window?.from,
          windowTo: update.window?.to,
          containedAt: update.containedAt ?? undefined,
          status: contains && current.status === 'open' ? 'contained' : undefined,
        },
        by.at,
        m,
      );
      await this.journal.write(m, workspaceId, update.id, by, {
        type: 'updated',
        body: update.changes.join('; '),
        details: { rulesAdded: update.rulesAdded },
        action: 'incident.updated',
        payload: { origin: 'detection', ...update },
      });
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
    for (const file of report.evidence ?? []) checkEvidence(file);
    const subjectKey =
      report.accountId && report.itemExternalId
        ? outboundSubjectKey(report.accountId, report.itemExternalId)
        : null;
    return this.dataSource.transaction(async (m) => {
      const found = subjectKey
        ? await this.incidents.findForMerge(workspaceId, [subjectKey], by.at, by.at, m)
        : [];
      const existing = found.find((i) => i.subjectKey === subjectKey);
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
        body: report.description ?? report.title,
        details: { kind: report.kind, severity: report.severity, title: report.title },
        action: existing ? 'incident.reported_again' : 'incident.created',
        payload: { origin: 'manual', ...reported, subjectKey },
      });
      for (const file of files ?? []) await this.journal.attach(m, workspaceId, id, file, by);
      return { id, merged: existing !== undefined };
    });
  }
}
