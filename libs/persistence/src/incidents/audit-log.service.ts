import os from 'node:os';
import {
  chainAuditEntry,
  reconcileIncidentLedger,
  toCanonicalValue,
  verifyAuditChain,
  type AuditChainHead,
  type AuditChainVerification,
  type LedgerMismatch,
  type StoredAuditEntry,
} from '#domain';
import type { DataSource, EntityManager } from 'typeorm';
import { currentAuditScope } from './audit-actor.context.js';
import { AuditLogRepository } from './audit-log.repository.js';
import { LedgerReconciliationRepository } from './ledger-reconciliation.repository.js';

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
  private readonly ledger: LedgerReconciliationRepository;

  constructor(private readonly dataSource: DataSource) {
    this.repository = new AuditLogRepository(dataSource);
    this.ledger = new LedgerReconciliationRepository(dataSource);
  }

  async record(record: AuditRecord, manager?: EntityManager): Promise<StoredAuditEntry> {
    if (manager) return this.append(record, manager);
    return this.dataSource.transaction((m) => this.append(record, m));
  }

  /**
   * Recomputes a workspace's chain and names the first entry where it breaks; then reconciles the incident
   * ledger with the log (unless `ledger: false`): a chain that holds over tables changed behind its back is
   * not a verified ledger. Every mismatch is in `ledger.mismatches`; the first one is `firstBreak` when the
   * chain itself holds.
   */
  async verify(
    workspaceId: string,
    options: { anchor?: AuditChainHead; pageSize?: number; ledger?: boolean } = {},
  ): Promise<AuditChainVerification> {
    const chain = await this.verifyChain(workspaceId, options);
    if (options.ledger === false) return chain;
    const input = await this.ledger.load(workspaceId);
    const mismatches = reconcileIncidentLedger(input);
    const ledger = { incidents: input.incidents.length, mismatches };
    if (!chain.ok || mismatches.length === 0) return { ...chain, ledger };
    const [first] = mismatches;
    const more = mismatches.length > 1 ? ` (and ${mismatches.length - 1} more: ledger audit verify)` : '';
    return {
      ...chain,
      ok: false,
      ledger,
      firstBreak: {
        reason: 'ledger_mismatch',
        seq: first.entrySeq ?? 0,
        entryId: first.entryId,
        message: `the incident tables do not match the log: ${first.message}${more}`,
      },
    };
  }

  /**
   * The given incidents reconciled with their audit entries (not the chain): what `ledger incidents show`
   * prints beside an incident, so that a row changed behind the log's back is flagged where it is read.
   */
  async reconcileIncidents(workspaceId: string, incidentIds: string[]): Promise<LedgerMismatch[]> {
    return reconcileIncidentLedger(await this.ledger.load(workspaceId, incidentIds));
  }

  private async verifyChain(
    workspaceId: string,
    options: { anchor?: AuditChainHead; pageSize?: number },
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
