// One scope (the whole workspace or one account), one baseline against one challenger: the responsiveness
// comparison, the engagement, risk and cost evidence, and the scorecard's recommendation.
import {
  compareTwoGroups,
  computeRisk,
  recommend,
  responsivenessEvidence,
  type ComparisonItem,
  type CostResult,
  type IncidentRecord,
  type PostEngagement,
  type RecommendationThresholds,
  type ScorecardWeights,
  type SeverityWeights,
} from '#domain';
import type { ScopeComparison } from './comparison-report.types.js';
import { costComparison, costEvidenceOf } from './cost-evidence.util.js';
import type { GroupedOutbound } from './engine-breakdowns.builder.js';
import { engagementEvidence, type ResamplingSettings } from './engagement-evidence.util.js';
import { incidentRateEvidence, type IncidentExposure } from './risk-evidence.util.js';

/** The facts of one scope, already filtered to it. */
export interface ScopeFacts {
  scope: string;
  label: string;
  items: readonly ComparisonItem[];
  measuredPosts: readonly PostEngagement[];
  outbound: readonly GroupedOutbound[];
  incidents: readonly IncidentRecord[];
}

export interface ScopeSettings extends ResamplingSettings {
  from: Date;
  to: Date;
  baseline: string;
  challenger: string;
  weights: Partial<ScorecardWeights>;
  thresholds: Partial<RecommendationThresholds>;
  severityWeights: Partial<SeverityWeights>;
  /** The period's cost per group (all accounts): the unit costs of every scope. */
  cost: CostResult;
}

export function compareScope(facts: ScopeFacts, settings: ScopeSettings): ScopeComparison {
  const { baseline, challenger } = settings;
  const responsiveness = compareTwoGroups(facts.items, baseline, challenger, settings);
  const engagement = engagementEvidence(facts.measuredPosts, baseline, challenger, settings);
  const exposure = incidentExposure(facts, settings);
  const risk = [incidentRateEvidence(exposure(baseline), exposure(challenger), settings)];
  let work = 0; // counted, not filtered into a copy: the overall scope holds every outbound item
  for (const row of facts.outbound) if (row.group === baseline || row.group === challenger) work += 1;
  const cost = costComparison(settings.cost, baseline, challenger, work);
  const evidence = { responsiveness: responsivenessEvidence(responsiveness), engagement, risk };
  return {
    scope: facts.scope,
    label: facts.label,
    responsiveness,
    evidence,
    cost,
    recommendation: recommend({
      scope: facts.scope,
      baseline,
      challenger,
      ...evidence,
      cost: costEvidenceOf(cost),
      weights: settings.weights,
      thresholds: settings.thresholds,
    }),
  };
}

/** Incidents and outbound items of a group in the scope, counted by the domain's risk rules. */
function incidentExposure(facts: ScopeFacts, settings: ScopeSettings): (group: string) => IncidentExposure {
  const outbound = new Map<string, number>();
  for (const row of facts.outbound) outbound.set(row.group, (outbound.get(row.group) ?? 0) + 1);
  const risk = computeRisk({
    from: settings.from,
    to: settings.to,
    incidents: facts.incidents,
    outbound: [...outbound].map(([group, count]) => ({ group, accountId: facts.scope, outbound: count })),
    severityWeights: settings.severityWeights,
  });
  return (group) => {
    const row = risk.byGroup.find((r) => r.key === group)?.summary;
    return { incidents: row?.incidents ?? 0, outbound: row?.outbound ?? 0 };
  };
}
