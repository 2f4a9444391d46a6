// Intervals for proportions (METRICS.md: Wilson score interval), and Newcombe's hybrid score interval for
// the difference of two independent proportions, which is built from the two Wilson intervals.
import type { ConfidenceInterval, Estimated, EstimateOptions } from './estimate.types.js';
import { CONFIDENCE_LEVEL, MIN_OBSERVATIONS } from './estimate.types.js';
import { checkLevel, insufficientData, intervalEstimate } from './estimate.util.js';
import { normalQuantile } from './normal-distribution.util.js';

function checkCounts(successes: number, trials: number): void {
  if (!Number.isInteger(successes) || !Number.isInteger(trials) || successes < 0 || successes > trials) {
    throw new RangeError(`need integer counts 0 <= successes <= trials, got ${successes}/${trials}`);
  }
}

/**
 * Wilson score interval for successes/trials (Wilson 1927; Newcombe 1998, method 3). Without continuity
 * correction, as R's prop.test(correct = FALSE) reports it. Zero trials: no interval (an error).
 */
export function wilsonInterval(
  successes: number,
  trials: number,
  level = CONFIDENCE_LEVEL,
): ConfidenceInterval {
  checkCounts(successes, trials);
  if (trials === 0) throw new RangeError('a proportion of zero trials has no interval');
  const z = normalQuantile(1 - (1 - checkLevel(level)) / 2);
  const p = successes / trials;
  const z2n = (z * z) / trials;
  const centre = (p + z2n / 2) / (1 + z2n);
  const halfWidth = (z / (1 + z2n)) * Math.sqrt((p * (1 - p)) / trials + z2n / (4 * trials));
  // At 0 and n the formula gives the bound only up to rounding; the exact bound is 0 or 1.
  return {
    lower: successes === 0 ? 0 : Math.max(0, centre - halfWidth),
    upper: successes === trials ? 1 : Math.min(1, centre + halfWidth),
    level,
    method: 'wilson',
  };
}

/** A proportion with its Wilson interval, or insufficient data below the minimum number of trials. */
export function estimateProportion(
  successes: number,
  trials: number,
  options: EstimateOptions = {},
): Estimated {
  const required = options.minObservations ?? MIN_OBSERVATIONS;
  checkCounts(successes, trials);
  if (trials < required || trials === 0) return insufficientData(trials, required);
  return intervalEstimate(successes / trials, wilsonInterval(successes, trials, options.level), trials);
}

export interface ProportionCounts {
  successes: number;
  trials: number;
}

/**
 * Newcombe's hybrid score interval (Newcombe 1998, "Interval estimation for the difference between
 * independent proportions", method 10) for p_b − p_a, the challenger's proportion minus the baseline's.
 */
export function proportionDifferenceInterval(
  baseline: ProportionCounts,
  challenger: ProportionCounts,
  level = CONFIDENCE_LEVEL,
): ConfidenceInterval {
  const a = wilsonInterval(baseline.successes, baseline.trials, level);
  const b = wilsonInterval(challenger.successes, challenger.trials, level);
  const pa = baseline.successes / baseline.trials;
  const pb = challenger.successes / challenger.trials;
  const difference = pb - pa;
  return {
    lower: difference - Math.sqrt((pb - b.lower) ** 2 + (a.upper - pa) ** 2),
    upper: difference + Math.sqrt((b.upper - pb) ** 2 + (pa - a.lower) ** 2),
    level,
    method: 'newcombe_hybrid_score',
  };
}

/** Challenger minus baseline proportion with Newcombe's interval, or insufficient data. */
export function estimateProportionDifference(
  baseline: ProportionCounts,
  challenger: ProportionCounts,
  options: EstimateOptions = {},
): Estimated {
  const required = options.minObservations ?? MIN_OBSERVATIONS;
  checkCounts(baseline.successes, baseline.trials);
  checkCounts(challenger.successes, challenger.trials);
  const smaller = Math.min(baseline.trials, challenger.trials);
  if (smaller < required || smaller === 0) return insufficientData(smaller, required);
  return intervalEstimate(
    challenger.successes / challenger.trials - baseline.successes / baseline.trials,
    proportionDifferenceInterval(baseline, challenger, options.level),
    smaller,
  );
}
