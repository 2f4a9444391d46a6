import type { AccountFact, AssignmentFact, OperatorFact, OutboundItemFact } from '../model/facts.js';
import { UNASSIGNED_GROUP_LABEL, UNKNOWN_OPERATOR_LABEL } from '../model/facts.js';
import { findRosterOperator } from '../attribution/roster.util.js';
import type { FirstResponse } from '../responsiveness/first-response.types.js';
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
  const operatorRow = (operatorId: string | null): RowIdentity => {
    if (operatorId === null) return UNKNOWN;
    const operator = operators.get(operatorId);
    return {
      key: operatorId,
      label: operator?.name ?? operatorId,
      sourcingGroup: operator?.sourcingGroup ?? null,
    };
  };
  const groupRow = (operatorId: string | null): RowIdentity => {
    if (operatorId === null) return UNKNOWN;
    const group = operators.get(operatorId)?.sourcingGroup ?? null;
    return group === null
      ? { key: UNASSIGNED_GROUP_LABEL, label: UNASSIGNED_GROUP_LABEL, sourcingGroup: null }
      : { key: group, label: group, sourcingGroup: group };
  };
  const byOperator = dimension === 'group' ? groupRow : operatorRow;

  const handlerOf = (response: FirstResponse): string | null => {
    if (response.reply !== null) return response.reply.operatorId;
    const { accountId, createdAt } = response.inbound;
    const timeZone = accounts.get(accountId)?.timeZone ?? 'UTC';
    return findRosterOperator(assignmentsByAccount.get(accountId) ?? [], accountId, createdAt, timeZone);
  };

  return {
    forInbound: (response) =>
      dimension === 'account' ? accountRow(response.inbound.accountId) : byOperator(handlerOf(response)),
    forOutbound: (item) =>
      dimension === 'account' ? accountRow(item.accountId) : byOperator(item.operatorId),
    always: () => (dimension === 'account' ? facts.accounts.map((account) => accountRow(account.id)) : []),
  };
}
