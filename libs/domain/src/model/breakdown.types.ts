// Shapes shared by the calculators that report per sourcing group and per account (engagement, volume,
// risk, cost, tone). Plain data: a repository resolves who owned an item before the domain sees it.

/**
 * Row key of a sourcing group, resolved by the caller for the item's own time: `in_house`,
 * `agency:<name>`, `unassigned` (an operator nobody has placed in a group yet, UNASSIGNED_GROUP_LABEL) or
 * `unknown` (no operator, UNKNOWN_OPERATOR_LABEL). Incidents carry the group frozen when they happened.
 */
export type GroupKey = string;

/** Whose an item is: the account it was published on and the sourcing group of the person who did it. */
export interface ItemOwner {
  accountId: string;
  group: GroupKey;
}

/** One metric summary for one row: a sourcing group, an account, or everything (`total`). */
export interface BreakdownRow<Summary> {
  /** Group key, account id, or `total`. */
  key: string;
  summary: Summary;
}

/** A metric per sourcing group and per account, rows ordered by key, and the total over everything. */
export interface Breakdown<Summary> {
  byGroup: BreakdownRow<Summary>[];
  byAccount: BreakdownRow<Summary>[];
  total: BreakdownRow<Summary>;
}
