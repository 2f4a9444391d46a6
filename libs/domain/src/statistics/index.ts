export { median } from './median.util.js';
export { mean } from './mean.util.js';
export { p90NearestRank } from './p90.util.js';
export { summarizeDurations } from './duration-summary.util.js';
export { medianOfSorted, nearestRankOfSorted, sortedCopy } from './sorted-values.util.js';
