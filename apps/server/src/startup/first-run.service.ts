import path from 'node:path';
import { Injectable, Logger } from '@nestjs/common';
import { DemoWorkspaceService } from '#collectors';
import { monthPeriod } from '#domain';
import {
  ReportRepository,
  resolveDataDir,
  WorkspaceRepository,
  type ReportEntity,
  type WorkspaceEntity,
} from '#persistence';
import { MONTHLY_REPORT_KIND, MonthlyReportService } from '#reporting';
import { FirstAdminService, type FirstAdmin } from './first-admin.service.js';

export interface FirstRunResult {
  demoCreated: boolean;
  workspace: WorkspaceEntity | null;
  report: ReportEntity | null;
  /** Created on this start (no user existed): its password is printed once. */
  admin: FirstAdmin | null;
}

/**
 * On a fresh database, creates the demo workspace, issues its latest monthly report and an administrator to
 * log in with, so that the first `npm start` has something to show. Skipped when LEDGER_DEMO=off or when
 * other workspaces exist.
 */
@Injectable()
export class FirstRunService {
  private readonly logger = new Logger(FirstRunService.name);

  constructor(
    private readonly workspaces: WorkspaceRepository,
    private readonly reports: ReportRepository,
    private readonly demo: DemoWorkspaceService,
    private readonly monthly: MonthlyReportService,
    private readonly firstAdmin: FirstAdminService,
  ) {}

  async run(now: Date): Promise<FirstRunResult> {
    const none: FirstRunResult = { demoCreated: false, workspace: null, report: null, admin: null };
    if (process.env.LEDGER_DEMO === 'off') return none;
    const all = await this.workspaces.list();
    if (all.some((w) => !w.isDemo)) return none;
    const started = Date.now();
    const seeded = await this.demo.ensure(now);
    const admin = await this.firstAdmin.ensure(seeded.workspace);
    const { from } = monthPeriod(seeded.month, seeded.workspace.timeZone);
    const existing = await this.reports.findLatestForPeriod(seeded.workspace.id, MONTHLY_REPORT_KIND, from);
    if (existing)
      return { demoCreated: seeded.created, workspace: seeded.workspace, report: existing, admin };
    this.logger.log(`Rendering the demo workspace's ${seeded.month} report…`);
    const issued = await this.monthly.issue(seeded.workspace, {
      month: seeded.month,
      formats: ['html', 'pdf'],
      outDir: path.join(resolveDataDir(), 'reports', seeded.workspace.slug),
    });
    this.logger.log(`Demo data and report ready in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    return { demoCreated: seeded.created, workspace: seeded.workspace, report: issued.report, admin };
  }
}
