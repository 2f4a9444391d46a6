import type { ShiftWindow } from '#domain';

/**
 * One line of a roster: who worked an account, under which signature, for whom, and when. Dates are
 * calendar days ('YYYY-MM-DD') in the account's time zone, which the caller applies: the roster file
 * does not know it.
 */
export interface RosterEntry {
  /** Line in the file where the entry starts. */
  line: number;
  /** Account handle, without a leading `@`. */
  account: string;
  /** How the operator signs replies (`MM` for `^MM`); null for an operator known only by the roster. */
  signature: string | null;
  operator: string;
  /** `in_house` or `agency:<name>`. */
  sourcingGroup: string;
  /** First day on the account. */
  from: string;
  /** First day no longer on the account (exclusive); null while the assignment runs. */
  to: string | null;
  /** Weekly shifts; null when on shift at any time within [from, to). */
  shifts: ShiftWindow[] | null;
}

/** The roster columns (CSV header names, YAML keys). */
export const ROSTER_FIELDS = ['account', 'signature', 'operator', 'group', 'from', 'to', 'shifts'] as const;
export type RosterField = (typeof ROSTER_FIELDS)[number];

/** A roster entry (or one of its fields) that was not accepted; the other entries are kept. */
export interface RosterRejection {
  line: number;
  /** The offending field, or `entry` when the entry as a whole is malformed. */
  field: RosterField | 'entry';
  reason: string;
}

export interface RosterReadResult {
  entries: RosterEntry[];
  rejected: RosterRejection[];
}
