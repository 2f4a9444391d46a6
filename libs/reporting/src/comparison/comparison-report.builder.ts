// Pure: the facts of a period in, the ComparisonReport out. The data path the engine's authors laid out:
// computeFirstResponses → timeFirstResponses → toComparisonItems → compareGroups → recommend, once per
// account and once overall, with engagement, risk and cost as the scorecard's other evidence.
import {
  BOOTSTRAP_RESAMPLES,
  BOOTSTRAP_SEED,
  compareAroundHandover,
  CONFIDENCE_LEVEL,
  DEFAULT_RECOMMENDATION_THRESHOLDS,
  DEFAULT_SLA_TARGET_SECONDS,
  DEFAULT_SCORECARD_WEIGHTS,
  findHandovers,
  IN_HOUSE,
  MIN_OBSERVATIONS,
  toComparisonItems,
  type ComparisonItem,
  type HandoverComparison,
} from '#domain';
import type { ComparisonFacts, ComparisonRequest } from './comparison-facts.types.js';
import type {
  ChallengerComparison,
  ComparisonAccount,
  ComparisonReport,
  ComparisonSettings,
  EngineBreakdowns,
} from './comparison-report.types.js';
import { buildEngineBreakdowns, type EngineCalculation } from './engine-breakdowns.builder.js';
import { resolveResponses } from './item-groups.util.js';
import { compareScope, type ScopeSettings } from './scope-comparison.util.js';

const AGENCY_PREFIX = 'agency:';
export const OVERALL_SCOPE = 'overall';

/** Every metric by group and account, without the comparisons (`ledger metrics --metric …`). */
export function buildEngineMetrics(
  facts: ComparisonFacts,
  request: ComparisonRequest = {},
): EngineBreakdowns {
  const calculation = buildEngineBreakdowns(
    facts,
    resolveResponses(facts.responsiveness),
    request.engagementKinds,
  );
  return {
    responsiveness: calculation.responsiveness,
    engagement: calculation.engagement,
    volume: calculation.volume,
    risk: calculation.risk,
    cost: calculation.cost,
    tone: calculation.tone,
  };
}

export function buildComparisonReport(
  facts: ComparisonFacts,
  request: ComparisonRequest = {},
): ComparisonReport {
  const { from, to, dataEnd } = facts.responsiveness;
  const resolved = resolveResponses(facts.responsiveness);
  const calculation = buildEngineBreakdowns(facts, resolved, request.engagementKinds);
  const items = toComparisonItems(resolved.timed, resolved.responsibleGroup, dataEnd);
  const settings = resolveSettings(facts, request, calculation);
  const baseline = request.baseline ?? IN_HOUSE;
  const challengers = [...(request.challengers ?? agencyGroups(facts, items, calculation))]
    .filter((group) => group !== baseline)
    .sort();

  const statistics = {
    level: settings.level,
    minObservations: settings.minObservations,
    resamples: settings.resamples,
    seed: settings.seed,
  };
  // Each account's share of the facts, split once: a workspace of many accounts must not filter every list
  // once per account and challenger.
  const byAccount = {
    items: groupByAccount(items, (item) => item.accountId),
    posts: groupByAccount(calculation.measuredPosts, (post) => post.post.accountId),
    outbound: groupByAccount(calculation.outbound, (row) => row.accountId),
    incidents: groupByAccount(facts.incidents, (incident) => incident.accountId),
  };
  const comparisons = challengers.map((challenger): ChallengerComparison => {
    const scopeSettings: ScopeSettings = {
      ...statistics,
      from,
      to,
      baseline,
      challenger,
      weights: facts.settings.weights,
      thresholds: facts.settings.thresholds,
      severityWeights: facts.settings.severityWeights,
      cost: calculation.cost,
    };
    return {
      baseline,
      challenger,
      overall: compareScope(
        {
          scope: OVERALL_SCOPE,
          label: OVERALL_SCOPE,
          items,
          measuredPosts: calculation.measuredPosts,
          outbound: calculation.outbound,
          incidents: facts.incidents,
        },
        scopeSettings,
      ),
      byAccount: accountsWithItems(facts, items, calculation, baseline, challenger).map((account) =>
        compareScope(
          {
            scope: account.id,
            label: account.handle,
            items: byAccount.items.get(account.id) ?? [],
            measuredPosts: byAccount.posts.get(account.id) ?? [],
            outbound: byAccount.outbound.get(account.id) ?? [],
            incidents: byAccount.incidents.get(account.id) ?? [],
          },
          scopeSettings,
        ),
      ),
    };
  });

  return {
    workspaceId: facts.workspace.id,
    period: { from, to, timeZone: facts.workspace.timeZone },
    dataEnd,
    baseline,
    challengers,
    settings,
    accounts: accountsOf(facts),
    comparisons,
    handovers: handoverComparisons(facts, items, statistics),
    responsiveness: calculation.responsiveness,
    engagement: calculation.engagement,
    volume: calculation.volume,
    risk: calculation.risk,
    cost: calculation.cost,
    tone: calculation.tone,
  };
}

function resolveSettings(
  facts: ComparisonFacts,
  request: ComparisonRequest,
  calculation: EngineCalculation,
): ComparisonSettings {
  return {
    weights: { ...DEFAULT_SCORECARD_WEIGHTS, ...facts.settings.weights },
    thresholds: { ...DEFAULT_RECOMMENDATION_THRESHOLDS, ...facts.settings.thresholds },
    severityWeights: calculation.risk.severityWeights,
    level: CONFIDENCE_LEVEL,
    minObservations: MIN_OBSERVATIONS,
    resamples: request.resamples ?? BOOTSTRAP_RESAMPLES,
    seed: BOOTSTRAP_SEED,
  };
}

/** Every agency group the period shows: responsible for items, publishing, or priced by a cost model. */
function agencyGroups(
  facts: ComparisonFacts,
  items: readonly ComparisonItem[],
  calculation: EngineCalculation,
): string[] {
  const groups = new Set<string>();
  for (const item of items) groups.add(item.group);
  for (const row of calculation.outbound) groups.add(row.group);
  for (const model of facts.costModels) groups.add(model.group);
  return [...groups].filter((group) => group.startsWith(AGENCY_PREFIX));
}

/** Accounts on which either side had an inbound or outbound item in the period, by handle. */
function accountsWithItems(
  facts: ComparisonFacts,
  items: readonly ComparisonItem[],
  calculation: EngineCalculation,
  baseline: string,
  challenger: string,
): { id: string; handle: string }[] {
  const sides = new Set([baseline, challenger]);
  const ids = new Set<string>();
  for (const item of items) if (sides.has(item.group)) ids.add(item.accountId);
  for (const row of calculation.outbound) if (sides.has(row.group)) ids.add(row.accountId);
  return facts.responsiveness.accounts
    .filter((account) => ids.has(account.id))
    .sort((a, b) => a.handle.localeCompare(b.handle) || a.id.localeCompare(b.id));
}

function accountsOf(facts: ComparisonFacts): ComparisonAccount[] {
  const styled = new Set(facts.houseStyles.map((style) => style.accountId));
  return facts.responsiveness.accounts.map((account) => {
    const calendar = account.holidays ?? null;
    return {
      id: account.id,
      handle: account.handle,
      platform: account.platform,
      timeZone: account.timeZone,
      hasBusinessHours: (account.businessHours?.length ?? 0) > 0,
      holidayCalendar: calendar?.country
        ? [calendar.country, calendar.state, calendar.region].filter(Boolean).join('-')
        : null,
      slaTargetSeconds: account.slaTargetSeconds ?? DEFAULT_SLA_TARGET_SECONDS,
      hasHouseStyle: styled.has(account.id),
    };
  });
}

/** Handovers whose transition touches the period, each compared before against after within the period. */
function handoverComparisons(
  facts: ComparisonFacts,
  items: readonly ComparisonItem[],
  statistics: { level: number; minObservations: number; resamples: number; seed: number },
): HandoverComparison[] {
  const { from, to, assignments, operators } = facts.responsiveness;
  return findHandovers(assignments, operators)
    .filter((handover) => handover.transitionFrom < to && handover.at >= from)
    .map((handover) => compareAroundHandover(items, handover, statistics));
}

function groupByAccount<T>(
  rows: readonly T[],
  accountOf: (row: T) => string | null,
): Map<string | null, T[]> {
  const groups = new Map<string | null, T[]>();
  for (const row of rows) {
    const key = accountOf(row);
    const list = groups.get(key);
    if (list) list.push(row);
    else groups.set(key, [row]);
  }
  return groups;
}
