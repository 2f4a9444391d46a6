// Everything the monthly report rests on, loaded once: the comparison engine's facts of the month and of the
// month before, daily volume, attribution shares, operators without a group, the month's incidents, the
// collection gaps and how each account's data arrived (connection, file imports). The data fingerprint is
// computed over the facts; the sources only say where they came from (an unrelated import of another month
// must not change this month's fingerprint), and the span each account covers derives from the facts.
import { Injectable } from '@nestjs/common';
import { addMonths, monthPeriod } from '#domain';
import {
  AccountConnectionRepository,
  CollectionRunRepository,
  InboundItemRepository,
  IncidentRepository,
  OperatorRepository,
  OutboundItemRepository,
  StreamRunRepository,
  type CollectionGap,
  type IncidentView,
} from '#persistence';
import { dataFingerprint } from '../archive/data-fingerprint.util.js';
import type { ComparisonFacts } from '../comparison/comparison-facts.types.js';
import { ComparisonService } from '../comparison/comparison.service.js';
import type { DataSourceListing } from './engine/engine-sections.builder.js';
import type { DailyVolumePoint } from './monthly-report.model.js';

/** Import runs read for the completeness section: the newest; the section lists ten (MAX_LISTED_IMPORT_RUNS). */
const IMPORT_RUNS_READ = 100;

export interface MonthlyReportData {
  month: string;
  period: { from: Date; to: Date };
  facts: ComparisonFacts;
  /** The month before, for "change against last month"; null when it holds no items at all. */
  previousFacts: ComparisonFacts | null;
  dailyVolume: DailyVolumePoint[];
  attribution: { sourcingGroup: string | null; source: string; items: number }[];
  unassignedOperators: string[];
  incidents: IncidentView[];
  gaps: CollectionGap[];
  /** Platform connections and file imports: where each account's data came from. */
  sources: DataSourceListing;
}

@Injectable()
export class MonthlyReportDataLoader {
  constructor(
    private readonly comparison: ComparisonService,
    private readonly inbound: InboundItemRepository,
    private readonly outbound: OutboundItemRepository,
    private readonly operators: OperatorRepository,
    private readonly incidents: IncidentRepository,
    private readonly streamRuns: StreamRunRepository,
    private readonly connections: AccountConnectionRepository,
    private readonly runs: CollectionRunRepository,
  ) {}

  async load(
    workspace: { id: string; timeZone: string; isDemo?: boolean },
    month: string,
  ): Promise<MonthlyReportData> {
    const period = monthPeriod(month, workspace.timeZone);
    const previousPeriod = monthPeriod(addMonths(month, -1), workspace.timeZone);
    const ref = { id: workspace.id, timeZone: workspace.timeZone };
    const [facts, previousFacts, dailyVolume, attribution, unassigned, incidents, gaps, sources] =
      await Promise.all([
        this.comparison.loadFacts(ref, period),
        this.comparison.loadFacts(ref, previousPeriod),
        this.inbound.dailyVolume(workspace.id, period.from, period.to, workspace.timeZone),
        this.outbound.attributionShares(workspace.id, period.from, period.to),
        this.operators.listUnassigned(workspace.id),
        this.incidents.list(workspace.id, period),
        this.streamRuns.listGaps(workspace.id, period.from, period.to),
        this.sourcesOf(workspace),
      ]);
    const previousHasItems =
      previousFacts.responsiveness.inbound.some((i) => i.createdAt >= previousPeriod.from) ||
      previousFacts.outbound.length > 0;
    return {
      month,
      period,
      facts,
      previousFacts: previousHasItems ? previousFacts : null,
      dailyVolume,
      attribution,
      unassignedOperators: unassigned.map((o) => o.name),
      incidents,
      gaps,
      sources,
    };
  }

  private async sourcesOf(workspace: { id: string; isDemo?: boolean }): Promise<DataSourceListing> {
    const [connections, imports] = await Promise.all([
      this.connections.listAll(),
      this.runs.pageByWorkspace(workspace.id, true, { offset: 0, limit: IMPORT_RUNS_READ }),
    ]);
    return {
      connectedAccountIds: connections.filter((c) => c.workspaceId === workspace.id).map((c) => c.accountId),
      importRuns: imports.rows.map((run) => ({
        source: run.source,
        subject: run.subject,
        accountId: run.accountId,
        status: run.status,
        startedAt: run.startedAt,
        finishedAt: run.finishedAt,
        rowsImported: run.rowsImported,
      })),
      isDemo: workspace.isDemo ?? false,
    };
  }
}

/** SHA-256 over the canonical form of everything the report's numbers rest on (see data-fingerprint.util). */
export function monthlyDataFingerprint(data: MonthlyReportData): string {
  return dataFingerprint({
    kind: 'monthly-comparison',
    month: data.month,
    period: data.period,
    facts: data.facts,
    previousFacts: data.previousFacts,
    dailyVolume: data.dailyVolume,
    attribution: data.attribution,
    unassignedOperators: data.unassignedOperators,
    incidents: data.incidents,
    gaps: data.gaps,
  });
}
