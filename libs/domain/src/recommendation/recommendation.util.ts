import { breakEvenCostDifference, costSavingScore } from './break-even.util.js';
import { metricVerdict } from './metric-verdict.util.js';
import type {
  RecommendationDecision,
  DimensionScore,
  MetricVerdict,
  RecommendationReason,
  Recommendation,
  RecommendationThresholds,
  ScorecardDimension,
  ScorecardInput,
  ScorecardWeights,
} from './recommendation.types.js';
import { SCORECARD_DIMENSIONS } from './recommendation.types.js';
import { DEFAULT_RECOMMENDATION_THRESHOLDS, DEFAULT_SCORECARD_WEIGHTS } from './scorecard-defaults.js';

/**
 * The recommendation for one scope (an account or overall). Each metric votes +1 (the challenger is
 * clearly better), −1 (clearly worse) or 0 (no clear difference) from its interval; a dimension scores the
 * mean of its votes; cost scores the relative saving. The score is the weighted mean over the dimensions
 * that have evidence. Outsource at +threshold or more, keep in-house at −threshold or less, otherwise — and
 * whenever less than the required share of the weight rests on evidence — inconclusive.
 */
export function recommend(input: ScorecardInput): Recommendation {
  const weights = normaliseWeights({ ...DEFAULT_SCORECARD_WEIGHTS, ...input.weights });
  const thresholds: RecommendationThresholds = { ...DEFAULT_RECOMMENDATION_THRESHOLDS, ...input.thresholds };
  const reasons: RecommendationReason[] = [];

  const dimensions: DimensionScore[] = SCORECARD_DIMENSIONS.map((dimension) => {
    if (dimension === 'cost') {
      return {
        dimension,
        weight: weights.cost,
        score: input.cost ? costSavingScore(input.cost) : null,
        verdicts: [],
      };
    }
    const verdicts = input[dimension].map(metricVerdict);
    const scores = verdicts.map((v) => v.score).filter((s): s is number => s !== null);
    for (const verdict of verdicts) reasons.push(metricReason(dimension, verdict, input));
    return {
      dimension,
      weight: weights[dimension],
      score: scores.length === 0 ? null : scores.reduce((a, b) => a + b, 0) / scores.length,
      verdicts,
    };
  });

  if (input.cost) reasons.push(costReason(input));
  else reasons.push({ code: 'no_cost_model', dimension: 'cost', text: 'No cost model: cost is left out.' });

  const scored = dimensions.filter((d) => d.score !== null && d.weight > 0);
  const evidenceWeight = scored.reduce((sum, d) => sum + d.weight, 0);
  const score =
    evidenceWeight === 0 ? null : scored.reduce((sum, d) => sum + d.weight * d.score!, 0) / evidenceWeight;
  const { decision: threshold } = thresholds;

  let decision: RecommendationDecision = 'inconclusive';
  if (evidenceWeight < thresholds.evidenceShare || score === null) {
    reasons.push({
      code: 'thin_evidence',
      text: `Only ${percent(evidenceWeight)} of the weight rests on evidence (${percent(thresholds.evidenceShare)} needed).`,
    });
  } else if (score >= threshold) {
    decision = 'outsource';
    reasons.push({
      code: 'score_for_challenger',
      text: `Weighted score ${signed(score)} ≥ ${signed(threshold)}.`,
    });
  } else if (score <= -threshold) {
    decision = 'keep_in_house';
    reasons.push({
      code: 'score_for_baseline',
      text: `Weighted score ${signed(score)} ≤ ${signed(-threshold)}.`,
    });
  } else {
    reasons.push({
      code: 'score_too_close',
      text: `Weighted score ${signed(score)} is within ±${threshold}.`,
    });
  }

  const others = dimensions.filter((d) => d.dimension !== 'cost' && d.score !== null && d.weight > 0);
  const othersWeight = others.reduce((sum, d) => sum + d.weight, 0);
  // A cost difference cannot make up for missing evidence: with too little, no price changes the answer.
  const thin = othersWeight + weights.cost < thresholds.evidenceShare;
  return {
    scope: input.scope,
    baseline: input.baseline,
    challenger: input.challenger,
    decision,
    score,
    evidenceShare: evidenceWeight,
    dimensions,
    reasons,
    breakEven:
      input.cost === null
        ? null
        : thin
          ? {
              currency: input.cost.currency,
              currentDifference: input.cost.challenger - input.cost.baseline,
              outsourceUpTo: null,
              keepInHouseFrom: null,
            }
          : breakEvenCostDifference(
              input.cost,
              { weightedSum: others.reduce((sum, d) => sum + d.weight * d.score!, 0), weight: othersWeight },
              weights.cost,
              threshold,
            ),
    weights,
    thresholds,
  };
}

function normaliseWeights(weights: ScorecardWeights): ScorecardWeights {
  const total = SCORECARD_DIMENSIONS.reduce((sum, d) => sum + weights[d], 0);
  if (SCORECARD_DIMENSIONS.some((d) => !(weights[d] >= 0)) || !(total > 0)) {
    throw new RangeError('scorecard weights must be >= 0 and not all 0');
  }
  return Object.fromEntries(SCORECARD_DIMENSIONS.map((d) => [d, weights[d] / total])) as ScorecardWeights;
}

function metricReason(
  dimension: ScorecardDimension,
  verdict: MetricVerdict,
  input: ScorecardInput,
): RecommendationReason {
  const { difference, metric } = verdict;
  const base = { code: verdict.verdict, dimension, metric } as const;
  if (difference.status !== 'estimate') {
    return {
      ...base,
      text: `${metric}: insufficient data (${difference.observations} of ${difference.required} observations).`,
    };
  }
  const range = `${difference.value.toPrecision(3)}, ${Math.round(difference.interval.level * 100)} % interval ${difference.interval.lower.toPrecision(3)} to ${difference.interval.upper.toPrecision(3)}`;
  const who =
    verdict.verdict === 'challenger_better'
      ? `${input.challenger} is better`
      : verdict.verdict === 'baseline_better'
        ? `${input.baseline} is better`
        : 'no clear difference';
  return { ...base, text: `${metric}: ${who} (${input.challenger} − ${input.baseline} = ${range}).` };
}

function costReason(input: ScorecardInput): RecommendationReason {
  const cost = input.cost!;
  const difference = cost.challenger - cost.baseline;
  const text =
    difference === 0
      ? `${input.challenger} and ${input.baseline} cost the same (${cost.baseline} ${cost.currency}).`
      : `${input.challenger} costs ${Math.abs(difference)} ${cost.currency} ${difference > 0 ? 'more' : 'less'} than ${input.baseline} (${cost.challenger} against ${cost.baseline}).`;
  return { code: 'cost_difference', dimension: 'cost', text };
}

const percent = (share: number) => `${Math.round(share * 100)} %`;
const signed = (value: number) => `${value >= 0 ? '+' : ''}${value.toFixed(2)}`;
