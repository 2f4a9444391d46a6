import type { GroupComparison } from '../comparison/comparison.types.js';
import type { MetricEvidence } from './recommendation.types.js';

/** Differences that do not matter even when certain: a minute of FRT, one percentage point of a rate. */
export const RESPONSIVENESS_MATERIALITY = {
  frt_calendar_median: 60,
  response_rate: 0.01,
  sla_attainment: 0.01,
} as const;

/**
 * The responsiveness evidence of a comparison: the stratified (like-for-like) differences of the calendar
 * FRT median, the response rate and the SLA attainment. The business-hours FRT is left out: outside office
 * hours it is close to zero for everyone, while the customer waits calendar time; the SLA carries the
 * business-hours view.
 */
export function responsivenessEvidence(comparison: GroupComparison): MetricEvidence[] {
  const evidence: MetricEvidence[] = [];
  for (const metric of comparison.metrics) {
    if (metric.metric === 'frt_business_median') continue;
    evidence.push({
      metric: metric.metric,
      difference: metric.stratified.difference,
      higherIsBetter: metric.metric !== 'frt_calendar_median',
      materiality: RESPONSIVENESS_MATERIALITY[metric.metric],
    });
  }
  return evidence;
}
