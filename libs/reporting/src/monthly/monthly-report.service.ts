import { Injectable } from '@nestjs/common';
import type { ReportEntity, WorkspaceEntity } from '#persistence';
import {
  ReportArchiveService,
  type IssuedFile,
  type ReportFormat,
} from '../archive/report-archive.service.js';
import { DATA_FINGERPRINT_VERSION } from '../archive/data-fingerprint.util.js';
import { ReportBrandingService } from '../branding/report-branding.service.js';
import { monthlyMailSummary } from '../delivery/delivery-mail.model.js';
import { buildComparisonReport } from '../comparison/comparison-report.builder.js';
import { ReportRendererProvider } from '../report-renderer.provider.js';
import type { ReportArchiveRef } from '../report-document.js';
import { brandingParameters, type ReportBranding } from '../branding/report-branding.model.js';
import { buildMonthlyReportModel } from './monthly-report.builder.js';
import {
  monthlyDataFingerprint,
  MonthlyReportDataLoader,
  type MonthlyReportData,
} from './monthly-report-data.loader.js';
import type { MonthlyReportModel, ReportLocale } from './monthly-report.model.js';

export const MONTHLY_REPORT_KIND = 'monthly-comparison';

export interface IssueMonthlyReportOptions {
  month: string;
  /** Default: the workspace's report language (branding), else its locale. */
  locale?: ReportLocale;
  formats: ReportFormat[];
  /**
   * Folder a convenience copy of the files is written to (the user's); none: only the archive's own copy
   * under the data directory, which is written in any case.
   */
  outDir?: string;
  /** The instant printed as "generated"; default now. */
  generatedAt?: Date;
}

export interface IssuedReport {
  report: ReportEntity;
  files: IssuedFile[];
  model: MonthlyReportModel;
}

type ReportWorkspace = Pick<WorkspaceEntity, 'id' | 'name' | 'slug' | 'timeZone' | 'locale' | 'isDemo'>;

/**
 * Builds, renders and archives the monthly comparison report: the month's facts through the comparison
 * engine into the model, HTML from the templates, PDF from that same HTML; the files' SHA-256 and the data
 * fingerprint stored with the report (ReportArchiveService) so that a copy can be verified years later.
 */
@Injectable()
export class MonthlyReportService {
  constructor(
    private readonly data: MonthlyReportDataLoader,
    private readonly branding: ReportBrandingService,
    private readonly renderers: ReportRendererProvider,
    private readonly archive: ReportArchiveService,
  ) {}

  /** The model of a month, not archived (a preview). */
  async buildModel(
    workspace: ReportWorkspace,
    month: string,
    locale: ReportLocale | undefined,
    now: Date,
  ): Promise<MonthlyReportModel> {
    const { branding, locale: resolved } = await this.branding.resolve(workspace, locale);
    return this.modelOf(workspace, await this.data.load(workspace, month), resolved, branding, now, null);
  }

  async renderHtml(model: MonthlyReportModel): Promise<string> {
    return (await this.renderers.renderer()).renderMonthlyReport(model);
  }

  async issue(workspace: ReportWorkspace, options: IssueMonthlyReportOptions): Promise<IssuedReport> {
    const { branding, locale } = await this.branding.resolve(workspace, options.locale);
    const data = await this.data.load(workspace, options.month);
    const archive: ReportArchiveRef = {
      reportId: this.archive.newReportId(),
      dataFingerprint: monthlyDataFingerprint(data),
    };
    const model = this.modelOf(workspace, data, locale, branding, options.generatedAt ?? new Date(), archive);
    const html = await this.renderHtml(model);
    const { report, files } = await this.archive.issue({
      id: archive.reportId,
      workspaceId: workspace.id,
      kind: MONTHLY_REPORT_KIND,
      periodFrom: model.periodFrom,
      periodTo: model.periodTo,
      locale,
      parameters: {
        month: options.month,
        locale,
        formats: [...options.formats],
        generatedAt: model.generatedAt.toISOString(),
        branding: brandingParameters(branding),
        fingerprintVersion: DATA_FINGERPRINT_VERSION,
        // The headline numbers as printed: the delivery mail quotes them without computing anything again.
        summary: monthlyMailSummary(model),
      },
      dataFingerprint: archive.dataFingerprint,
      html,
      formats: options.formats,
      outDir: options.outDir,
      baseName: `${MONTHLY_REPORT_KIND}-${workspace.slug}-${options.month}.${locale}`,
    });
    return { report, files, model };
  }

  private modelOf(
    workspace: ReportWorkspace,
    data: MonthlyReportData,
    locale: ReportLocale,
    branding: ReportBranding,
    generatedAt: Date,
    archive: ReportArchiveRef | null,
  ): MonthlyReportModel {
    const current = buildComparisonReport(data.facts);
    const previous = data.previousFacts ? buildComparisonReport(data.previousFacts) : null;
    return buildMonthlyReportModel({
      workspace,
      branding,
      archive,
      locale,
      month: data.month,
      generatedAt,
      facts: data.facts.responsiveness,
      dailyVolume: data.dailyVolume,
      attribution: data.attribution,
      unassignedOperators: data.unassignedOperators,
      engine: {
        current,
        previous,
        facts: data.facts,
        incidents: data.incidents,
        gaps: data.gaps,
        sources: data.sources,
      },
    });
  }
}
