import type { AttributionLookups } from './attribution.types.js';
import { normaliseOperatorName } from './attribution-lookups.util.js';
import { isAssignedAt } from './shift.util.js';

export type NameResolution =
  | { kind: 'operator'; operatorId: string }
  /** No operator has that name: the caller may create one. */
  | { kind: 'unknown' }
  /** Several operators share the name and the account's assignments do not single one out. */
  | { kind: 'ambiguous' };

/**
 * Resolves a name given by the platform or a tool. When several operators share it, the one assigned to
 * this account at that instant (shifts aside: people answer off shift too) wins; if that is still not
 * exactly one, the name proves nothing and attribution moves on to the next step.
 */
export function resolveOperatorName(
  name: string,
  accountId: string,
  instant: Date,
  lookups: AttributionLookups,
): NameResolution {
  const candidates = lookups.operatorIdsByName.get(normaliseOperatorName(name)) ?? [];
  if (candidates.length === 0) return { kind: 'unknown' };
  if (candidates.length === 1) return { kind: 'operator', operatorId: candidates[0] };
  const assignments = lookups.assignmentsByAccount.get(accountId) ?? [];
  const assigned = candidates.filter((id) =>
    assignments.some((a) => a.operatorId === id && isAssignedAt(a, instant)),
  );
  return assigned.length === 1 ? { kind: 'operator', operatorId: assigned[0] } : { kind: 'ambiguous' };
}
