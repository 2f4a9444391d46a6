import type { RecommendationBreakEven, CostEvidence } from './recommendation.types.js';

/**
 * The cost score: the challenger's relative saving (baseline − challenger) / baseline. +0.2 when the agency
 * costs 20 % less, −1 when it costs twice as much; unbounded below, so that some price always tips the
 * scorecard towards keeping the work in-house, and at most +1 (a free agency). Linear in the cost
 * difference, which makes the break-even exact. Null when the baseline costs nothing (no relative saving).
 */
export function costSavingScore(cost: CostEvidence): number | null {
  if (!(cost.baseline >= 0) || !(cost.challenger >= 0)) throw new RangeError('costs must be >= 0');
  if (cost.baseline === 0) return cost.challenger === 0 ? 0 : null;
  return (cost.baseline - cost.challenger) / cost.baseline;
}

/**
 * Solves the scorecard for the cost difference. With the other dimensions fixed, the score is
 * S = (A + w·s) / W, where A is the weighted sum of the other scores, w the cost weight, W the weight of
 * all dimensions with evidence (cost included) and s = −Δ / baseline the cost score of a difference Δ.
 * Outsource while S ≥ θ, i.e. Δ ≤ −baseline·(θW − A)/w; keep in-house once S ≤ −θ, i.e.
 * Δ ≥ −baseline·(−θW − A)/w. A challenger cannot cost less than nothing (Δ ≥ −baseline).
 */
export function breakEvenCostDifference(
  cost: CostEvidence,
  others: { weightedSum: number; weight: number },
  costWeight: number,
  threshold: number,
): RecommendationBreakEven {
  const totalWeight = others.weight + costWeight;
  const currentDifference = cost.challenger - cost.baseline;
  const base = { currency: cost.currency, currentDifference };
  if (costWeight <= 0 || cost.baseline <= 0) return { ...base, outsourceUpTo: null, keepInHouseFrom: null };
  const scoreFor = (target: number) => (target * totalWeight - others.weightedSum) / costWeight;
  const outsourceScore = scoreFor(threshold);
  const keepScore = scoreFor(-threshold);
  return {
    ...base,
    outsourceUpTo: outsourceScore > 1 ? null : -cost.baseline * outsourceScore,
    keepInHouseFrom: Math.max(-cost.baseline, -cost.baseline * keepScore),
  };
}
