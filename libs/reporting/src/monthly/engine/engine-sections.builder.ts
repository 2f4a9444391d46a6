// Pure: the comparison engine's report of the month (and of the month before), the facts it rested on and
// the month's incidents and collection gaps in; the engine sections of the monthly report out.
import {
  computeEngagement,
  medianOfSorted,
  nearestRankOfSorted,
  sortedCopy,
  TOTAL_KEY,
  type ResponsivenessDepth,
} from '#domain';
import type { ComparisonFacts } from '../../comparison/comparison-facts.types.js';
import type { ComparisonReport } from '../../comparison/comparison-report.types.js';
import { outboundGroupResolver } from '../../comparison/item-groups.util.js';
import { headlineSource } from '../../incidents/incident-headline.js';
import type { FrtDistribution } from '../monthly-report.model.js';
import { buildCoverageHeatmap } from './coverage-heatmap.util.js';
import { buildDataCoverage, type ImportRunListing } from './data-coverage.util.js';
import type {
  AccountScorecard,
  CollectionGapLine,
  DepthRowView,
  FrtBox,
  HandoverView,
  IncidentLine,
  MonthlyEngineSections,
} from './engine-sections.model.js';
import { figureOf } from './figure.util.js';
import { buildPageOne, scopeDecision, unitOfMetric } from './page-one.builder.js';
import { postKey, rankPostsByGroup } from './post-ranking.util.js';

/** An incident of the month as the ledger lists it (IncidentRepository.list). */
export interface IncidentListing {
  id: string;
  title: string;
  kind: string;
  severity: string;
  status: string;
  accountHandle: string | null;
  operatorName: string | null;
  sourcingGroup: string | null;
  occurredAt: Date;
  detectedAt: Date;
  containedAt: Date | null;
  /** Who reported it (null: detection), and the rule hits and evidence its headline is rebuilt from. */
  reportedBy: string | null;
  hits: Record<string, unknown>[];
  evidence: Record<string, unknown>;
}

/** A collection window that was asked for but not fully collected (StreamRunRepository.listGaps). */
export interface GapListing {
  accountId: string;
  stream: string;
  windowFrom: Date | null;
  windowTo: Date;
  status: string;
  error: string | null;
}

export interface EngineSectionInputs {
  current: ComparisonReport;
  /** The month before, for the change of each key number; null when it was not computed. */
  previous: ComparisonReport | null;
  facts: ComparisonFacts;
  /** Calendar FRT values per group that answered (the monthly model's distributions). */
  frtDistributions: readonly FrtDistribution[];
  incidents: readonly IncidentListing[];
  gaps: readonly GapListing[];
  /** Where the accounts' data came from; absent: nothing known (no connections, no imports, not demo). */
  sources?: DataSourceListing;
}

/** What says how an account's data arrived: its platform connection, the workspace's file imports. */
export interface DataSourceListing {
  connectedAccountIds: readonly string[];
  importRuns: readonly ImportRunListing[];
  isDemo: boolean;
}

export function buildEngineSections(inputs: EngineSectionInputs): MonthlyEngineSections {
  const { current, facts } = inputs;
  const r = facts.responsiveness;
  const handles = new Map(r.accounts.map((a) => [a.id, a.handle]));
  const settings = current.settings;
  const coverage = buildDataCoverage({
    from: r.from,
    to: r.to,
    accounts: current.accounts,
    items: [...r.inbound, ...facts.outbound],
    connectedAccountIds: new Set(inputs.sources?.connectedAccountIds ?? []),
    importRuns: inputs.sources?.importRuns ?? [],
    isDemo: inputs.sources?.isDemo ?? false,
  });
  return {
    baseline: current.baseline,
    challengers: current.challengers,
    dataEnd: current.dataEnd,
    settings: {
      level: settings.level,
      minObservations: settings.minObservations,
      resamples: settings.resamples,
      weights: settings.weights,
      decisionThreshold: settings.thresholds.decision,
      evidenceShare: settings.thresholds.evidenceShare,
      severityWeights: { ...settings.severityWeights },
    },
    pageOne: buildPageOne(current, inputs.previous),
    responsiveness: {
      frtBoxes: inputs.frtDistributions.map(frtBox),
      byGroup: current.responsiveness.byGroup.map((row) => depthRow(row.key, row.summary.all)),
      total: depthRow(TOTAL_KEY, current.responsiveness.total.summary.all),
      heatmap: buildCoverageHeatmap({
        from: r.from,
        to: r.to,
        timeZone: facts.workspace.timeZone,
        accounts: r.accounts,
        operators: r.operators,
        assignments: r.assignments,
        inbound: r.inbound,
      }),
    },
    engagement: {
      byGroup: current.engagement.byGroup.map((row) => ({ key: row.key, summary: row.summary })),
      total: current.engagement.total.summary,
      posts: rankedPosts(facts, handles),
    },
    risk: {
      byGroup: current.risk.byGroup.map((row) => ({ key: row.key, summary: row.summary })),
      total: current.risk.total.summary,
      incidents: inputs.incidents.map(incidentLine),
    },
    cost: {
      byGroup: current.cost.byGroup.map((row) => ({ key: row.key, summary: row.summary })),
      total: current.cost.total.summary,
    },
    scorecards: scorecards(current),
    handovers: handovers(current, handles),
    completeness: {
      gaps: inputs.gaps.map((gap): CollectionGapLine => ({
        accountHandle: handles.get(gap.accountId) ?? gap.accountId,
        stream: gap.stream,
        windowFrom: gap.windowFrom,
        windowTo: gap.windowTo,
        status: gap.status,
        error: gap.error,
      })),
      platforms: [...new Set(current.accounts.map((a) => a.platform))].sort(),
      accounts: current.accounts
        .map((a) => ({
          handle: a.handle,
          platform: a.platform,
          timeZone: a.timeZone,
          hasBusinessHours: a.hasBusinessHours,
        }))
        .sort((a, b) => a.handle.localeCompare(b.handle)),
      coverage: coverage.accounts,
      anyCollected: coverage.accounts.some((a) => a.feed === 'collector'),
      importRuns: coverage.importRuns,
    },
  };
}

export function depthRow(key: string, d: ResponsivenessDepth): DepthRowView {
  return {
    key,
    inbound: d.inbound,
    answered: d.answered,
    frtCalendarMedian: d.frtCalendar.median,
    frtBusinessMedian: d.frtBusiness.median,
    frtCount: d.frtCalendar.count,
    responseRate: d.responseRate.rate,
    responseDecided: d.responseRate.decided,
    undecided: d.responseRate.undecided,
    slaMet: d.sla.met,
    slaBreached: d.sla.breached,
    slaPending: d.sla.pending,
    slaRate: d.sla.rate,
    backlogOpen: d.backlog.open,
    backlogBuckets: d.backlog.buckets.map((b) => b.count),
    backlogOldestSeconds: d.backlog.oldestSeconds,
  };
}

/** Nearest-rank percentiles (as p90 in docs/metrics.md) and the usual median; negative values are data errors. */
export function frtBox(distribution: FrtDistribution): FrtBox {
  const sorted = sortedCopy(distribution.values.filter((v) => Number.isFinite(v) && v >= 0));
  return {
    group: distribution.label,
    count: sorted.length,
    p10: nearestRankOfSorted(sorted, 10),
    p25: nearestRankOfSorted(sorted, 25),
    median: medianOfSorted(sorted),
    p75: nearestRankOfSorted(sorted, 75),
    p90: nearestRankOfSorted(sorted, 90),
  };
}

function rankedPosts(facts: ComparisonFacts, handles: ReadonlyMap<string, string>) {
  const groupOf = outboundGroupResolver(facts.responsiveness.operators);
  const texts = new Map(facts.outbound.map((row) => [postKey(row.accountId, row.externalId), row.text]));
  const { measured } = computeEngagement({
    from: facts.responsiveness.from,
    to: facts.responsiveness.to,
    posts: facts.outbound.map((row) => ({
      accountId: row.accountId,
      group: groupOf(row.operatorId, row.createdAt),
      externalId: row.externalId,
      kind: row.kind,
      createdAt: row.createdAt,
      isRepostOfOther: row.isRepostOfOther,
      operatorId: row.operatorId,
      followersAtPosting: row.followersAtPosting,
    })),
    snapshots: facts.snapshots,
  });
  return rankPostsByGroup(measured, texts, handles);
}

function incidentLine(incident: IncidentListing): IncidentLine {
  const contain =
    incident.containedAt === null ? null : incident.containedAt.getTime() - incident.detectedAt.getTime();
  return {
    id: incident.id,
    title: incident.title,
    headline: headlineSource(incident),
    kind: incident.kind,
    severity: incident.severity,
    status: incident.status,
    accountHandle: incident.accountHandle,
    operatorName: incident.operatorName,
    sourcingGroup: incident.sourcingGroup,
    occurredAt: incident.occurredAt,
    detectedAt: incident.detectedAt,
    containedAt: incident.containedAt,
    // Contained before detected is a data error (docs/metrics.md): no time to contain.
    timeToContainSeconds: contain === null || contain < 0 ? null : contain / 1000,
  };
}

function scorecards(current: ComparisonReport): AccountScorecard[] {
  return [...current.accounts]
    .sort((a, b) => a.handle.localeCompare(b.handle))
    .map((account) => {
      const depth = current.responsiveness.byAccount.find((row) => row.key === account.id);
      const engagement = current.engagement.byAccount.find((row) => row.key === account.id)?.summary;
      const risk = current.risk.byAccount.find((row) => row.key === account.id)?.summary;
      return {
        accountId: account.id,
        handle: account.handle,
        platform: account.platform,
        decisions: current.comparisons.flatMap((c) => {
          const scope = c.byAccount.find((s) => s.scope === account.id);
          return scope ? [{ challenger: c.challenger, decision: scopeDecision(scope, null) }] : [];
        }),
        responsiveness: depth ? depthRow(account.id, depth.summary.all) : null,
        engagementRateByImpressions: engagement?.byImpressions.ratioOfSums ?? null,
        engagementPosts: engagement?.posts ?? 0,
        incidents: risk?.incidents ?? 0,
        outbound: risk?.outbound ?? 0,
      };
    });
}

function handovers(current: ComparisonReport, handles: ReadonlyMap<string, string>): HandoverView[] {
  return current.handovers.map((h) => ({
    accountHandle: handles.get(h.handover.accountId) ?? h.handover.accountId,
    fromGroup: h.handover.fromGroup,
    toGroup: h.handover.toGroup,
    at: h.handover.at,
    transitionFrom: h.handover.transitionFrom,
    metrics: h.comparison.metrics.map((m) => ({
      metric: m.metric,
      unit: unitOfMetric(m.metric),
      before: figureOf(m.stratified.baseline),
      after: figureOf(m.stratified.challenger),
      difference: figureOf(m.stratified.difference),
    })),
  }));
}
