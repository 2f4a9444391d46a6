// Exact Poisson intervals (METRICS.md: Garwood) for counts and rates such as incidents per 1,000 items.
import type { ConfidenceInterval, Estimated, EstimateOptions } from './estimate.types.js';
import { CONFIDENCE_LEVEL, MIN_OBSERVATIONS } from './estimate.types.js';
import { checkLevel, insufficientData, intervalEstimate } from './estimate.util.js';
import { gammaQuantile } from './gamma-quantile.util.js';

/**
 * Garwood's exact interval for the mean of a Poisson count (Garwood 1936):
 * [χ²(α/2; 2x)/2, χ²(1−α/2; 2x+2)/2], i.e. gamma quantiles with shape x and x + 1. Zero events: lower 0.
 */
export function garwoodInterval(events: number, level = CONFIDENCE_LEVEL): ConfidenceInterval {
  if (!Number.isInteger(events) || events < 0) throw new RangeError(`events must be a count, got ${events}`);
  const alpha = 1 - checkLevel(level);
  return {
    lower: events === 0 ? 0 : gammaQuantile(alpha / 2, events),
    upper: gammaQuantile(1 - alpha / 2, events + 1),
    level,
    method: 'garwood',
  };
}

export interface RateOptions extends EstimateOptions {
  /** Report the rate per this much exposure, e.g. 1000 for "per 1,000 outbound items". Default 1. */
  per?: number;
}

/**
 * events / exposure × per, with the Garwood interval scaled the same way (the exposure is taken as known).
 * Insufficient data when the exposure (e.g. the outbound items the incidents are counted against) is below
 * the minimum: zero incidents in five posts says nothing, zero in 5,000 does.
 */
export function estimatePoissonRate(events: number, exposure: number, options: RateOptions = {}): Estimated {
  const required = options.minObservations ?? MIN_OBSERVATIONS;
  const per = options.per ?? 1;
  if (!(exposure >= 0)) throw new RangeError(`exposure must be >= 0, got ${exposure}`);
  if (exposure < required || exposure === 0) return insufficientData(exposure, required);
  const counts = garwoodInterval(events, options.level);
  const scale = per / exposure;
  return intervalEstimate(
    events * scale,
    { ...counts, lower: counts.lower * scale, upper: counts.upper * scale },
    exposure,
  );
}
