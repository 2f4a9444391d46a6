import { Injectable, Logger } from '@nestjs/common';
import { Cron } from '@nestjs/schedule';
import { addMonths, monthOf, monthPeriod } from '#domain';
import { ReportRepository, resolveDataDir, WorkspaceRepository } from '#persistence';
import { MONTHLY_REPORT_KIND, MonthlyReportService } from '#reporting';
import path from 'node:path';

/**
 * Issues each workspace's monthly report once its month is over in the workspace's own time zone.
 * Runs in-process here; the queue with leases and singleton keys for many workers is issue #5.
 */
@Injectable()
export class MonthlyReportCron {
  private readonly logger = new Logger(MonthlyReportCron.name);
  private running = false;

  constructor(
    private readonly workspaces: WorkspaceRepository,
    private readonly reports: ReportRepository,
    private readonly monthly: MonthlyReportService,
  ) {}

  @Cron('0 */15 * * * *')
  async tick(): Promise<void> {
    if (this.running) return;
    this.running = true;
    try {
      await this.issueDueReports(new Date());
    } finally {
      this.running = false;
    }
  }

  /** Issues the previous month's report for every workspace that has none yet; returns how many it issued. */
  async issueDueReports(now: Date): Promise<number> {
    let issued = 0;
    for (const workspace of await this.workspaces.list()) {
      const month = addMonths(monthOf(now, workspace.timeZone), -1);
      const { from } = monthPeriod(month, workspace.timeZone);
      if (await this.reports.findLatestForPeriod(workspace.id, MONTHLY_REPORT_KIND, from)) continue;
      try {
        const result = await this.monthly.issue(workspace, {
          month,
          formats: ['html', 'pdf'],
          outDir: path.join(resolveDataDir(), 'reports', workspace.slug),
        });
        this.logger.log(
          `Issued the ${month} report of ${workspace.slug}: ${result.files.map((f) => f.path).join(', ')}`,
        );
        issued += 1;
      } catch (error) {
        // One workspace's failure must not stop the others.
        this.logger.error(`The ${month} report of ${workspace.slug} failed: ${(error as Error).message}`);
      }
    }
    return issued;
  }
}
