import { summarizeDurations } from '../statistics/duration-summary.util.js';
import { computeResponseRate } from '../responsiveness/response-rate.util.js';
import type { FirstResponse } from '../responsiveness/first-response.types.js';
import type { ResponsivenessRow } from './metrics.types.js';
import type { RowIdentity } from './row-identity.util.js';

/**
 * One row from the first responses of its inbound items and its outbound count. `answered` counts items
 * with a valid response; `frt.count` counts FRT observations, which is fewer when a direct-message turn
 * answered several messages at once (one observation per turn, see conversation-turns).
 */
export function buildResponsivenessRow(
  identity: RowIdentity,
  responses: readonly FirstResponse[],
  outbound: number,
  dataEnd: Date,
): ResponsivenessRow {
  const observations: number[] = [];
  let answered = 0;
  let negativeIntervals = 0;
  for (const response of responses) {
    negativeIntervals += response.negativeIntervals;
    if (response.responseSeconds === null) continue;
    answered += 1;
    if (response.countsInFrt) observations.push(response.responseSeconds);
  }
  return {
    ...identity,
    inbound: responses.length,
    answered,
    outbound,
    frt: summarizeDurations(observations),
    responseRate: computeResponseRate(responses, dataEnd),
    negativeIntervals,
  };
}
