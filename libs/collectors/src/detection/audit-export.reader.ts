import { parse } from 'csv-parse/sync';
import { csvText, type StoredAuditEntry } from '#domain';

/**
 * Reads an audit export (`ledger audit export`, CSV or JSON) back into entries, so that the exported part
 * of a chain can be verified away from the database. In CSV an empty entity_id or prev_hash is null.
 */
export function readAuditExport(
  text: string,
  format: 'csv' | 'json',
): { workspaceId: string | null; entries: StoredAuditEntry[] } {
  if (format === 'json') {
    const parsed = JSON.parse(text) as { workspaceId?: string; entries?: Record<string, unknown>[] };
    if (!Array.isArray(parsed.entries)) throw new Error('not an audit export: no "entries" list');
    return {
      workspaceId: parsed.workspaceId ?? null,
      entries: parsed.entries.map((e) => ({
        ...(e as unknown as StoredAuditEntry),
        occurredAt: new Date(e.occurredAt as string),
      })),
    };
  }
  const records = (parse(text, { columns: true, skip_empty_lines: true }) as Record<string, string>[]).map(
    (r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, csvText(v)])),
  );
  return {
    workspaceId: records[0]?.workspace_id ?? null,
    entries: records.map((r) => {
      if (r.hash === undefined || r.seq === undefined)
        throw new Error('not an audit export: no hash and seq columns');
      return {
        id: r.id,
        workspaceId: r.workspace_id,
        seq: Number(r.seq),
        occurredAt: new Date(r.occurred_at),
        actor: r.actor,
        action: r.action,
        entityType: r.entity_type,
        entityId: r.entity_id === '' ? null : r.entity_id,
        payload: JSON.parse(r.payload) as Record<string, unknown>,
        prevHash: r.prev_hash === '' ? null : r.prev_hash,
        hash: r.hash,
      };
    }),
  };
}
