import type { AuditLogService, EvidenceFileView, IncidentTimelineRepository } from '#persistence';
import type { EntityManager } from 'typeorm';

/** Who changes the ledger and when (the clock is read by the caller, once per command). */
export interface LedgerActor {
  actor: string;
  at: Date;
}

export interface EvidenceFile {
  fileName: string;
  mediaType: string;
  content: Buffer;
}

/** Evidence files larger than this are refused: the ledger is a database, not a file store. */
export const MAX_EVIDENCE_BYTES = 20 * 1024 * 1024;

export interface JournalEntry {
  /** Timeline event type: reported, detected, updated, status, comment, evidence. */
  type: string;
  /** The change in words, or the comment. */
  body: string | null;
  details?: Record<string, unknown>;
  /** Audit action: incident.created, incident.updated … */
  action: string;
  payload: Record<string, unknown>;
}

/**
 * One change to an incident, told twice inside the caller's transaction: as a line of the incident's
 * timeline (for people) and as an audit log entry (the proof).
 */
export class IncidentJournal {
  constructor(
    private readonly timeline: IncidentTimelineRepository,
    private readonly audit: AuditLogService,
  ) {}

  async write(
    m: EntityManager,
    workspaceId: string,
    incidentId: string,
    by: LedgerActor,
    entry: JournalEntry,
  ): Promise<void> {
    await this.timeline.addEvent(
      {
        workspaceId,
        incidentId,
        at: by.at,
        actor: by.actor,
        type: entry.type,
        body: entry.body,
        details: entry.details ?? {},
      },
      m,
    );
    await this.audit.record(
      {
        workspaceId,
        action: entry.action,
        entityType: 'incident',
        entityId: incidentId,
        actor: by.actor,
        occurredAt: by.at,
        payload: entry.payload,
      },
      m,
    );
  }

  async attach(
    m: EntityManager,
    workspaceId: string,
    incidentId: string,
    file: EvidenceFile,
    by: LedgerActor,
  ): Promise<EvidenceFileView> {
    checkEvidence(file);
    const stored = await this.timeline.addEvidence(
      { workspaceId, incidentId, ...file, addedAt: by.at, addedBy: by.actor },
      m,
    );
    const facts = {
      evidenceId: stored.id,
      fileName: stored.fileName,
      mediaType: stored.mediaType,
      sizeBytes: stored.sizeBytes,
      sha256: stored.sha256,
    };
    await this.write(m, workspaceId, incidentId, by, {
      type: 'evidence',
      body: file.fileName,
      details: facts,
      action: 'incident.evidence_added',
      payload: facts,
    });
    return stored;
  }
}

export function checkEvidence(file: EvidenceFile): void {
  if (file.content.length === 0) throw new Error(`evidence file ${file.fileName} is empty`);
  if (file.content.length > MAX_EVIDENCE_BYTES)
    throw new Error(`evidence file ${file.fileName} is larger than ${MAX_EVIDENCE_BYTES / 1024 / 1024} MB`);
}
