import type { AccountFact, AssignmentFact, OperatorFact, OutboundItemFact } from '../model/facts.js';
import { UNASSIGNED_GROUP_LABEL, UNKNOWN_OPERATOR_LABEL } from '../model/facts.js';
import { findRosterOperator } from '../attribution/roster.util.js';
import type { FirstResponse } from '../responsiveness/first-response.types.js';
import { groupAtResolver } from '../roster/group-at.util.js';
import type { MetricsDimension } from './metrics.types.js';

/** Which row an item is counted in. */
export interface RowIdentity {
  key: string;
  label: string;
  sourcingGroup: string | null;
}

export interface RowIdentities {
  forInbound(response: FirstResponse): RowIdentity;
  forOutbound(item: OutboundItemFact): RowIdentity;
  /** Rows shown even without volume: every account of the report, for the account dimension. */
  always(): RowIdentity[];
}

const UNKNOWN: RowIdentity = {
  key: UNKNOWN_OPERATOR_LABEL,
  label: UNKNOWN_OPERATOR_LABEL,
  sourcingGroup: null,
};

/**
 * Operator and group rows follow the person who handled the item. An answered item (a negative interval
 * included: someone did reply) belongs to the operator credited with its first response; an unanswered
 * one to the operator the roster puts on shift when it arrived (it was theirs to answer), else `unknown`.
 * The group is the one the person was in at the item's time (the reply's, or the arrival's when unanswered):
 * a person who moved from the agency to staff is two operator rows in the month of the move, one per group
 * (the row of her current group keeps her id as key; the other's key adds the group).
 */
export function rowIdentities(
  dimension: MetricsDimension,
  facts: {
    accounts: readonly AccountFact[];
    operators: readonly OperatorFact[];
    assignments: readonly AssignmentFact[];
  },
): RowIdentities {
  const accounts = new Map(facts.accounts.map((account) => [account.id, account]));
  const operators = new Map(facts.operators.map((operator) => [operator.id, operator]));
  const assignmentsByAccount = new Map<string, AssignmentFact[]>();
  for (const assignment of facts.assignments) {
    const list = assignmentsByAccount.get(assignment.accountId);
    if (list) list.push(assignment);
    else assignmentsByAccount.set(assignment.accountId, [assignment]);
  }

  const accountRow = (accountId: string): RowIdentity => ({
    key: accountId,
    label: accounts.get(accountId)?.handle ?? accountId,
    sourcingGroup: null,
  });
  const groupAt = groupAtResolver(facts.operators);
  const operatorRow = (operatorId: string | null, at: Date): RowIdentity => {
    if (operatorId === null) return UNKNOWN;
    const operator = operators.get(operatorId);
    const group = groupAt(operatorId, at);
    const current = operator?.sourcingGroup ?? null;
    return {
      key: group === current ? operatorId : `${operatorId}|${group ?? UNASSIGNED_GROUP_LABEL}`,
      label: operator?.name ?? operatorId,
      sourcingGroup: group,
    };
  };
  const groupRow = (operatorId: string | null, at: Date): RowIdentity => {
    if (operatorId === null) return UNKNOWN;
    const group = groupAt(operatorId, at);
    return group === null
      ? { key: UNASSIGNED_GROUP_LABEL, label: UNASSIGNED_GROUP_LABEL, sourcingGroup: null }
      : { key: group, label: group, sourcingGroup: group };
  };
  const byOperator = dimension === 'group' ? groupRow : operatorRow;

  const rowOfHandler = (response: FirstResponse): RowIdentity => {
    if (response.reply !== null) return byOperator(response.reply.operatorId, response.reply.createdAt);
    const { accountId, createdAt } = response.inbound;
    const timeZone = accounts.get(accountId)?.timeZone ?? 'UTC';
    const operatorId = findRosterOperator(
      assignmentsByAccount.get(accountId) ?? [],
      accountId,
      createdAt,
      timeZone,
    );
    return byOperator(operatorId, createdAt);
  };

  return {
    forInbound: (response) =>
      dimension === 'account' ? accountRow(response.inbound.accountId) : rowOfHandler(response),
    forOutbound: (item) =>
      dimension === 'account' ? accountRow(item.accountId) : byOperator(item.operatorId, item.createdAt),
    always: () => (dimension === 'account' ? facts.accounts.map((account) => accountRow(account.id)) : []),
  };
}
