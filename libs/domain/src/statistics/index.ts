export { median } from './median.util.js';
export { mean } from './mean.util.js';
export { p90NearestRank } from './p90.util.js';
export { summarizeDurations } from './duration-summary.util.js';
export { medianOfSorted, nearestRankOfSorted, sortedCopy } from './sorted-values.util.js';
export * from './estimate.types.js';
export { insufficientData, intervalEstimate, intervalSide, isEstimate } from './estimate.util.js';
export { logGamma, regularizedGammaP, regularizedGammaQ } from './special-functions.util.js';
export { normalCdf, normalQuantile, normalUpperTail } from './normal-distribution.util.js';
export { chiSquareQuantile, gammaQuantile } from './gamma-quantile.util.js';
export {
  estimateProportion,
  estimateProportionDifference,
  proportionDifferenceInterval,
  wilsonInterval,
  type ProportionCounts,
} from './wilson-interval.util.js';
export { estimatePoissonRate, garwoodInterval, type RateOptions } from './poisson-interval.util.js';
export { createSeededRandom, deriveSeed, mulberry32, type SeededRandom } from './seeded-random.util.js';
export {
  BOOTSTRAP_SEED,
  binomialSampler,
  createRandomVariates,
  type RandomVariates,
} from './random-variates.util.js';
export {
  BOOTSTRAP_RESAMPLES,
  bootstrapMedian,
  bootstrapMedianDifference,
  bootstrapMedianDifferenceOfSorted,
  bootstrapMedianOfSorted,
  percentileInterval,
  resampledMedianOfSorted,
  type BootstrapOptions,
} from './bootstrap.util.js';
export {
  mannWhitneyCounts,
  mannWhitneyOfSorted,
  mannWhitneyTest,
  mannWhitneyTestOfSorted,
  mannWhitneyU,
  type MannWhitneyResult,
} from './mann-whitney.util.js';
