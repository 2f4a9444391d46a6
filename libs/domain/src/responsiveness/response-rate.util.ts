import type { ResponseRate } from '../metrics/metrics.types.js';
import type { FirstResponse } from './first-response.types.js';

/** Sprout Social Index window, as METRICS.md adopts it. */
export const RESPONSE_WINDOW_SECONDS = 72 * 60 * 60;

/** Whether the item's 72-hour window has closed by the end of the data (its own age, not its turn's). */
export function isDecided(response: FirstResponse, dataEnd: Date): boolean {
  return response.inbound.createdAt.getTime() + RESPONSE_WINDOW_SECONDS * 1000 <= dataEnd.getTime();
}

/**
 * METRICS.md response rate: answered within 72 hours / decided items. An item younger than 72 hours at
 * `dataEnd` is undecided even when it has been answered: counting young answered items but not young
 * unanswered ones would bias the rate upwards. Items with a negative interval are data errors and sit in
 * neither count (their answer time is unknown). "Within 72 hours" includes exactly 72 hours.
 */
export function computeResponseRate(responses: readonly FirstResponse[], dataEnd: Date): ResponseRate {
  let answeredWithin72h = 0;
  let decided = 0;
  let undecided = 0;
  for (const response of responses) {
    if (response.negativeIntervals > 0) continue;
    if (!isDecided(response, dataEnd)) {
      undecided += 1;
      continue;
    }
    decided += 1;
    if (response.responseSeconds !== null && response.responseSeconds <= RESPONSE_WINDOW_SECONDS)
      answeredWithin72h += 1;
  }
  return { answeredWithin72h, decided, undecided, rate: decided === 0 ? null : answeredWithin72h / decided };
}
