// The risk evidence of the scorecard: challenger − baseline incidents per 1,000 outbound items, with an
// interval for the difference of two Poisson rates built from each rate's exact Garwood limits by the MOVER
// method (Zou & Donner 2008; Li, Tang & Wong 2011 recommend it for Poisson rate differences). It is the same
// construction Newcombe's hybrid score interval applies to Wilson limits for proportions.
import {
  CONFIDENCE_LEVEL,
  garwoodInterval,
  insufficientData,
  intervalEstimate,
  MIN_OBSERVATIONS,
  type Estimated,
  type EstimateOptions,
  type MetricEvidence,
} from '#domain';

/** Incidents counted (dismissed ones left out) and the outbound items they are rated on. */
export interface IncidentExposure {
  incidents: number;
  outbound: number;
}

const PER = 1000;

export function incidentRateEvidence(
  baseline: IncidentExposure,
  challenger: IncidentExposure,
  options: EstimateOptions = {},
): MetricEvidence {
  return {
    metric: 'incident_rate',
    difference: incidentRateDifference(baseline, challenger, options),
    higherIsBetter: false,
  };
}

/**
 * rate(challenger) − rate(baseline) per 1,000 outbound items. With r and [l, u] each side's rate and Garwood
 * limits: lower = d − √((r_c − l_c)² + (u_b − r_b)²), upper = d + √((u_c − r_c)² + (r_b − l_b)²).
 * Insufficient data below the minimum of outbound items on either side (as estimatePoissonRate).
 */
export function incidentRateDifference(
  baseline: IncidentExposure,
  challenger: IncidentExposure,
  options: EstimateOptions = {},
): Estimated {
  const required = options.minObservations ?? MIN_OBSERVATIONS;
  const level = options.level ?? CONFIDENCE_LEVEL;
  const smaller = Math.min(baseline.outbound, challenger.outbound);
  if (smaller < required || smaller === 0) return insufficientData(smaller, required);
  const side = ({ incidents, outbound }: IncidentExposure) => {
    const scale = PER / outbound;
    const limits = garwoodInterval(incidents, level);
    return { rate: incidents * scale, lower: limits.lower * scale, upper: limits.upper * scale };
  };
  const b = side(baseline);
  const c = side(challenger);
  const difference = c.rate - b.rate;
  return intervalEstimate(
    difference,
    {
      lower: difference - Math.hypot(c.rate - c.lower, b.upper - b.rate),
      upper: difference + Math.hypot(c.upper - c.rate, b.rate - b.lower),
      level,
      method: 'mover_garwood',
    },
    smaller,
  );
}
