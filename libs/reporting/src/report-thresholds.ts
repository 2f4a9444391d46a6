// METRICS.md: a group or stratum with fewer than 20 observations for a metric is shown as "insufficient data",
// not as a number that invites a decision.
export const MIN_OBSERVATIONS = 20;
