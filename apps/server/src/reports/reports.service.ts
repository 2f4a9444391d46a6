import { ConflictException, GoneException, Injectable, Logger, NotFoundException } from '@nestjs/common';
import type { Response } from 'express';
import {
  ReportRepository,
  type PageOf,
  type PageRequest,
  type ReportEntity,
  type WorkspaceEntity,
} from '#persistence';
import {
  MonthlyReportService,
  ReportArchiveService,
  reportFileName,
  type ReportFormat,
  type VerifyResult,
} from '#reporting';
import type { IssueReportDto } from './reports.dto.js';

const CONTENT_TYPES: Record<ReportFormat, string> = {
  html: 'text/html; charset=utf-8',
  pdf: 'application/pdf',
};

/** Issued reports of one workspace: list, files, issuing, and proving that a copy is one we issued. */
@Injectable()
export class ReportsService {
  private readonly logger = new Logger('reports');

  constructor(
    private readonly reports: ReportRepository,
    private readonly monthly: MonthlyReportService,
    private readonly archive: ReportArchiveService,
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

  /**
   * Sends a report's archived file, only after its SHA-256 was checked against the archived one: a file changed
   * since it was issued is a 409 `report_file_altered`, a file gone a 410 `report_file_missing`, both naming
   * the report and logged; the bytes of a changed file are never sent. `private, no-store`: reports are
   * confidential and must stay out of shared caches and the browser's disk cache.
   */
  async send(
    res: Response,
    workspaceId: string,
    id: string,
    format: ReportFormat,
    disposition: 'inline' | 'attachment' | null,
  ): Promise<void> {
    const report = await this.get(workspaceId, id);
    const label = format.toUpperCase();
    const checked = await this.archive.openFile(report, format);
    if (checked.status === 'not_issued')
      throw new NotFoundException(`Report ${id} was issued without ${label}`);
    if (checked.status === 'missing') {
      this.logger.error(`The archived ${label} of report ${id} is missing: ${checked.path}`);
      throw new GoneException({
        code: 'report_file_missing',
        message: `The archived ${label} file of report ${id} is missing; it cannot be served`,
      });
    }
    if (checked.status === 'altered') {
      this.logger.error(
        `The archived ${label} of report ${id} was altered: ${checked.path} has SHA-256 ${checked.actual}, issued ${checked.expected}`,
      );
      throw new ConflictException({
        code: 'report_file_altered',
        message: `The archived ${label} file of report ${id} was changed after it was issued (its SHA-256 is not the archived one); it is not served`,
      });
    }
    res.status(200);
    res.setHeader('Content-Type', CONTENT_TYPES[format]);
    res.setHeader('Content-Length', String(checked.size));
    res.setHeader('Cache-Control', 'private, no-store');
    if (disposition)
      res.setHeader(
        'Content-Disposition',
        `${disposition}; filename="${reportFileName(report, format).replace(/[^\w.-]/g, '_')}"`,
      );
    // From the handle that was hashed (autoClose closes it): what is sent is what was checked.
    const stream = checked.handle.createReadStream({ start: 0 });
    await new Promise<void>((resolve) => {
      stream.on('error', (error) => {
        this.logger.error(`Sending the ${label} of report ${id} failed: ${error.message}`);
        res.destroy(error);
        resolve();
      });
      res.on('close', () => {
        stream.destroy();
        resolve();
      });
      stream.pipe(res);
    });
  }

  async issue(workspace: WorkspaceEntity, input: IssueReportDto): Promise<ReportEntity> {
    // No convenience copy: the archive's own copy under the data directory is the one served.
    const issued = await this.monthly.issue(workspace, {
      month: input.month,
      locale: input.locale,
      formats: input.formats ?? ['html', 'pdf'],
    });
    return issued.report;
  }

  /** The archive's verification (the same as `ledger report verify`), limited to this workspace's reports. */
  verify(workspaceId: string, content: Buffer, fileName: string | undefined): Promise<VerifyResult> {
    return this.archive.verify(content, fileName, workspaceId);
  }
}
