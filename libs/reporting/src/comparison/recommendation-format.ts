// The recommendation as `ledger metrics --compare` prints it: the decision and its score, each dimension,
// every metric's verdict with the numbers behind it, the cost compared and the break-even.
import type { MetricEvidence, MetricVerdict, Recommendation } from '#domain';
import type { ChallengerComparison, ScopeComparison } from './comparison-report.types.js';
import {
  formatEstimate,
  formatScore,
  formatShare,
  formatValue,
  type ValueUnit,
} from './estimate-format.util.js';

export const METRIC_LABELS: Record<string, string> = {
  frt_calendar_median: 'median FRT',
  frt_business_median: 'median FRT (business hours)',
  response_rate: 'response rate (72 h)',
  sla_attainment: 'SLA attainment',
  engagement_rate_by_impressions: 'engagement rate by impressions',
  engagement_rate_by_reach: 'engagement rate by reach',
  engagement_rate_by_followers: 'engagement rate by followers',
  incident_rate: 'incidents per 1,000 outbound items',
};

const DECISIONS: Record<Recommendation['decision'], string> = {
  outsource: 'OUTSOURCE',
  keep_in_house: 'KEEP IN-HOUSE',
  inconclusive: 'INCONCLUSIVE',
};

export const metricLabel = (metric: string) => METRIC_LABELS[metric] ?? metric;

export function recommendationLines(scope: ScopeComparison, comparison: ChallengerComparison): string[] {
  const r = scope.recommendation;
  const lines = [
    `Recommendation (${scope.label}): ${DECISIONS[r.decision]}  weighted score ${formatScore(r.score)} ` +
      `(decides at ±${r.thresholds.decision}; ${formatShare(r.evidenceShare)} of the weight rests on evidence)`,
  ];
  for (const d of r.dimensions) {
    lines.push(
      `  ${d.dimension.padEnd(15)} weight ${d.weight.toFixed(2)}  ${d.score === null ? 'no evidence' : `score ${formatScore(d.score)}`}`,
    );
  }
  lines.push('Reasons:');
  const evidence = [...scope.evidence.responsiveness, ...scope.evidence.engagement, ...scope.evidence.risk];
  for (const d of r.dimensions)
    for (const v of d.verdicts) lines.push(`  - ${verdictLine(v, evidence, comparison)}`);
  lines.push(`  - ${costLine(scope, comparison)}`);
  const closing = r.reasons[r.reasons.length - 1];
  if (closing) lines.push(`  - ${closing.text}`);
  lines.push(...breakEvenLines(scope, comparison));
  return lines;
}

function verdictLine(verdict: MetricVerdict, evidence: MetricEvidence[], c: ChallengerComparison): string {
  const unit = unitOfEvidence(verdict.metric);
  const who =
    verdict.verdict === 'challenger_better'
      ? `${c.challenger} better`
      : verdict.verdict === 'baseline_better'
        ? `${c.baseline} better`
        : verdict.verdict === 'no_clear_difference'
          ? 'no clear difference'
          : 'insufficient data';
  if (verdict.difference.status !== 'estimate')
    return `${metricLabel(verdict.metric)}: ${formatEstimate(verdict.difference, unit)} on the smaller side`;
  const materiality = evidence.find((e) => e.metric === verdict.metric)?.materiality;
  const margin = materiality
    ? `; differences within ${formatValue(materiality, unit, true).slice(1)} do not count`
    : '';
  return `${metricLabel(verdict.metric)}: ${who}, ${c.challenger} − ${c.baseline} = ${formatEstimate(verdict.difference, unit, true)}${margin}`;
}

function unitOfEvidence(metric: string): ValueUnit {
  if (metric.startsWith('frt_')) return 'seconds';
  if (metric === 'incident_rate') return 'rate';
  if (metric.startsWith('engagement_rate')) return 'rate';
  return 'proportion';
}

function costLine(scope: ScopeComparison, c: ChallengerComparison): string {
  const cost = scope.cost;
  switch (cost.status) {
    case 'no_cost_model':
      return `cost: left out, ${c.baseline} or ${c.challenger} has no cost model for the period`;
    case 'currency_mismatch':
      return `cost: left out, ${c.baseline} and ${c.challenger} are priced in different currencies`;
    case 'no_outbound_items':
      return 'cost: left out, no outbound items to price in this scope';
    case 'priced': {
      const difference = cost.challenger! - cost.baseline!;
      return (
        `cost for the same ${cost.outboundItems} outbound items: ${c.challenger} ${formatValue(cost.challenger, 'money')} ` +
        `against ${c.baseline} ${formatValue(cost.baseline, 'money')} ${cost.currency} ` +
        `(${formatValue(Math.abs(difference), 'money')} ${difference <= 0 ? 'less' : 'more'}; per item ` +
        `${cost.challengerUnitCost!.toFixed(2)} against ${cost.baselineUnitCost!.toFixed(2)})`
      );
    }
  }
}

function breakEvenLines(scope: ScopeComparison, c: ChallengerComparison): string[] {
  const b = scope.recommendation.breakEven;
  if (!b) return ['Break-even: none without a priced cost comparison.'];
  const money = (v: number) => `${formatValue(v, 'money', true)} ${b.currency}`;
  return [
    `Break-even (${c.challenger} − ${c.baseline} cost for this work, now ${money(b.currentDifference)}):`,
    b.outsourceUpTo === null
      ? '  no price makes the answer "outsource"'
      : `  outsource while the difference is at most ${money(b.outsourceUpTo)}`,
    b.keepInHouseFrom === null
      ? '  no price makes the answer "keep in-house"'
      : `  keep in-house once it is ${money(b.keepInHouseFrom)} or more`,
  ];
}
