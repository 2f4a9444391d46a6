import { Injectable } from '@nestjs/common';
import { monthOf, monthPeriod, type MetricsResult } from '#domain';
import {
  CollectionRunRepository,
  InboundItemRepository,
  ReportRepository,
  type CollectionRunEntity,
  type ReportEntity,
  type WorkspaceEntity,
} from '#persistence';
import { MetricsQueryService } from '#reporting';

export interface DashboardData {
  /** The latest month that has data, by sourcing group; null for a workspace without data. */
  headline: (MetricsResult & { month: string }) | null;
  latestReport: ReportEntity | null;
  completeness: { runs: CollectionRunEntity[]; total: number; failed: number; partial: number } | null;
}

const RECENT_RUNS = 10;

/**
 * The dashboard's numbers. Until the comparison engine provides a recommendation, the headline is the
 * responsiveness of the latest month with data, by sourcing group, straight from MetricsQueryService.
 */
@Injectable()
export class DashboardService {
  constructor(
    private readonly metrics: MetricsQueryService,
    private readonly inbound: InboundItemRepository,
    private readonly reports: ReportRepository,
    private readonly runs: CollectionRunRepository,
  ) {}

  async load(workspace: WorkspaceEntity, withRuns: boolean): Promise<DashboardData> {
    const dataEnd = await this.inbound.dataEnd(workspace.id);
    let headline: DashboardData['headline'] = null;
    if (dataEnd) {
      const month = monthOf(new Date(dataEnd), workspace.timeZone);
      const { from, to } = monthPeriod(month, workspace.timeZone);
      headline = { ...(await this.metrics.responsiveness(workspace.id, from, to, 'group')), month };
    }
    const [latestReport] = await this.reports.listByWorkspace(workspace.id);
    let completeness: DashboardData['completeness'] = null;
    if (withRuns) {
      const runs = await this.runs.listByWorkspace(workspace.id, 1000);
      completeness = {
        runs: runs.slice(0, RECENT_RUNS),
        total: runs.length,
        // A run whose process died never ended: as much a failure as one that said so.
        failed: runs.filter((r) => r.status === 'failed' || r.status === 'interrupted').length,
        partial: runs.filter((r) => r.status === 'partial').length,
      };
    }
    return { headline, latestReport: latestReport ?? null, completeness };
  }
}
