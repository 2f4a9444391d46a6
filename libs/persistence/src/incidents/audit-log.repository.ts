import type { AuditChainHead, AuditEntryContent, StoredAuditEntry } from '#domain';
import type { DataSource } from 'typeorm';
import { rows, type Queryable } from './queryable.util.js';

interface AuditRow {
  id: string;
  workspace_id: string;
  seq: string;
  occurred_at: Date;
  actor: string;
  action: string;
  entity_type: string;
  entity_id: string | null;
  payload: Record<string, unknown>;
  prev_hash: string | null;
  hash: string;
}

const COLUMNS = `id, workspace_id, seq, occurred_at, actor, action, entity_type, entity_id, payload, prev_hash, hash`;

/**
 * The audit log's SQL. Appending is AuditLogService's job (it computes the chain); this class only reads,
 * locks and inserts. The table refuses UPDATE and DELETE (a trigger), so there is nothing else to do.
 */
export class AuditLogRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Serialises appends to one workspace's chain until the transaction ends: two writers reading the same
   * head would both link to it. The unique (workspace_id, seq) index is the last line of defence.
   */
  async lockChain(workspaceId: string, q: Queryable): Promise<void> {
    await q.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [
      `audit_log_entry:${workspaceId}`,
    ]);
  }

  async head(workspaceId: string, q: Queryable = this.dataSource): Promise<AuditChainHead | null> {
    const [row] = await rows<{ seq: string; hash: string }>(
      q,
      `SELECT seq, hash FROM audit_log_entry WHERE workspace_id = $1 ORDER BY seq DESC LIMIT 1`,
      [workspaceId],
    );
    return row ? { seq: Number(row.seq), hash: row.hash } : null;
  }

  async insert(entry: AuditEntryContent & { hash: string }, q: Queryable): Promise<string> {
    const [row] = await rows<{ id: string }>(
      q,
      `INSERT INTO audit_log_entry
         (workspace_id, seq, occurred_at, actor, action, entity_type, entity_id, payload, prev_hash, hash)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
       RETURNING id`,
      [
        entry.workspaceId,
        entry.seq,
        entry.occurredAt,
        entry.actor,
        entry.action,
        entry.entityType,
        entry.entityId,
        JSON.stringify(entry.payload),
        entry.prevHash,
        entry.hash,
      ],
    );
    return String(row.id);
  }

  /** One page of a workspace's chain in sequence order, after `afterSeq` (keyset pagination). */
  async pageOfChain(workspaceId: string, afterSeq: number, limit: number): Promise<StoredAuditEntry[]> {
    const list = await rows<AuditRow>(
      this.dataSource,
      `SELECT ${COLUMNS} FROM audit_log_entry WHERE workspace_id = $1 AND seq > $2 ORDER BY seq LIMIT $3`,
      [workspaceId, afterSeq, limit],
    );
    return list.map(toEntry);
  }

  /** Entries that occurred in [from, to), in chain order (exports, the incident audit report). */
  async listForPeriod(workspaceId: string, from: Date, to: Date): Promise<StoredAuditEntry[]> {
    const list = await rows<AuditRow>(
      this.dataSource,
      `SELECT ${COLUMNS} FROM audit_log_entry
       WHERE workspace_id = $1 AND occurred_at >= $2 AND occurred_at < $3 ORDER BY seq`,
      [workspaceId, from, to],
    );
    return list.map(toEntry);
  }

  /** Every entry about the given entities (an incident's history for the audit report), in chain order. */
  async listForEntities(
    workspaceId: string,
    entityType: string,
    entityIds: string[],
  ): Promise<StoredAuditEntry[]> {
    if (entityIds.length === 0) return [];
    const list = await rows<AuditRow>(
      this.dataSource,
      `SELECT ${COLUMNS} FROM audit_log_entry
       WHERE workspace_id = $1 AND entity_type = $2 AND entity_id = ANY($3::text[]) ORDER BY seq`,
      [workspaceId, entityType, entityIds],
    );
    return list.map(toEntry);
  }

  /** Workspaces that have audit entries, with their slugs where the workspace still exists. */
  async chains(): Promise<{ workspaceId: string; slug: string | null; entries: number }[]> {
    const list = await rows<{ workspace_id: string; slug: string | null; entries: number }>(
      this.dataSource,
      `SELECT a.workspace_id, w.slug, count(*)::int AS entries
       FROM audit_log_entry a LEFT JOIN workspace w ON w.id = a.workspace_id
       GROUP BY a.workspace_id, w.slug ORDER BY w.slug NULLS LAST, a.workspace_id`,
    );
    return list.map((r) => ({ workspaceId: r.workspace_id, slug: r.slug, entries: r.entries }));
  }
}

function toEntry(r: AuditRow): StoredAuditEntry {
  return {
    id: String(r.id),
    workspaceId: r.workspace_id,
    seq: Number(r.seq),
    occurredAt: r.occurred_at,
    actor: r.actor,
    action: r.action,
    entityType: r.entity_type,
    entityId: r.entity_id,
    payload: r.payload,
    prevHash: r.prev_hash,
    hash: r.hash,
  };
}
