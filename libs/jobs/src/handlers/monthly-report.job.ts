import path from 'node:path';
import { Injectable } from '@nestjs/common';
import { monthPeriod } from '#domain';
import { ReportRepository, resolveDataDir, WorkspaceRepository } from '#persistence';
import { MONTHLY_REPORT_KIND, MonthlyReportService } from '#reporting';
import type { MonthlyReportPayload } from '../job-kinds.js';
import type { JobContext, JobHandler, JobResult } from './job-handler.js';

/**
 * Computes and renders a workspace's monthly report into `<data dir>/reports/<workspace>`. A scheduled job
 * whose month already has a report (issued on demand, or by an attempt that finished just before its worker
 * died) records that and stops: the month gets one scheduled report.
 */
@Injectable()
export class MonthlyReportJob implements JobHandler<'monthly-report'> {
  readonly kind = 'monthly-report' as const;

  constructor(
    private readonly workspaces: WorkspaceRepository,
    private readonly reports: ReportRepository,
    private readonly monthly: MonthlyReportService,
  ) {}

  available(): boolean {
    return true;
  }

  async run(data: MonthlyReportPayload, context: JobContext): Promise<JobResult> {
    const workspace = await this.workspaces.findById(data.workspaceId);
    if (!workspace) return { skipped: 'the workspace no longer exists' };
    if (!data.onDemand) {
      const { from } = monthPeriod(data.month, workspace.timeZone);
      const existing = await this.reports.findLatestForPeriod(workspace.id, MONTHLY_REPORT_KIND, from);
      if (existing) return { skipped: 'the month already has a report', reportId: existing.id };
    }
    const issued = await this.monthly.issue(workspace, {
      month: data.month,
      locale: data.locale,
      formats: data.formats,
      outDir: path.join(resolveDataDir(), 'reports', workspace.slug),
      // The clock's time: a report issued by the scheduled job says when the worker issued it.
      generatedAt: context.now,
    });
    return { reportId: issued.report.id, month: data.month, files: issued.files.map((f) => f.path) };
  }
}
