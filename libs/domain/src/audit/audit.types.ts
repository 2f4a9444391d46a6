/** What one audit log entry says: everything its hash covers (docs/audit-log.md). */
export interface AuditEntryContent {
  workspaceId: string;
  /** Position in the workspace's chain: 1, 2, 3 … without gaps. */
  seq: number;
  occurredAt: Date;
  /** Who did it: a person, an API key, `cli:<user>`, `worker`. */
  actor: string;
  /** What happened, `<entity>.<verb>`: `incident.created`, `import.completed`, `report.issued` … */
  action: string;
  entityType: string;
  entityId: string | null;
  payload: Record<string, unknown>;
  /** The hash of the entry before this one in the workspace's chain; null for the first entry. */
  prevHash: string | null;
}

/** An entry as stored: its content, its hash and the database's id for it. */
export interface StoredAuditEntry extends AuditEntryContent {
  id: string;
  hash: string;
}

/** The newest entry of a chain: what the next entry links to. */
export interface AuditChainHead {
  seq: number;
  hash: string;
}

export type AuditChainBreakReason =
  | 'content_changed'
  | 'link_broken'
  | 'entry_missing'
  | 'sequence_repeated'
  | 'anchor_mismatch'
  /** The chain holds, but the incident tables do not say what its entries say (reconcileIncidentLedger). */
  | 'ledger_mismatch';

/** The first place where the chain does not hold, named so that a person can find the row. */
export interface AuditChainBreak {
  reason: AuditChainBreakReason;
  /** The sequence number of the broken (or missing) entry. */
  seq: number;
  /** The id of the broken entry; null when the entry is missing altogether. */
  entryId: string | null;
  message: string;
}

export interface AuditChainVerification {
  ok: boolean;
  /** Entries checked before the first break (all of them when the chain holds). */
  checked: number;
  /** The newest entry read: write it down to detect later truncation (see `anchor`). */
  head: AuditChainHead | null;
  firstBreak: AuditChainBreak | null;
  /**
   * The incident ledger reconciled with the log, when the database was verified (not an export): every
   * mismatch, each named by incident, field, what the log says and what the table says.
   */
  ledger?: { incidents: number; mismatches: LedgerMismatchSummary[] };
}

/** One mismatch between the incident tables and the audit log (see LedgerMismatch in incidents/). */
export interface LedgerMismatchSummary {
  incidentId: string;
  field: string;
  log: string;
  table: string;
  entrySeq: number | null;
  entryId: string | null;
  message: string;
}
