// Every metric of docs/metrics.md for one period, per sourcing group, per account and in total: the facts are
// mapped to the calculators' inputs here and nothing is computed that the domain does not compute.
import {
  buildBreakdown,
  computeCost,
  computeEngagement,
  computeReplySentiment,
  computeRisk,
  computeStyleBreaks,
  computeVolume,
  DEFAULT_ENGAGEMENT_KINDS,
  localDay,
  summarizeResponsivenessByStratum,
  summarizeResponsivenessDepth,
  type CostVolume,
  type EngagementPost,
  type OutboundVolume,
  type PostEngagement,
  type StyledItem,
} from '#domain';
import type { EngineOutboundRow } from '#persistence';
import type { ComparisonFacts } from './comparison-facts.types.js';
import type { EngineBreakdowns, StyleBreakExample } from './comparison-report.types.js';
import { outboundGroupResolver, type ResolvedResponses } from './item-groups.util.js';

/** Break examples kept per group and rule: enough to check by hand, few enough to print. */
const EXAMPLES_PER_GROUP_AND_RULE = 3;

/** The breakdowns, plus what the comparison layer resamples (the measured posts, grouped outbound items). */
export interface EngineCalculation extends EngineBreakdowns {
  measuredPosts: PostEngagement[];
  outbound: GroupedOutbound[];
}

/** An outbound item of the period with the sourcing group of the operator who published it. */
export interface GroupedOutbound extends EngineOutboundRow {
  group: string;
}

export function buildEngineBreakdowns(
  facts: ComparisonFacts,
  resolved: ResolvedResponses,
  engagementKinds: readonly string[] = DEFAULT_ENGAGEMENT_KINDS,
): EngineCalculation {
  const { from, to, dataEnd, accounts } = facts.responsiveness;
  const accountIds = accounts.map((account) => account.id);
  const groupOf = outboundGroupResolver(facts.responsiveness.operators);
  // Listed field by field rather than spread: a spread of half a million rows is several times slower.
  const outbound: GroupedOutbound[] = facts.outbound.map((row) => ({
    accountId: row.accountId,
    externalId: row.externalId,
    kind: row.kind,
    createdAt: row.createdAt,
    text: row.text,
    operatorId: row.operatorId,
    isRepostOfOther: row.isRepostOfOther,
    deletedAt: row.deletedAt,
    followersAtPosting: row.followersAtPosting,
    group: groupOf(row.operatorId, row.createdAt),
  }));

  const depthOptions = { dataEnd, backlogAt: new Date(Math.min(to.getTime(), dataEnd.getTime())) };
  const responsiveness = buildBreakdown(
    resolved.timed,
    (response) => ({ accountId: response.inbound.accountId, group: resolved.responsibleGroup(response) }),
    (items) => ({
      all: summarizeResponsivenessDepth(items, depthOptions),
      byStratum: summarizeResponsivenessByStratum(items, depthOptions),
    }),
    { accounts: accountIds },
  );

  // Only the measured kinds are handed over (computeEngagement leaves every other kind out anyway): a month
  // holds half a million replies and a few thousand posts, and each handed-over row is a copy.
  const measuredKinds = new Set(engagementKinds);
  const engagement = computeEngagement({
    from,
    to,
    kinds: engagementKinds,
    posts: outbound
      .filter((row) => measuredKinds.has(row.kind))
      .map((row): EngagementPost => ({
        accountId: row.accountId,
        group: row.group,
        externalId: row.externalId,
        kind: row.kind,
        createdAt: row.createdAt,
        isRepostOfOther: row.isRepostOfOther,
        operatorId: row.operatorId,
        followersAtPosting: row.followersAtPosting,
      })),
    snapshots: facts.snapshots,
  });

  const volume = computeVolume({
    from,
    to,
    accounts: accounts.map((account) => ({ id: account.id, timeZone: account.timeZone })),
    plans: facts.plans,
    // The grouped rows are PublishedItems as they are (the calculator only reads them): no copy.
    items: outbound,
  });

  const risk = computeRisk({
    from,
    to,
    incidents: facts.incidents,
    outbound: outboundVolumes(outbound),
    severityWeights: facts.settings.severityWeights,
  });

  const timeZone = facts.workspace.timeZone;
  const cost = computeCost({
    from: localDay(from, timeZone),
    to: localDay(to, timeZone),
    models: facts.costModels,
    volumes: costVolumes(outbound, engagement.measured, resolved, timeZone),
  });

  // Reposts of others are not the account's words: no house style, no sentiment. The grouped rows are
  // StyledItems as they are (no language of their own: the account's style decides), read, not copied.
  const styled: readonly StyledItem[] = outbound.filter((row) => !row.isRepostOfOther);
  const style = computeStyleBreaks({ styles: facts.houseStyles, items: styled });
  const sentiment = computeReplySentiment({ styles: facts.houseStyles, items: styled });

  return {
    responsiveness,
    engagement: {
      byGroup: engagement.byGroup,
      byAccount: engagement.byAccount,
      total: engagement.total,
    },
    volume,
    risk,
    cost,
    tone: {
      style: { byGroup: style.byGroup, byAccount: style.byAccount, total: style.total },
      sentiment: { byGroup: sentiment.byGroup, byAccount: sentiment.byAccount, total: sentiment.total },
      examples: styleExamples(style.checks),
    },
    measuredPosts: engagement.measured,
    outbound,
  };
}

/** Outbound items per group and account: the exposure incidents are rated on. */
function outboundVolumes(outbound: readonly GroupedOutbound[]): OutboundVolume[] {
  const counts = new Map<string, OutboundVolume>();
  for (const row of outbound) {
    const key = `${row.group}\u0000${row.accountId}`;
    const entry = counts.get(key);
    if (entry) entry.outbound += 1;
    else counts.set(key, { group: row.group, accountId: row.accountId, outbound: 1 });
  }
  return [...counts.values()];
}

/**
 * What each group did per local day of the workspace: outbound items by publication day, responses by the
 * day of the reply (the first response the group is credited with), engagements by the post's day.
 */
function costVolumes(
  outbound: readonly GroupedOutbound[],
  measured: readonly PostEngagement[],
  resolved: ResolvedResponses,
  timeZone: string,
): CostVolume[] {
  const volumes = new Map<string, CostVolume>();
  // Every outbound item and every response asks for its day: one look-up per quarter hour, not per item.
  const dayOf = localDayResolver(timeZone);
  const at = (group: string, instant: Date) => {
    const day = dayOf(instant);
    const key = `${group}\u0000${day}`;
    let volume = volumes.get(key);
    if (!volume) volumes.set(key, (volume = { group, day, outbound: 0, responses: 0, engagements: 0 }));
    return volume;
  };
  for (const row of outbound) at(row.group, row.createdAt).outbound += 1;
  for (const response of resolved.timed) {
    const group = resolved.creditedGroup(response);
    if (group !== null && response.reply) at(group, response.reply.createdAt).responses += 1;
  }
  for (const post of measured) {
    if (post.snapshotAge === 'no-snapshot') continue;
    at(post.post.group, post.post.createdAt).engagements += post.counts.engagements;
  }
  return [...volumes.values()];
}

// Offsets change only on quarter-hour boundaries (zoneOffsetMs in libs/domain relies on the same fact).
const QUARTER_HOUR_MS = 15 * 60_000;

/**
 * localDay for many instants in one zone: the day of each quarter hour remembered, so that a million items
 * cost a million map look-ups rather than a million ISO strings. A quarter hour whose start and end fall on
 * different days (an offset that is not a multiple of 15 minutes) is not remembered: each of its instants is
 * asked for on its own.
 */
function localDayResolver(timeZone: string): (instant: Date) => string {
  const days = new Map<number, string | null>();
  return (instant) => {
    const bucket = Math.floor(instant.getTime() / QUARTER_HOUR_MS);
    let day = days.get(bucket);
    if (day === undefined) {
      const first = localDay(new Date(bucket * QUARTER_HOUR_MS), timeZone);
      const last = localDay(new Date((bucket + 1) * QUARTER_HOUR_MS - 1), timeZone);
      day = first === last ? first : null;
      days.set(bucket, day);
    }
    return day ?? localDay(instant, timeZone);
  };
}

function styleExamples(checks: ReturnType<typeof computeStyleBreaks>['checks']): StyleBreakExample[] {
  const taken = new Map<string, number>();
  const examples: StyleBreakExample[] = [];
  for (const check of checks) {
    for (const found of check.breaks) {
      const key = `${check.item.group}\u0000${found.rule}`;
      const count = taken.get(key) ?? 0;
      if (count >= EXAMPLES_PER_GROUP_AND_RULE) continue;
      taken.set(key, count + 1);
      examples.push({
        group: check.item.group,
        accountId: check.item.accountId,
        externalId: check.item.externalId,
        rule: found.rule,
        detail: found.detail,
      });
    }
  }
  return examples;
}
