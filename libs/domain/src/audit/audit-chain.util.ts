import { createHash } from 'node:crypto';
import { canonicalJson } from './canonical-json.util.js';
import type {
  AuditChainBreak,
  AuditChainHead,
  AuditChainVerification,
  AuditEntryContent,
  StoredAuditEntry,
} from './audit.types.js';

/** Version of the canonical form; part of what is hashed, so a future form cannot be confused with this one. */
export const AUDIT_CANONICAL_VERSION = 1;

/** The exact string an entry's hash is computed over (docs/audit-log.md). */
export function auditCanonicalForm(entry: AuditEntryContent): string {
  return canonicalJson({
    v: AUDIT_CANONICAL_VERSION,
    workspaceId: entry.workspaceId,
    seq: entry.seq,
    occurredAt: entry.occurredAt,
    actor: entry.actor,
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId,
    payload: entry.payload,
    prevHash: entry.prevHash,
  });
}

/** SHA-256 of the canonical form, lower-case hex. */
export function hashAuditEntry(entry: AuditEntryContent): string {
  return createHash('sha256').update(auditCanonicalForm(entry), 'utf8').digest('hex');
}

export type AuditEntryDraft = Omit<AuditEntryContent, 'seq' | 'prevHash'>;

/** The next entry of a chain whose newest entry is `head` (null: the chain is empty), with its hash. */
export function chainAuditEntry(
  head: AuditChainHead | null,
  draft: AuditEntryDraft,
): AuditEntryContent & { hash: string } {
  const content: AuditEntryContent = { ...draft, seq: (head?.seq ?? 0) + 1, prevHash: head?.hash ?? null };
  return { ...content, hash: hashAuditEntry(content) };
}

export interface VerifyAuditChainOptions {
  /**
   * An exported part of a chain rather than the whole of it: the first entry's sequence number and link
   * are taken as given, everything after them is checked. Default false: the chain must start at 1.
   */
  segment?: boolean;
  /** An entry known from elsewhere (a printed head, a report): the chain must still hold it, unchanged. */
  anchor?: AuditChainHead;
}

/**
 * Recomputes a workspace's chain (entries in any order; they are sorted by seq) and names the first entry
 * where it does not hold: an entry whose content no longer gives its hash (a field was changed), an entry
 * that does not link to the one before it (an entry was changed and re-hashed), a sequence number that is
 * missing (an entry was deleted) or repeated. Deleting the newest entries leaves a shorter chain that holds:
 * only an anchor written down earlier shows that.
 */
export function verifyAuditChain(
  entries: readonly StoredAuditEntry[],
  options: VerifyAuditChainOptions = {},
): AuditChainVerification {
  const sorted = [...entries].sort((a, b) => a.seq - b.seq);
  let expectedSeq = options.segment && sorted.length > 0 ? sorted[0].seq : 1;
  let previous: StoredAuditEntry | null = null;
  let checked = 0;
  const fail = (firstBreak: AuditChainBreak): AuditChainVerification => ({
    ok: false,
    checked,
    head: previous ? { seq: previous.seq, hash: previous.hash } : null,
    firstBreak,
  });

  for (const entry of sorted) {
    if (entry.seq > expectedSeq) {
      return fail({
        reason: 'entry_missing',
        seq: expectedSeq,
        entryId: null,
        message:
          `entry #${expectedSeq} is missing (deleted): the chain goes from ` +
          `${previous ? describe(previous) : 'its start'} to ${describe(entry)}`,
      });
    }
    if (entry.seq < expectedSeq) {
      return fail({
        reason: 'sequence_repeated',
        seq: entry.seq,
        entryId: entry.id,
        message: `${describe(entry)} repeats sequence number ${entry.seq}`,
      });
    }
    const expectedPrev = previous ? previous.hash : options.segment ? entry.prevHash : null;
    if (hashAuditEntry(entry) !== entry.hash) {
      return fail({
        reason: 'content_changed',
        seq: entry.seq,
        entryId: entry.id,
        message: `${describe(entry)} was altered: its content no longer gives its stored hash`,
      });
    }
    if (entry.prevHash !== expectedPrev) {
      return fail({
        reason: 'link_broken',
        seq: entry.seq,
        entryId: entry.id,
        message:
          `${describe(entry)} does not link to ${previous ? describe(previous) : 'the start of the chain'}: ` +
          'an entry was altered and re-hashed, or replaced',
      });
    }
    previous = entry;
    checked += 1;
    expectedSeq += 1;
  }

  const head = previous ? { seq: previous.seq, hash: previous.hash } : null;
  const anchor = options.anchor;
  if (anchor) {
    const held = sorted.find((e) => e.seq === anchor.seq);
    if (!held || held.hash !== anchor.hash) {
      return {
        ok: false,
        checked,
        head,
        firstBreak: {
          reason: 'anchor_mismatch',
          seq: anchor.seq,
          entryId: held?.id ?? null,
          message: held
            ? `entry #${anchor.seq} (id ${held.id}) no longer has the anchored hash ${anchor.hash}`
            : `entry #${anchor.seq} (anchored with hash ${anchor.hash}) is gone: the chain ends at #${head?.seq ?? 0}`,
        },
      };
    }
  }
  return { ok: true, checked, head, firstBreak: null };
}

function describe(entry: StoredAuditEntry): string {
  return `entry #${entry.seq} (id ${entry.id}, ${entry.action})`;
}
