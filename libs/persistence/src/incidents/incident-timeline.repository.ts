import { createHash } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { rows, type Queryable } from './queryable.util.js';

export interface IncidentEventView {
  id: string;
  incidentId: string;
  at: Date;
  actor: string;
  /** reported, detected, updated, status, comment, evidence */
  type: string;
  body: string | null;
  details: Record<string, unknown>;
}

export interface EvidenceFileView {
  id: string;
  incidentId: string;
  fileName: string;
  mediaType: string;
  sizeBytes: number;
  sha256: string;
  addedAt: Date;
  addedBy: string;
}

/** An incident's timeline (events, comments among them) and the files attached as evidence. */
export class IncidentTimelineRepository {
  constructor(private readonly dataSource: DataSource) {}

  async addEvent(
    event: Omit<IncidentEventView, 'id'> & { workspaceId: string },
    q: Queryable = this.dataSource,
  ): Promise<string> {
    const [row] = await rows<{ id: string }>(
      q,
      `INSERT INTO incident_event (workspace_id, incident_id, at, actor, type, body, details)
       VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
      [
        event.workspaceId,
        event.incidentId,
        event.at,
        event.actor,
        event.type,
        event.body,
        JSON.stringify(event.details),
      ],
    );
    return String(row.id);
  }

  /** The events of the given incidents in the order they happened. */
  async listEvents(incidentIds: string[]): Promise<IncidentEventView[]> {
    if (incidentIds.length === 0) return [];
    const list = await rows<Record<string, unknown>>(
      this.dataSource,
      `SELECT id, incident_id, at, actor, type, body, details FROM incident_event
       WHERE incident_id = ANY($1::uuid[]) ORDER BY at, id`,
      [incidentIds],
    );
    return list.map((r) => ({
      id: String(r.id),
      incidentId: r.incident_id as string,
      at: r.at as Date,
      actor: r.actor as string,
      type: r.type as string,
      body: (r.body as string | null) ?? null,
      details: (r.details as Record<string, unknown>) ?? {},
    }));
  }

  /** Stores a file with its SHA-256 (computed here, from the bytes stored). */
  async addEvidence(
    file: {
      workspaceId: string;
      incidentId: string;
      fileName: string;
      mediaType: string;
      content: Buffer;
      addedAt: Date;
      addedBy: string;
    },
    q: Queryable = this.dataSource,
  ): Promise<EvidenceFileView> {
    const sha256 = createHash('sha256').update(file.content).digest('hex');
    const [row] = await rows<{ id: string }>(
      q,
      `INSERT INTO incident_evidence (workspace_id, incident_id, file_name, media_type, size_bytes, sha256, content, added_at, added_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
      [
        file.workspaceId,
        file.incidentId,
        file.fileName,
        file.mediaType,
        file.content.length,
        sha256,
        file.content,
        file.addedAt,
        file.addedBy,
      ],
    );
    return {
      id: row.id,
      incidentId: file.incidentId,
      fileName: file.fileName,
      mediaType: file.mediaType,
      sizeBytes: file.content.length,
      sha256,
      addedAt: file.addedAt,
      addedBy: file.addedBy,
    };
  }

  /** Files added at the same moment (one upload of several) by name: a stable order for every reader. */
  async listEvidence(incidentIds: string[], q: Queryable = this.dataSource): Promise<EvidenceFileView[]> {
    if (incidentIds.length === 0) return [];
    const list = await rows<Record<string, unknown>>(
      q,
      `SELECT id, incident_id, file_name, media_type, size_bytes, sha256, added_at, added_by
       FROM incident_evidence WHERE incident_id = ANY($1::uuid[]) ORDER BY added_at, file_name, id`,
      [incidentIds],
    );
    return list.map(toEvidenceFileView);
  }

  /**
   * One evidence file of one incident of the workspace, with its bytes (null when any of the three does not
   * match: an id from another workspace or incident is as unknown as a made-up one).
   */
  async evidenceFile(
    workspaceId: string,
    incidentId: string,
    id: string,
  ): Promise<(EvidenceFileView & { content: Buffer }) | null> {
    const [r] = await rows<Record<string, unknown>>(
      this.dataSource,
      `SELECT id, incident_id, file_name, media_type, size_bytes, sha256, added_at, added_by, content
       FROM incident_evidence WHERE workspace_id = $1 AND incident_id = $2 AND id = $3`,
      [workspaceId, incidentId, id],
    );
    if (!r) return null;
    return {
      ...toEvidenceFileView(r),
      // PGlite answers bytea as a Uint8Array, node-postgres as a Buffer.
      content: Buffer.from(r.content as Uint8Array),
    };
  }

  /** The bytes of one evidence file, for download. */
  async evidenceContent(workspaceId: string, id: string): Promise<Buffer | null> {
    const [row] = await rows<{ content: Buffer }>(
      this.dataSource,
      `SELECT content FROM incident_evidence WHERE workspace_id = $1 AND id = $2`,
      [workspaceId, id],
    );
    return row?.content ?? null;
  }
}

/** An incident_evidence row (without its bytes) as the timeline shows it. */
function toEvidenceFileView(r: Record<string, unknown>): EvidenceFileView {
  return {
    id: r.id as string,
    incidentId: r.incident_id as string,
    fileName: r.file_name as string,
    mediaType: r.media_type as string,
    sizeBytes: r.size_bytes as number,
    sha256: r.sha256 as string,
    addedAt: r.added_at as Date,
    addedBy: r.added_by as string,
  };
}
