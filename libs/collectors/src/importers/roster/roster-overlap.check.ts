import type { RosterEntry, RosterRejection } from './roster.types.js';

/**
 * A signature must name one operator at a time on an account, or attribution by signature would be a
 * guess. Of two entries that give the same account and signature to different operators over overlapping
 * periods, the later line is rejected; the earlier one stands. Unsigned entries never conflict (a team
 * known only by the roster shares an account), nor do two entries of the same operator (e.g. weekday and
 * weekend shifts on separate lines).
 */
export function rejectSignatureConflicts(entries: RosterEntry[]): {
  kept: RosterEntry[];
  rejected: RosterRejection[];
} {
  const kept: RosterEntry[] = [];
  const rejected: RosterRejection[] = [];
  const bySignature = new Map<string, RosterEntry[]>();
  for (const entry of entries) {
    if (entry.signature === null) {
      kept.push(entry);
      continue;
    }
    // Handles are case-insensitive on every platform the ledger reads; signatures are compared as written.
    const key = `${entry.account.toLowerCase()}\u0000${entry.signature}`;
    const earlier = bySignature.get(key) ?? [];
    const conflict = earlier.find((other) => other.operator !== entry.operator && overlaps(other, entry));
    if (conflict === undefined) {
      kept.push(entry);
      bySignature.set(key, [...earlier, entry]);
      continue;
    }
    rejected.push({
      line: entry.line,
      field: 'signature',
      reason:
        `signature ${entry.signature} on ${entry.account} already belongs to ${conflict.operator} ` +
        `(line ${conflict.line}) from ${conflict.from} to ${conflict.to ?? 'open end'}; the periods overlap`,
    });
  }
  return { kept, rejected };
}

/** Half-open day ranges [from, to); ISO dates compare as strings. */
function overlaps(a: RosterEntry, b: RosterEntry): boolean {
  return (a.to === null || b.from < a.to) && (b.to === null || a.from < b.to);
}
