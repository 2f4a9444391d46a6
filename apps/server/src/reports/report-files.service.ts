import fs from 'node:fs';
import { Injectable, NotFoundException } from '@nestjs/common';
import { ReportRepository, WorkspaceRepository, type ReportEntity } from '#persistence';

export interface ReportListItem {
  id: string;
  workspaceSlug: string;
  workspaceName: string;
  isDemo: boolean;
  kind: string;
  periodFrom: Date;
  periodTo: Date;
  locale: string;
  createdAt: Date;
  hasHtml: boolean;
  hasPdf: boolean;
  htmlSha256: string | null;
  pdfSha256: string | null;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Issued reports as a list and as files. A report whose file has gone missing is a 404 that says so. */
@Injectable()
export class ReportFilesService {
  constructor(
    private readonly reports: ReportRepository,
    private readonly workspaces: WorkspaceRepository,
  ) {}

  async list(): Promise<ReportListItem[]> {
    const workspaces = new Map((await this.workspaces.list()).map((w) => [w.id, w]));
    return (await this.reports.listAll()).map((r) => {
      const w = workspaces.get(r.workspaceId);
      return {
        id: r.id,
        workspaceSlug: w?.slug ?? '',
        workspaceName: w?.name ?? '',
        isDemo: w?.isDemo ?? false,
        kind: r.kind,
        periodFrom: r.periodFrom,
        periodTo: r.periodTo,
        locale: r.locale,
        createdAt: r.createdAt,
        hasHtml: r.htmlPath !== null,
        hasPdf: r.pdfPath !== null,
        htmlSha256: r.htmlSha256,
        pdfSha256: r.pdfSha256,
      };
    });
  }

  async file(id: string, format: 'html' | 'pdf'): Promise<{ path: string; report: ReportEntity }> {
    const report = UUID.test(id) ? await this.reports.findAnyById(id) : null;
    if (!report) throw new NotFoundException(`No report ${id}`);
    const file = format === 'html' ? report.htmlPath : report.pdfPath;
    if (!file) throw new NotFoundException(`Report ${id} was issued without ${format.toUpperCase()}`);
    if (!fs.existsSync(file))
      throw new NotFoundException(`The ${format.toUpperCase()} file of report ${id} is missing from ${file}`);
    return { path: file, report };
  }
}
