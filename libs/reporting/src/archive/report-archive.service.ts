import { randomUUID } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import {
  AuditLogService,
  ReportArchiveRepository,
  type ReportEntity,
  type ReportFileMatch,
} from '#persistence';
import { PdfRenderer } from '../pdf/pdf-renderer.js';
import { archiveDir, openArchivedFile, writeAtomically, type ArchivedFileCheck } from './archived-file.js';
import { sha256Hex } from './data-fingerprint.util.js';

export type ReportFormat = 'html' | 'pdf';

export interface IssuedFile {
  format: ReportFormat;
  /** The archive's own copy (`<data dir>/archive/<workspace id>/<report id>.<format>`): served, mailed, checked. */
  path: string;
  /** The convenience copy in the folder asked for (`--out`), if one was asked for. */
  copyPath: string | null;
  sha256: string;
}

export interface IssueRequest {
  /** Chosen before rendering so that the files can print it. */
  id: string;
  workspaceId: string;
  kind: string;
  periodFrom: Date;
  periodTo: Date;
  locale: string;
  /** What was asked for (month or days, accounts, formats, branding …): stored as given. */
  parameters: Record<string, unknown>;
  dataFingerprint: string;
  html: string;
  formats: readonly ReportFormat[];
  /** Folder for a convenience copy of each file (the user's); none: the archive's copy only. */
  outDir?: string;
  /** Name of the convenience copies, without extension. */
  baseName: string;
}

export type VerifyStatus = 'issued' | 'changed' | 'unknown';

export interface VerifyResult {
  sha256: string;
  /** issued: byte for byte a file the system issued; changed: a file of that name was issued with another hash. */
  status: VerifyStatus;
  /** The issued reports the file is (same hash). */
  matches: ReportFileMatch[];
  /** For `changed`: the reports issued under the file's name, with the hash each file had. */
  sameName: ReportFileMatch[];
}

/**
 * The archive of issued reports: writes a report's files, records them with their period, parameters, data
 * fingerprint and SHA-256 (and an audit log entry that holds the same), and tells whether a file is one of them.
 */
@Injectable()
export class ReportArchiveService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly archive: ReportArchiveRepository,
    private readonly audit: AuditLogService,
    private readonly pdf: PdfRenderer,
  ) {}

  newReportId(): string {
    return randomUUID();
  }

  /**
   * Renders the PDF if asked, writes the archive's own copy of each file (atomically, under the data
   * directory) and the convenience copies, then records the report and its audit entry. Should recording
   * fail, the files are removed again: a file whose report was never recorded was never issued.
   */
  async issue(request: IssueRequest): Promise<{ report: ReportEntity; files: IssuedFile[] }> {
    const contents: [ReportFormat, Buffer][] = [];
    if (request.formats.includes('html')) contents.push(['html', Buffer.from(request.html, 'utf8')]);
    if (request.formats.includes('pdf')) contents.push(['pdf', await this.pdf.renderPdf(request.html)]);
    const written: string[] = [];
    const files: IssuedFile[] = [];
    try {
      const dir = archiveDir(request.workspaceId);
      for (const [format, content] of contents) {
        const archived = path.join(dir, `${request.id}.${format}`);
        await writeAtomically(archived, content);
        written.push(archived);
        files.push({ format, path: archived, copyPath: null, sha256: sha256Hex(content) });
      }
      if (request.outDir !== undefined) {
        await fs.mkdir(request.outDir, { recursive: true });
        const base = await freeBaseName(request.outDir, request);
        for (const [index, [format, content]] of contents.entries()) {
          const copy = path.resolve(`${base}.${format}`);
          // 'wx': fail rather than overwrite, should another process have taken the name in the meantime.
          await fs.writeFile(copy, content, { flag: 'wx' });
          written.push(copy);
          files[index].copyPath = copy;
        }
      }
      return { report: await this.record(request, files), files };
    } catch (error) {
      await Promise.all(written.map((file) => fs.rm(file, { force: true })));
      throw error;
    }
  }

  private async record(request: IssueRequest, files: IssuedFile[]): Promise<ReportEntity> {
    const html = files.find((f) => f.format === 'html');
    const pdf = files.find((f) => f.format === 'pdf');
    // The report and its audit entry in one transaction: the archive never shows a report the log does not prove.
    return this.dataSource.transaction(async (manager) => {
      const stored = await this.archive.insert(
        {
          id: request.id,
          workspaceId: request.workspaceId,
          kind: request.kind,
          periodFrom: request.periodFrom,
          periodTo: request.periodTo,
          locale: request.locale,
          htmlPath: html?.path ?? null,
          pdfPath: pdf?.path ?? null,
          htmlSha256: html?.sha256 ?? null,
          pdfSha256: pdf?.sha256 ?? null,
          htmlCopyPath: html?.copyPath ?? null,
          pdfCopyPath: pdf?.copyPath ?? null,
          parameters: request.parameters,
          dataFingerprint: request.dataFingerprint,
        },
        manager,
      );
      await this.audit.record(
        {
          workspaceId: request.workspaceId,
          action: 'report.issued',
          entityType: 'report',
          entityId: stored.id,
          payload: {
            kind: request.kind,
            periodFrom: request.periodFrom.toISOString(),
            periodTo: request.periodTo.toISOString(),
            locale: request.locale,
            parameters: request.parameters,
            dataFingerprint: request.dataFingerprint,
            files: files.map(({ format, sha256 }) => ({ format, sha256 })),
          },
        },
        manager,
      );
      return stored;
    });
  }

  /**
   * A report's archived file, opened and checked against its archived SHA-256 before anyone is given it
   * (server, delivery). An `ok` result holds the open handle the caller must use and close.
   */
  openFile(report: ReportEntity, format: ReportFormat): Promise<ArchivedFileCheck> {
    return openArchivedFile(report, format);
  }

  /** Whether `content` is a file the system issued (optionally: by this workspace), and which report. */
  async verify(content: Uint8Array, fileName?: string, workspaceId?: string): Promise<VerifyResult> {
    const sha256 = sha256Hex(content);
    const matches = await this.archive.findBySha256(sha256, workspaceId);
    if (matches.length > 0) return { sha256, status: 'issued', matches, sameName: [] };
    const sameName = fileName ? await this.archive.findByFileName(path.basename(fileName), workspaceId) : [];
    return { sha256, status: sameName.length > 0 ? 'changed' : 'unknown', matches, sameName };
  }
}

/**
 * A convenience copy is never overwritten: its hash is archived, and a later report of the same month and language
 * must not turn the earlier one into a file that no longer verifies. The first report of a name gets the
 * plain name; later ones add the start of their report id.
 */
async function freeBaseName(outDir: string, request: IssueRequest): Promise<string> {
  const plain = path.join(outDir, request.baseName);
  const taken = await Promise.all(
    request.formats.map((format) =>
      fs.access(`${plain}.${format}`).then(
        () => true,
        () => false,
      ),
    ),
  );
  return taken.some(Boolean) ? `${plain}.${request.id.slice(0, 8)}` : plain;
}
