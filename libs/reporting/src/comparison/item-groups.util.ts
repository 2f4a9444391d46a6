// Whose each item was, resolved once for every calculator: inbound items by responsibility (the comparison's
// rule), outbound items by the sourcing group the operator who published them was in at the time.
import {
  accountHoursLookup,
  computeFirstResponses,
  groupAtResolver,
  responsibleGroupResolver,
  timeFirstResponses,
  UNASSIGNED_GROUP_LABEL,
  UNKNOWN_OPERATOR_LABEL,
  type FirstResponse,
  type TimedResponse,
} from '#domain';
import type { ResponsivenessFacts } from '../metrics/metrics-query.service.js';

/**
 * The group of the operator who published an item, at the item's time (`at`): `unknown` without an
 * operator, `unassigned` without a group then. A person who moved keeps her earlier items in her earlier group.
 */
export function outboundGroupResolver(
  operators: ResponsivenessFacts['operators'],
): (operatorId: string | null, at: Date) => string {
  const groupAt = groupAtResolver(operators);
  return (operatorId, at) => {
    if (operatorId === null) return UNKNOWN_OPERATOR_LABEL;
    return groupAt(operatorId, at) ?? UNASSIGNED_GROUP_LABEL;
  };
}

export interface ResolvedResponses {
  /** First responses of the actionable inbound items received in the period, on their accounts' clocks. */
  timed: TimedResponse[];
  /** The group responsible for an item (METRICS.md comparison: roster on shift, else the responder). */
  responsibleGroup: (response: FirstResponse) => string;
  /** The group credited with an item's first response (its responder's group); null when unanswered. */
  creditedGroup: (response: FirstResponse) => string | null;
}

type InboundFacts = ResponsivenessFacts['inbound'];
type OutboundFacts = ResponsivenessFacts['outbound'];

// The monthly report matches the month's replies for its responsiveness tables and the comparison engine
// matches them again for its own: a million items, matched twice. Both ask for the same input arrays, so
// the second asks for what the first computed. Weakly held: gone with the facts.
const matched = new WeakMap<InboundFacts, { outbound: OutboundFacts; responses: FirstResponse[] }>();

/**
 * computeFirstResponses, remembered for these exact (unchanged, readonly) arrays. Callers only read the
 * responses; every derived list (timed responses, rows) is a new array.
 */
export function firstResponsesOf(inbound: InboundFacts, outbound: OutboundFacts): FirstResponse[] {
  const known = matched.get(inbound);
  if (known && known.outbound === outbound) return known.responses;
  const responses = computeFirstResponses(inbound, outbound);
  matched.set(inbound, { outbound, responses });
  return responses;
}

/** computeFirstResponses → timeFirstResponses, with the group resolvers every calculator shares. */
export function resolveResponses(facts: ResponsivenessFacts): ResolvedResponses {
  const from = facts.from.getTime();
  const to = facts.to.getTime();
  const received = (item: InboundFacts[number]) => {
    const at = item.createdAt.getTime();
    return at >= from && at < to;
  };
  // The repositories load only the period's inbound items: the same array then serves (and is shared with
  // the monthly report's matching); a caller's wider list is narrowed to the period first.
  const inPeriod = facts.inbound.every(received) ? facts.inbound : facts.inbound.filter(received);
  const timed = timeFirstResponses(
    firstResponsesOf(inPeriod, facts.outbound),
    accountHoursLookup(facts.accounts),
  );
  const responsible = responsibleGroupResolver(facts);
  const cache = new Map<FirstResponse, string>();
  const responsibleGroup = (response: FirstResponse) => {
    let group = cache.get(response);
    if (group === undefined) {
      group = responsible(response);
      cache.set(response, group);
    }
    return group;
  };
  const ofOperator = outboundGroupResolver(facts.operators);
  return {
    timed,
    responsibleGroup,
    creditedGroup: (response) =>
      response.reply === null || response.responseSeconds === null
        ? null
        : ofOperator(response.responderOperatorId, response.reply.createdAt),
  };
}
