import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { Injectable } from '@nestjs/common';
import { monthPeriod } from '#domain';
import {
  InboundItemRepository,
  OperatorRepository,
  OutboundItemRepository,
  ReportRepository,
  type ReportEntity,
  type WorkspaceEntity,
} from '#persistence';
import { MetricsQueryService } from '../metrics/metrics-query.service.js';
import { PdfRenderer } from '../pdf/pdf-renderer.js';
import { ReportRenderer } from '../report-renderer.js';
import { buildMonthlyReportModel } from './monthly-report.builder.js';
import type { MonthlyReportModel, ReportLocale } from './monthly-report.model.js';

export const MONTHLY_REPORT_KIND = 'monthly-comparison';
export type ReportFormat = 'html' | 'pdf';

export interface IssueMonthlyReportOptions {
  month: string;
  locale?: ReportLocale;
  formats: ReportFormat[];
  /** Folder the files are written to. */
  outDir: string;
}

export interface IssuedReport {
  report: ReportEntity;
  files: { format: ReportFormat; path: string; sha256: string }[];
  model: MonthlyReportModel;
}

/**
 * Builds, renders and records a monthly comparison report: the model from the month's facts, HTML from the
 * templates, PDF from that same HTML, each file's SHA-256 stored with the report so a copy can be verified.
 */
@Injectable()
export class MonthlyReportService {
  private rendererPromise: Promise<ReportRenderer> | null = null;

  constructor(
    private readonly metrics: MetricsQueryService,
    private readonly inbound: InboundItemRepository,
    private readonly outbound: OutboundItemRepository,
    private readonly operators: OperatorRepository,
    private readonly reports: ReportRepository,
    private readonly pdf: PdfRenderer,
  ) {}

  async buildModel(
    workspace: WorkspaceEntity,
    month: string,
    locale: ReportLocale,
    now: Date,
  ): Promise<MonthlyReportModel> {
    const { from, to } = monthPeriod(month, workspace.timeZone);
    const [facts, dailyVolume, attribution, unassigned] = await Promise.all([
      this.metrics.loadFacts(workspace.id, from, to),
      this.inbound.dailyVolume(workspace.id, from, to, workspace.timeZone),
      this.outbound.attributionShares(workspace.id, from, to),
      this.operators.listUnassigned(workspace.id),
    ]);
    return buildMonthlyReportModel({
      workspace,
      locale,
      month,
      generatedAt: now,
      facts,
      dailyVolume,
      attribution,
      unassignedOperators: unassigned.map((o) => o.name),
    });
  }

  async renderHtml(model: MonthlyReportModel): Promise<string> {
    this.rendererPromise ??= ReportRenderer.create();
    return (await this.rendererPromise).renderMonthlyReport(model);
  }

  async issue(workspace: WorkspaceEntity, options: IssueMonthlyReportOptions): Promise<IssuedReport> {
    const locale = options.locale ?? (workspace.locale === 'de' ? 'de' : 'en');
    const model = await this.buildModel(workspace, options.month, locale, new Date());
    const html = await this.renderHtml(model);
    await fs.mkdir(options.outDir, { recursive: true });
    const base = path.join(
      options.outDir,
      `${MONTHLY_REPORT_KIND}-${workspace.slug}-${options.month}.${locale}`,
    );
    const files: IssuedReport['files'] = [];
    if (options.formats.includes('html'))
      files.push(await writeFile(`${base}.html`, 'html', Buffer.from(html, 'utf8')));
    if (options.formats.includes('pdf'))
      files.push(await writeFile(`${base}.pdf`, 'pdf', await this.pdf.renderPdf(html)));
    const htmlFile = files.find((f) => f.format === 'html');
    const pdfFile = files.find((f) => f.format === 'pdf');
    const report = await this.reports.save({
      workspaceId: workspace.id,
      kind: MONTHLY_REPORT_KIND,
      periodFrom: model.periodFrom,
      periodTo: model.periodTo,
      locale,
      htmlPath: htmlFile?.path ?? null,
      pdfPath: pdfFile?.path ?? null,
      htmlSha256: htmlFile?.sha256 ?? null,
      pdfSha256: pdfFile?.sha256 ?? null,
    });
    return { report, files, model };
  }
}

async function writeFile(
  file: string,
  format: ReportFormat,
  content: Buffer,
): Promise<IssuedReport['files'][number]> {
  await fs.writeFile(file, content);
  return { format, path: path.resolve(file), sha256: createHash('sha256').update(content).digest('hex') };
}
