import type {
  LedgerEventRow,
  LedgerEvidenceRow,
  LedgerIncidentRow,
  LedgerReconciliationInput,
  StoredAuditEntry,
} from '#domain';
import type { DataSource } from 'typeorm';
import { rows, type Queryable } from './queryable.util.js';

/**
 * What `ledger audit verify` reconciles for one workspace: its incident rows, their timeline and evidence (with
 * the SHA-256 of the stored bytes, computed by the database so that files never travel), and the audit entries
 * about incidents. Read in one repeatable-read snapshot, so that a change committed meanwhile cannot show as a
 * mismatch between a table read before it and the log read after it.
 */
export class LedgerReconciliationRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** The whole workspace, or only the given incidents (`ledger incidents show`). */
  async load(workspaceId: string, incidentIds?: string[]): Promise<LedgerReconciliationInput> {
    return this.dataSource.transaction('REPEATABLE READ', async (m) => {
      // A merge is one entry about two incidents: showing either reconciles both.
      const only = incidentIds ? await withMergePartners(m, workspaceId, incidentIds) : null;
      const incidents = await rows<Record<string, unknown>>(
        m,
        `SELECT id, kind, severity, status, title, account_id, operator_id, sourcing_group, occurred_at,
                contained_at, resolved_at
         FROM incident WHERE workspace_id = $1 AND ($2::uuid[] IS NULL OR id = ANY($2::uuid[]))`,
        [workspaceId, only],
      );
      const events = await rows<Record<string, unknown>>(
        m,
        `SELECT id, incident_id, at, actor, type, body FROM incident_event
         WHERE workspace_id = $1 AND ($2::uuid[] IS NULL OR incident_id = ANY($2::uuid[])) ORDER BY at, id`,
        [workspaceId, only],
      );
      const evidence = await rows<Record<string, unknown>>(
        m,
        `SELECT id, incident_id, file_name, size_bytes, sha256, encode(sha256(content), 'hex') AS content_sha256
         FROM incident_evidence WHERE workspace_id = $1 AND ($2::uuid[] IS NULL OR incident_id = ANY($2::uuid[]))`,
        [workspaceId, only],
      );
      const entries = await rows<Record<string, unknown>>(
        m,
        `SELECT id, workspace_id, seq, occurred_at, actor, action, entity_type, entity_id, payload, prev_hash, hash
         FROM audit_log_entry WHERE workspace_id = $1 AND entity_type = 'incident'
           AND ($2::text[] IS NULL OR entity_id = ANY($2::text[]))
         ORDER BY seq`,
        [workspaceId, only],
      );
      return {
        incidents: incidents.map((r): LedgerIncidentRow => ({
          id: r.id as string,
          kind: r.kind as string,
          severity: r.severity as string,
          status: r.status as string,
          title: r.title as string,
          accountId: (r.account_id as string | null) ?? null,
          operatorId: (r.operator_id as string | null) ?? null,
          sourcingGroup: (r.sourcing_group as string | null) ?? null,
          occurredAt: r.occurred_at as Date,
          containedAt: (r.contained_at as Date | null) ?? null,
          resolvedAt: (r.resolved_at as Date | null) ?? null,
        })),
        events: events.map((r): LedgerEventRow => ({
          id: String(r.id),
          incidentId: r.incident_id as string,
          at: r.at as Date,
          actor: r.actor as string,
          type: r.type as string,
          body: (r.body as string | null) ?? null,
        })),
        evidence: evidence.map((r): LedgerEvidenceRow => ({
          id: r.id as string,
          incidentId: r.incident_id as string,
          fileName: r.file_name as string,
          sizeBytes: Number(r.size_bytes),
          sha256: r.sha256 as string,
          contentSha256: r.content_sha256 as string,
        })),
        entries: entries.map((r): StoredAuditEntry => ({
          id: String(r.id),
          workspaceId: r.workspace_id as string,
          seq: Number(r.seq),
          occurredAt: r.occurred_at as Date,
          actor: r.actor as string,
          action: r.action as string,
          entityType: r.entity_type as string,
          entityId: (r.entity_id as string | null) ?? null,
          payload: r.payload as Record<string, unknown>,
          prevHash: (r.prev_hash as string | null) ?? null,
          hash: r.hash as string,
        })),
      };
    });
  }
}

/** The given incidents and those a merge entry ties them to (kept or duplicate), transitively. */
async function withMergePartners(
  q: Queryable,
  workspaceId: string,
  incidentIds: string[],
): Promise<string[]> {
  const ids = new Set(incidentIds);
  for (let size = 0; size !== ids.size;) {
    size = ids.size;
    const merges = await rows<{ keep: string; duplicate: string }>(
      q,
      `SELECT entity_id AS keep, payload->>'duplicate' AS duplicate FROM audit_log_entry
       WHERE workspace_id = $1 AND entity_type = 'incident' AND action = 'incident.merged'
         AND (entity_id = ANY($2::text[]) OR payload->>'duplicate' = ANY($2::text[]))`,
      [workspaceId, [...ids]],
    );
    for (const m of merges) {
      ids.add(m.keep);
      if (m.duplicate) ids.add(m.duplicate);
    }
  }
  return [...ids];
}
