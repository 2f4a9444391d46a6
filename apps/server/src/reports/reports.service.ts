import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Injectable, NotFoundException } from '@nestjs/common';
import {
  ReportRepository,
  resolveDataDir,
  type PageOf,
  type PageRequest,
  type ReportEntity,
  type WorkspaceEntity,
} from '#persistence';
import { MonthlyReportService } from '#reporting';
import type { IssueReportDto } from './reports.dto.js';

/** Issued reports of one workspace: list, files, issuing, and proving that a copy is one we issued. */
@Injectable()
export class ReportsService {
  constructor(
    private readonly reports: ReportRepository,
    private readonly monthly: MonthlyReportService,
  ) {}

  list(workspaceId: string): Promise<ReportEntity[]> {
    return this.reports.listByWorkspace(workspaceId);
  }

  page(workspaceId: string, page: PageRequest): Promise<PageOf<ReportEntity>> {
    return this.reports.pageByWorkspace(workspaceId, page);
  }

  async get(workspaceId: string, id: string): Promise<ReportEntity> {
    const report = await this.reports.findById(workspaceId, id);
    if (!report) throw new NotFoundException(`No report ${id}`);
    return report;
  }

  /** The file of a report; a report whose file has gone missing is a 404 that says so. */
  async file(
    workspaceId: string,
    id: string,
    format: 'html' | 'pdf',
  ): Promise<{ path: string; report: ReportEntity }> {
    const report = await this.get(workspaceId, id);
    const file = format === 'html' ? report.htmlPath : report.pdfPath;
    if (!file) throw new NotFoundException(`Report ${id} was issued without ${format.toUpperCase()}`);
    if (!fs.existsSync(file))
      throw new NotFoundException(`The ${format.toUpperCase()} file of report ${id} is missing`);
    return { path: file, report };
  }

  async issue(workspace: WorkspaceEntity, input: IssueReportDto): Promise<ReportEntity> {
    const issued = await this.monthly.issue(workspace, {
      month: input.month,
      locale: input.locale,
      formats: input.formats ?? ['html', 'pdf'],
      outDir: path.join(resolveDataDir(), 'reports', workspace.slug),
    });
    return issued.report;
  }

  /** Finds the report whose stored SHA-256 matches the content; only this workspace's reports are compared. */
  async verify(
    workspaceId: string,
    content: Buffer,
  ): Promise<{ sha256: string; match: { report: ReportEntity; format: 'html' | 'pdf' } | null }> {
    const sha256 = createHash('sha256').update(content).digest('hex');
    const report = await this.reports.findBySha256(workspaceId, sha256);
    if (!report) return { sha256, match: null };
    return { sha256, match: { report, format: report.htmlSha256 === sha256 ? 'html' : 'pdf' } };
  }
}
