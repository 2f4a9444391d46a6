import type { AssignmentFact, OperatorAliasFact, OperatorFact } from '../model/facts.js';
import type { AttributionLookups } from './attribution.types.js';

/** Names as platforms and tools spell them vary in case and spacing ("anna  Berg" vs "Anna Berg"). */
export function normaliseOperatorName(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLocaleLowerCase('en');
}

/** Signatures match exactly: `^AC` and `^Ac` may be two people, and the pattern already fixes the case. */
export function aliasKey(accountId: string, signature: string): string {
  return `${accountId}\u0000${signature}`;
}

export function buildAttributionLookups(facts: {
  operators: readonly OperatorFact[];
  aliases: readonly OperatorAliasFact[];
  assignments: readonly AssignmentFact[];
}): AttributionLookups {
  const operatorIdsByName = new Map<string, string[]>();
  for (const operator of facts.operators) {
    const key = normaliseOperatorName(operator.name);
    const ids = operatorIdsByName.get(key);
    if (ids) ids.push(operator.id);
    else operatorIdsByName.set(key, [operator.id]);
  }
  const operatorIdBySignature = new Map<string, string>();
  for (const alias of facts.aliases)
    operatorIdBySignature.set(aliasKey(alias.accountId, alias.signature), alias.operatorId);
  const assignmentsByAccount = new Map<string, AssignmentFact[]>();
  for (const assignment of facts.assignments) {
    const list = assignmentsByAccount.get(assignment.accountId);
    if (list) list.push(assignment);
    else assignmentsByAccount.set(assignment.accountId, [assignment]);
  }
  return { operatorIdsByName, operatorIdBySignature, assignmentsByAccount };
}
