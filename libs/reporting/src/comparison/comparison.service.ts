import { Injectable } from '@nestjs/common';
import {
  addDays,
  dayStart,
  DEFAULT_ENGAGEMENT_KINDS,
  localDay,
  type IncidentRecord,
  type IncidentSeverity,
  type IncidentStatus,
  UNKNOWN_OPERATOR_LABEL,
} from '#domain';
import {
  CadencePlanRepository,
  CostModelRepository,
  EngineFactsRepository,
  HouseStyleRepository,
  IncidentRepository,
  ScorecardSettingsRepository,
} from '#persistence';
import { MetricsQueryService } from '../metrics/metrics-query.service.js';
import type { ComparisonFacts, ComparisonRequest } from './comparison-facts.types.js';
import { buildComparisonReport, buildEngineMetrics } from './comparison-report.builder.js';
import type { ComparisonReport, EngineBreakdowns } from './comparison-report.types.js';

/** The workspace a comparison is for: its id and the zone its days and months are in. */
export interface ComparisonWorkspace {
  id: string;
  timeZone: string;
}

/** [from, to): local midnights in the workspace's zone. */
export interface ComparisonPeriod {
  from: Date;
  to: Date;
}

/**
 * The comparison engine behind the report, the API and `ledger metrics --compare`: loads a period's facts
 * through the repositories and hands them to the pure builders (docs/metrics.md defines every number).
 */
@Injectable()
export class ComparisonService {
  constructor(
    private readonly metrics: MetricsQueryService,
    private readonly facts: EngineFactsRepository,
    private readonly incidents: IncidentRepository,
    private readonly costModels: CostModelRepository,
    private readonly plans: CadencePlanRepository,
    private readonly houseStyles: HouseStyleRepository,
    private readonly scorecard: ScorecardSettingsRepository,
  ) {}

  /** In-house against each agency, per account and overall, with every metric beside it. */
  async compare(
    workspace: ComparisonWorkspace,
    period: ComparisonPeriod,
    request: ComparisonRequest = {},
  ): Promise<ComparisonReport> {
    return buildComparisonReport(await this.loadFacts(workspace, period, request), request);
  }

  /** Every metric by group and account, without the comparisons and their bootstraps. */
  async breakdowns(
    workspace: ComparisonWorkspace,
    period: ComparisonPeriod,
    request: ComparisonRequest = {},
  ): Promise<EngineBreakdowns> {
    return buildEngineMetrics(await this.loadFacts(workspace, period, request), request);
  }

  /**
   * "All data" as whole local days: from the midnight starting the day of the first item to the midnight
   * ending the day of the last. Null when the workspace has no items.
   */
  async dataPeriod(workspace: ComparisonWorkspace): Promise<ComparisonPeriod | null> {
    const range = await this.facts.dataRange(workspace.id);
    if (!range) return null;
    return {
      from: dayStart(localDay(range.first, workspace.timeZone), workspace.timeZone),
      to: dayStart(addDays(localDay(range.last, workspace.timeZone), 1), workspace.timeZone),
    };
  }

  async loadFacts(
    workspace: ComparisonWorkspace,
    period: ComparisonPeriod,
    request: ComparisonRequest = {},
  ): Promise<ComparisonFacts> {
    if (!(period.from < period.to)) throw new RangeError('The period must end after it starts');
    const { id } = workspace;
    const { from, to } = period;
    const kinds = request.engagementKinds ?? DEFAULT_ENGAGEMENT_KINDS;
    const [responsiveness, outbound, snapshots, incidents, costModels, plans, houseStyles, settings] =
      await Promise.all([
        this.metrics.loadFacts(id, from, to),
        this.facts.outboundItems(id, from, to, kinds),
        this.facts.snapshots(id, from, to, kinds),
        this.incidents.list(id, { from, to }),
        this.costModels.list(id),
        this.plans.list(id),
        this.houseStyles.listByWorkspace(id),
        this.scorecard.get(id),
      ]);
    return {
      workspace,
      responsiveness,
      outbound,
      snapshots,
      incidents: incidents.map((incident): IncidentRecord => ({
        id: incident.id,
        accountId: incident.accountId,
        // The group frozen when it happened; none recorded: nobody's group is known.
        group: incident.sourcingGroup ?? UNKNOWN_OPERATOR_LABEL,
        kind: incident.kind,
        severity: incident.severity as IncidentSeverity,
        status: incident.status as IncidentStatus,
        occurredAt: incident.occurredAt,
        detectedAt: incident.detectedAt,
        containedAt: incident.containedAt,
      })),
      costModels,
      plans,
      houseStyles,
      settings,
    };
  }
}
