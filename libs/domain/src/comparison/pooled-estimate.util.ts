// The stratified estimator: per account × time stratum a statistic for each side, pooled as the
// volume-weighted mean over the strata where both sides have enough observations, with a bootstrap that
// resamples each side within each stratum (the strata and their weights stay fixed, as in the data).
import type { TimeStratum } from '../business-hours/time-stratum.util.js';
import { resampledMedianOfSorted, percentileInterval } from '../statistics/bootstrap.util.js';
import type { ConfidenceInterval } from '../statistics/estimate.types.js';
import { insufficientData, intervalEstimate } from '../statistics/estimate.util.js';
import {
  binomialSampler,
  createRandomVariates,
  type RandomVariates,
} from '../statistics/random-variates.util.js';
import { medianOfSorted } from '../statistics/sorted-values.util.js';
import type { StratifiedCoverage, SideBySide, StratumCell } from './comparison.types.js';

/** One side's observations in one stratum: sorted durations (for a median) or counts (for a proportion). */
export type SideSample =
  { kind: 'median'; sorted: Float64Array } | { kind: 'proportion'; successes: number; trials: number };

export interface CellInput {
  accountId: string;
  stratum: TimeStratum;
  /** Inbound items of both sides in the stratum (the weight). */
  volume: number;
  baseline: SideSample;
  challenger: SideSample;
}

export interface PoolingSettings {
  level: number;
  minObservations: number;
  resamples: number;
  seed: number;
  method: ConfidenceInterval['method'];
}

export interface PooledResult extends SideBySide {
  strata: StratumCell[];
  coverage: StratifiedCoverage;
}

const observationsOf = (sample: SideSample) =>
  sample.kind === 'median' ? sample.sorted.length : sample.trials;

function pointOf(sample: SideSample): number | null {
  if (sample.kind === 'median') return medianOfSorted(sample.sorted);
  return sample.trials === 0 ? null : sample.successes / sample.trials;
}

/** Draws one bootstrap replicate of the side's statistic; built once per stratum and side. */
function replicateDrawer(sample: SideSample): (variates: RandomVariates) => number {
  if (sample.kind === 'median') return (variates) => resampledMedianOfSorted(sample.sorted, variates);
  // Resampling n yes/no observations with replacement is a binomial draw with the observed proportion.
  const binomial = binomialSampler(sample.trials, sample.successes / sample.trials);
  return (variates) => binomial(variates) / sample.trials;
}

/**
 * Pools cells (give them in a fixed order, e.g. sorted by key, so that the random streams do not depend on
 * the order of the input rows). Pooled value = Σ volume·statistic / Σ volume over comparable cells; the
 * pooled difference is the volume-weighted mean of the per-stratum differences. Comparable cell i draws
 * from random streams 2i (baseline) and 2i + 1 (challenger): with a single cell this is exactly
 * bootstrapMedianDifference.
 */
export function poolCells(cells: readonly CellInput[], settings: PoolingSettings): PooledResult {
  const { minObservations, resamples } = settings;
  const comparable = cells.filter(
    (cell) =>
      observationsOf(cell.baseline) >= minObservations &&
      observationsOf(cell.challenger) >= minObservations &&
      observationsOf(cell.baseline) > 0 &&
      observationsOf(cell.challenger) > 0,
  );
  const totalVolume = cells.reduce((sum, cell) => sum + cell.volume, 0);
  const comparableVolume = comparable.reduce((sum, cell) => sum + cell.volume, 0);
  const coverage: StratifiedCoverage = {
    comparableVolume,
    totalVolume,
    share: totalVolume === 0 ? null : comparableVolume / totalVolume,
  };

  const replicates = {
    baseline: new Float64Array(resamples),
    challenger: new Float64Array(resamples),
    difference: new Float64Array(resamples),
  };
  const cellReplicates = comparable.map(() => new Float64Array(resamples));
  comparable.forEach((cell, i) => {
    // Every comparable cell has observations, so comparableVolume > 0 here.
    const weight = cell.volume / comparableVolume;
    const baselineDraws = createRandomVariates(settings.seed, 2 * i);
    const challengerDraws = createRandomVariates(settings.seed, 2 * i + 1);
    const drawBaseline = replicateDrawer(cell.baseline);
    const drawChallenger = replicateDrawer(cell.challenger);
    for (let r = 0; r < resamples; r += 1) {
      const b = drawBaseline(baselineDraws);
      const c = drawChallenger(challengerDraws);
      replicates.baseline[r] += weight * b;
      replicates.challenger[r] += weight * c;
      replicates.difference[r] += weight * (c - b);
      cellReplicates[i][r] = c - b;
    }
  });

  const strata = cells.map((cell): StratumCell => {
    const index = comparable.indexOf(cell);
    const baseline = pointOf(cell.baseline);
    const challenger = pointOf(cell.challenger);
    const smaller = Math.min(observationsOf(cell.baseline), observationsOf(cell.challenger));
    return {
      accountId: cell.accountId,
      stratum: cell.stratum,
      volume: cell.volume,
      baselineObservations: observationsOf(cell.baseline),
      challengerObservations: observationsOf(cell.challenger),
      baseline,
      challenger,
      difference:
        index < 0
          ? insufficientData(smaller, minObservations)
          : intervalEstimate(challenger! - baseline!, interval(cellReplicates[index], settings), smaller),
      weight: index < 0 ? 0 : cell.volume / comparableVolume,
    };
  });

  if (comparable.length === 0) {
    // Not one stratum where both sides reached the minimum: report the best stratum's smaller side.
    const best = strata.reduce(
      (most, cell) => Math.max(most, Math.min(cell.baselineObservations, cell.challengerObservations)),
      0,
    );
    const none = insufficientData(best, minObservations);
    return { baseline: none, challenger: none, difference: none, strata, coverage };
  }

  let baselinePoint = 0;
  let challengerPoint = 0;
  let differencePoint = 0;
  let baselineObservations = 0;
  let challengerObservations = 0;
  for (const cell of strata) {
    if (cell.difference.status !== 'estimate') continue;
    baselinePoint += cell.weight * cell.baseline!;
    challengerPoint += cell.weight * cell.challenger!;
    // The mean of the per-stratum differences, not the difference of the pooled values: with one stratum
    // it is then bit-identical to the raw difference.
    differencePoint += cell.weight * cell.difference.value;
    baselineObservations += cell.baselineObservations;
    challengerObservations += cell.challengerObservations;
  }
  return {
    baseline: intervalEstimate(baselinePoint, interval(replicates.baseline, settings), baselineObservations),
    challenger: intervalEstimate(
      challengerPoint,
      interval(replicates.challenger, settings),
      challengerObservations,
    ),
    difference: intervalEstimate(
      differencePoint,
      interval(replicates.difference, settings),
      Math.min(baselineObservations, challengerObservations),
    ),
    strata,
    coverage,
  };
}

function interval(replicates: Float64Array, settings: PoolingSettings): ConfidenceInterval {
  return percentileInterval(replicates, settings.level, settings.method);
}
