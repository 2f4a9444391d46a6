import os from 'node:os';
import {
  chainAuditEntry,
  toCanonicalValue,
  verifyAuditChain,
  type AuditChainHead,
  type AuditChainVerification,
  type StoredAuditEntry,
} from '#domain';
import type { DataSource, EntityManager } from 'typeorm';
import { currentAuditScope } from './audit-actor.context.js';
import { AuditLogRepository } from './audit-log.repository.js';

/** What a caller says happened; the service adds the time, the chain link and the hash. */
export interface AuditRecord {
  workspaceId: string;
  /** `<entity>.<verb>`: `incident.created`, `import.completed`, `roster.imported`, `report.issued` … */
  action: string;
  entityType: string;
  entityId?: string | null;
  payload?: Record<string, unknown>;
  /** Default: the request's actor (withAuditActor), else LEDGER_ACTOR, else `<process>:<operating-system user>`. */
  actor?: string;
  /** Default: now. */
  occurredAt?: Date;
}

/** Entries read per query when a chain is verified: memory stays flat however long the chain. */
const VERIFY_PAGE = 5000;

/**
 * Writes the audit log, the one way entries get into it: each entry is chained to the workspace's previous
 * entry by SHA-256 over its canonical form (docs/audit-log.md), under a per-workspace lock, inside the
 * caller's transaction when one is passed so that a change and its entry commit together. Provided by
 * PersistenceModule like a repository (constructed with the DataSource), so every module can record.
 */
export class AuditLogService {
  private readonly repository: AuditLogRepository;

  constructor(private readonly dataSource: DataSource) {
    this.repository = new AuditLogRepository(dataSource);
  }

  async record(record: AuditRecord, manager?: EntityManager): Promise<StoredAuditEntry> {
    if (manager) return this.append(record, manager);
    return this.dataSource.transaction((m) => this.append(record, m));
  }

  /** Recomputes a workspace's chain and names the first entry where it breaks. */
  async verify(
    workspaceId: string,
    options: { anchor?: AuditChainHead; pageSize?: number } = {},
  ): Promise<AuditChainVerification> {
    const pageSize = options.pageSize ?? VERIFY_PAGE;
    let checked = 0;
    let last: StoredAuditEntry | null = null;
    let head: AuditChainHead | null = null;
    const seen = new Map<number, string>();
    for (;;) {
      const page = await this.repository.pageOfChain(workspaceId, last?.seq ?? 0, pageSize);
      if (page.length === 0) break;
      // Each page is checked as a segment that starts with the last entry of the page before it, so the
      // link between pages is checked too; the first page must start the chain at #1.
      const result = verifyAuditChain(last ? [last, ...page] : page, { segment: last !== null });
      if (!result.ok) return { ...result, checked: checked + result.checked - (last ? 1 : 0) };
      checked += page.length;
      last = page[page.length - 1];
      head = result.head;
      if (options.anchor) for (const e of page) if (e.seq === options.anchor.seq) seen.set(e.seq, e.hash);
    }
    const anchor = options.anchor;
    if (anchor && seen.get(anchor.seq) !== anchor.hash) {
      return {
        ok: false,
        checked,
        head,
        firstBreak: {
          reason: 'anchor_mismatch',
          seq: anchor.seq,
          entryId: null,
          message: seen.has(anchor.seq)
            ? `entry #${anchor.seq} no longer has the anchored hash ${anchor.hash}`
            : `entry #${anchor.seq} (anchored with hash ${anchor.hash}) is gone: the chain ends at #${head?.seq ?? 0}`,
        },
      };
    }
    return { ok: true, checked, head, firstBreak: null };
  }

  private async append(record: AuditRecord, manager: EntityManager): Promise<StoredAuditEntry> {
    await this.repository.lockChain(record.workspaceId, manager);
    const head = await this.repository.head(record.workspaceId, manager);
    const entry = chainAuditEntry(head, {
      workspaceId: record.workspaceId,
      occurredAt: record.occurredAt ?? new Date(),
      actor: record.actor ?? defaultActor(),
      action: record.action,
      entityType: record.entityType,
      entityId: record.entityId ?? null,
      // Stored exactly as hashed: plain JSON, so that what jsonb hands back hashes the same.
      payload: toCanonicalValue(record.payload ?? {}) as Record<string, unknown>,
    });
    const id = await this.repository.insert(entry, manager);
    const scope = currentAuditScope();
    if (scope) scope.recorded += 1;
    return { ...entry, id };
  }
}

/**
 * Who acts when the caller does not say: the actor of the request being served (withAuditActor), else
 * LEDGER_ACTOR, else the program and the operating-system user.
 */
export function defaultActor(): string {
  const scope = currentAuditScope();
  if (scope) return scope.actor;
  if (process.env.LEDGER_ACTOR) return process.env.LEDGER_ACTOR;
  let user = 'unknown';
  try {
    user = os.userInfo().username;
  } catch {
    // No passwd entry (some containers): the actor is still named by its program.
  }
  const program = /ledger(\.js)?$/.test(process.argv[1] ?? '') ? 'cli' : 'app';
  return `${program}:${user}`;
}
