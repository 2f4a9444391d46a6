// Page one: for in-house against each agency, the recommendation overall and per account, the numbers it
// rests on with their intervals and their change against last month, and the break-even cost.
import type {
  EvidenceVerdict,
  MetricComparison,
  Recommendation,
  RecommendationDecision,
  RiskResult,
} from '#domain';
import type {
  ChallengerComparison,
  ComparisonReport,
  ScopeComparison,
} from '../../comparison/comparison-report.types.js';
import type {
  KeyNumber,
  MetricVerdictLine,
  PageOneComparison,
  ScopeDecision,
} from './engine-sections.model.js';
import {
  figureOf,
  figureValue,
  NO_FIGURE,
  valueFigure,
  type Figure,
  type FigureUnit,
} from './figure.util.js';

/** The responsiveness metrics on page one, in the order a reader weighs them. */
const PAGE_ONE_METRICS = ['frt_calendar_median', 'response_rate', 'sla_attainment'] as const;

export function unitOfMetric(metric: string): FigureUnit {
  if (metric.startsWith('frt_')) return 'seconds';
  if (metric === 'incident_rate') return 'rate';
  if (metric.startsWith('cost_')) return 'money';
  return 'proportion';
}

export function buildPageOne(
  current: ComparisonReport,
  previous: ComparisonReport | null,
): PageOneComparison[] {
  return current.comparisons.map((comparison) => {
    const before = previous?.comparisons.find((c) => c.challenger === comparison.challenger) ?? null;
    const cost = comparison.overall.cost;
    const breakEven = comparison.overall.recommendation.breakEven;
    return {
      baseline: comparison.baseline,
      challenger: comparison.challenger,
      overall: scopeDecision(comparison.overall, before?.overall ?? null),
      keyNumbers: keyNumbers(comparison, before, current.risk),
      breakEven: breakEven
        ? {
            currency: breakEven.currency,
            currentDifference: breakEven.currentDifference,
            outsourceUpTo: breakEven.outsourceUpTo,
            keepInHouseFrom: breakEven.keepInHouseFrom,
          }
        : null,
      cost: {
        status: cost.status,
        currency: cost.currency,
        baseline: cost.baseline,
        challenger: cost.challenger,
      },
      accounts: comparison.byAccount.map((scope) =>
        scopeDecision(scope, before?.byAccount.find((b) => b.scope === scope.scope) ?? null),
      ),
    };
  });
}

export function scopeDecision(scope: ScopeComparison, previous: ScopeComparison | null): ScopeDecision {
  const r = scope.recommendation;
  return {
    scope: scope.scope,
    label: scope.label,
    decision: r.decision,
    score: r.score,
    evidenceShare: r.evidenceShare,
    previousDecision: previous?.recommendation.decision ?? null,
    dimensions: r.dimensions.map((d) => ({ dimension: d.dimension, weight: d.weight, score: d.score })),
    verdicts: verdictLines(r),
  };
}

function verdictLines(r: Recommendation): MetricVerdictLine[] {
  return r.dimensions.flatMap((d) =>
    d.verdicts.map((v) => ({
      metric: v.metric,
      dimension: d.dimension,
      verdict: v.verdict,
      unit: unitOfMetric(v.metric),
      difference: figureOf(v.difference),
    })),
  );
}

function keyNumbers(
  comparison: ChallengerComparison,
  previous: ChallengerComparison | null,
  risk: RiskResult,
): KeyNumber[] {
  const verdictOf = (metric: string): EvidenceVerdict | null =>
    comparison.overall.recommendation.dimensions.flatMap((d) => d.verdicts).find((v) => v.metric === metric)
      ?.verdict ?? null;
  const numbers: KeyNumber[] = [];
  for (const metric of PAGE_ONE_METRICS) {
    const now = findMetric(comparison.overall, metric);
    if (!now) continue;
    const before = previous ? findMetric(previous.overall, metric) : undefined;
    numbers.push(
      keyNumber(metric, unitOfMetric(metric), {
        baseline: figureOf(now.stratified.baseline),
        challenger: figureOf(now.stratified.challenger),
        difference: figureOf(now.stratified.difference),
        previousDifference: figureOf(before?.stratified.difference),
        verdict: verdictOf(metric),
        coverage: now.stratified.coverage.share,
      }),
    );
  }
  const rateOf = (result: RiskResult | null, group: string) =>
    result?.byGroup.find((row) => row.key === group)?.summary.rateEstimate;
  const incidentEvidence = (c: ChallengerComparison | null) =>
    c?.overall.evidence.risk.find((e) => e.metric === 'incident_rate')?.difference;
  numbers.push(
    keyNumber('incident_rate', 'rate', {
      baseline: figureOf(rateOf(risk, comparison.baseline)),
      challenger: figureOf(rateOf(risk, comparison.challenger)),
      difference: figureOf(incidentEvidence(comparison)),
      previousDifference: previous ? figureOf(incidentEvidence(previous)) : NO_FIGURE,
      verdict: verdictOf('incident_rate'),
      coverage: null,
    }),
  );
  const unitCosts = (c: ChallengerComparison | null) => {
    const cost = c?.overall.cost;
    const b = cost?.baselineUnitCost ?? null;
    const ch = cost?.challengerUnitCost ?? null;
    const comparable = cost !== undefined && cost.status !== 'currency_mismatch';
    return { b, ch, d: comparable && b !== null && ch !== null ? ch - b : null };
  };
  const cost = unitCosts(comparison);
  numbers.push(
    keyNumber('cost_per_outbound_item', 'money', {
      baseline: valueFigure(cost.b),
      challenger: valueFigure(cost.ch),
      difference: valueFigure(cost.d),
      previousDifference: previous ? valueFigure(unitCosts(previous).d) : NO_FIGURE,
      verdict: null,
      coverage: null,
    }),
  );
  return numbers;
}

function keyNumber(
  metric: string,
  unit: FigureUnit,
  parts: Omit<KeyNumber, 'metric' | 'unit' | 'change'>,
): KeyNumber {
  const now = figureValue(parts.difference);
  const before = figureValue(parts.previousDifference);
  return { metric, unit, ...parts, change: now !== null && before !== null ? now - before : null };
}

function findMetric(scope: ScopeComparison, metric: string): MetricComparison | undefined {
  return scope.responsiveness.metrics.find((m) => m.metric === metric);
}

/** The decision words in the order the scale runs: for the template's class names and the e-mail summary. */
export const DECISIONS: readonly RecommendationDecision[] = ['keep_in_house', 'inconclusive', 'outsource'];

export type { Figure };
