import type { ConfidenceInterval, Estimated, InsufficientData, IntervalEstimate } from './estimate.types.js';

export function insufficientData(observations: number, required: number): InsufficientData {
  return { status: 'insufficient', observations, required };
}

export function intervalEstimate(
  value: number,
  interval: ConfidenceInterval,
  observations: number,
): IntervalEstimate {
  return { status: 'estimate', value, interval, observations };
}

export function isEstimate(estimate: Estimated): estimate is IntervalEstimate {
  return estimate.status === 'estimate';
}

/** Whether the interval lies entirely above (1), entirely below (−1) or around (0) the reference value. */
export function intervalSide(interval: ConfidenceInterval, reference = 0): -1 | 0 | 1 {
  if (interval.lower > reference) return 1;
  if (interval.upper < reference) return -1;
  return 0;
}

export function checkLevel(level: number): number {
  if (!(level > 0 && level < 1)) throw new RangeError(`confidence level must be in (0, 1), got ${level}`);
  return level;
}
