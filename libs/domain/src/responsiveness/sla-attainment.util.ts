import type { SlaAttainment, SlaOutcome, TimedResponse } from './timed-response.types.js';

/**
 * METRICS.md SLA attainment, per item. The deadline counts from the item's own arrival (as the response
 * rate's 72-hour window does); the answer is timed on the business clock from clockStart. An item whose
 * deadline is still ahead at the end of the data is pending even when it has been answered in time: counting
 * young answered items but not young unanswered ones would flatter the rate. Answering exactly at the
 * target meets it.
 */
export function slaOutcome(response: TimedResponse, dataEnd: Date): SlaOutcome {
  if (response.negativeIntervals > 0) return 'data_error';
  if (response.slaDeadline === null || response.slaDeadline.getTime() > dataEnd.getTime()) return 'pending';
  return response.businessSeconds !== null && response.businessSeconds <= response.slaTargetSeconds
    ? 'met'
    : 'breached';
}

/** Items answered within the target / items whose deadline has passed; unanswered past it is a breach. */
export function computeSlaAttainment(responses: readonly TimedResponse[], dataEnd: Date): SlaAttainment {
  const counts = { met: 0, breached: 0, pending: 0, data_error: 0 };
  for (const response of responses) counts[slaOutcome(response, dataEnd)] += 1;
  const decided = counts.met + counts.breached;
  return {
    met: counts.met,
    breached: counts.breached,
    pending: counts.pending,
    dataErrors: counts.data_error,
    rate: decided === 0 ? null : counts.met / decided,
  };
}
