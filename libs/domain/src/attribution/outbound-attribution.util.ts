import type { AttributionSource } from '../model/facts.js';
import type { OutboundAttribution, OutboundAttributionInput } from './attribution.types.js';
import { aliasKey } from './attribution-lookups.util.js';
import { resolveOperatorName } from './operator-name.util.js';
import { findRosterOperator } from './roster.util.js';
import { extractSignature } from './signature.util.js';

/**
 * Who published an outbound item, tried in METRICS.md order: platform → tool → signature (alias table)
 * → roster → unknown. Pure: when the evidence names someone we have no operator for, the result says so
 * (unknownOperatorName / unknownSignature, operatorId null, source kept) and the caller creates the
 * operator, then calls completeAttribution. Falling through to the roster instead would overrule direct
 * evidence with a guess.
 */
export function attributeOutbound({ item, account, lookups }: OutboundAttributionInput): OutboundAttribution {
  // Extracted up front so a broken account pattern fails on the first item, not only on unsigned ones.
  const signature = extractSignature(item.text, account.signaturePattern);

  const named: [AttributionSource, string | null | undefined][] = [
    ['platform', item.platformOperatorName],
    ['tool', item.toolOperatorName],
  ];
  for (const [source, name] of named) {
    if (!name?.trim()) continue;
    const resolved = resolveOperatorName(name, item.accountId, item.createdAt, lookups);
    if (resolved.kind === 'operator') return { operatorId: resolved.operatorId, source, signature };
    if (resolved.kind === 'unknown')
      return { operatorId: null, source, signature, unknownOperatorName: name.trim() };
  }

  if (signature !== null) {
    const operatorId = lookups.operatorIdBySignature.get(aliasKey(item.accountId, signature));
    return operatorId
      ? { operatorId, source: 'signature', signature }
      : { operatorId: null, source: 'signature', signature, unknownSignature: signature };
  }

  const assignments = lookups.assignmentsByAccount.get(item.accountId) ?? [];
  const rostered = findRosterOperator(assignments, item.accountId, item.createdAt, account.timeZone);
  if (rostered !== null) return { operatorId: rostered, source: 'roster', signature };

  return { operatorId: null, source: 'unknown', signature };
}

/** Binds a pending attribution (unknown signature or name) to the operator the caller has just created. */
export function completeAttribution(
  attribution: OutboundAttribution,
  operatorId: string,
): OutboundAttribution {
  if (attribution.unknownSignature === undefined && attribution.unknownOperatorName === undefined) {
    throw new Error(`Attribution from ${attribution.source} is not waiting for an operator`);
  }
  return { operatorId, source: attribution.source, signature: attribution.signature };
}
