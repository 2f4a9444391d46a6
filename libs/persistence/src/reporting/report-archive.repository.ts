import type { DataSource, EntityManager } from 'typeorm';
import { ReportEntity } from '../entities/report.entity.js';

/** An issued report as the archive stores it: the id is chosen before rendering, so the files can print it. */
export type ArchivedReportInput = Omit<ReportEntity, 'createdAt'>;

export type ReportFileFormat = 'html' | 'pdf';

/** A stored report whose file has the hash looked for, and which of its files it is. */
export interface ReportFileMatch {
  report: ReportEntity;
  format: ReportFileFormat;
  workspaceSlug: string | null;
}

/**
 * The report archive: every issued report with its period, parameters, data fingerprint and the SHA-256 of
 * each file, and the look-ups that prove (or disprove) that a file is one of them.
 */
export class ReportArchiveRepository {
  constructor(private readonly dataSource: DataSource) {}

  private get repo() {
    return this.dataSource.getRepository(ReportEntity);
  }

  /** Inserts with the given id; inside the caller's transaction when a manager is given (with its audit entry). */
  async insert(report: ArchivedReportInput, manager?: EntityManager): Promise<ReportEntity> {
    const q = manager ?? this.dataSource.manager;
    await q.query(
      `INSERT INTO report (id, workspace_id, kind, period_from, period_to, locale, html_path, pdf_path,
         html_sha256, pdf_sha256, parameters, data_fingerprint, html_copy_path, pdf_copy_path)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)`,
      [
        report.id,
        report.workspaceId,
        report.kind,
        report.periodFrom,
        report.periodTo,
        report.locale,
        report.htmlPath,
        report.pdfPath,
        report.htmlSha256,
        report.pdfSha256,
        JSON.stringify(report.parameters),
        report.dataFingerprint,
        report.htmlCopyPath,
        report.pdfCopyPath,
      ],
    );
    return q.getRepository(ReportEntity).findOneByOrFail({ id: report.id });
  }

  /** Reports (of any workspace, or of one) with a file whose SHA-256 is `sha256`, newest first. */
  async findBySha256(sha256: string, workspaceId?: string): Promise<ReportFileMatch[]> {
    const rows: Record<string, unknown>[] = await this.dataSource.query(
      `SELECT r.id, w.slug, CASE WHEN r.pdf_sha256 = $1 THEN 'pdf' ELSE 'html' END AS format
       FROM report r LEFT JOIN workspace w ON w.id = r.workspace_id
       WHERE (r.html_sha256 = $1 OR r.pdf_sha256 = $1) AND ($2::uuid IS NULL OR r.workspace_id = $2)
       ORDER BY r.created_at DESC, r.id`,
      [sha256.toLowerCase(), workspaceId ?? null],
    );
    return this.withReports(rows);
  }

  /**
   * Reports whose HTML or PDF was written under this file name (the archive's copy or the convenience copy):
   * a file with a known name and an unknown hash was changed after it was issued (or is another copy of the
   * same name).
   */
  async findByFileName(fileName: string, workspaceId?: string): Promise<ReportFileMatch[]> {
    // A path "is" the name when it equals it or ends in "/<name>".
    const named = (column: string) => `(${column} = $1 OR right(${column}, length($1) + 1) = '/' || $1)`;
    const rows: Record<string, unknown>[] = await this.dataSource.query(
      `SELECT r.id, w.slug,
              CASE WHEN ${named('r.pdf_path')} OR ${named('r.pdf_copy_path')} THEN 'pdf' ELSE 'html' END AS format
       FROM report r LEFT JOIN workspace w ON w.id = r.workspace_id
       WHERE ($2::uuid IS NULL OR r.workspace_id = $2)
         AND (${named('r.html_path')} OR ${named('r.pdf_path')}
              OR ${named('r.html_copy_path')} OR ${named('r.pdf_copy_path')})
       ORDER BY r.created_at DESC, r.id`,
      [fileName, workspaceId ?? null],
    );
    return this.withReports(rows);
  }

  /** Reports of a kind whose period starts at `periodFrom`, newest first (every language and format). */
  listForPeriod(workspaceId: string, kind: string, periodFrom: Date): Promise<ReportEntity[]> {
    return this.repo.find({
      where: { workspaceId, kind, periodFrom },
      order: { createdAt: 'DESC', id: 'ASC' },
    });
  }

  /** Reports of a workspace, newest first, optionally of one kind. */
  listByWorkspace(workspaceId: string, kind?: string): Promise<ReportEntity[]> {
    return this.repo.find({
      where: kind ? { workspaceId, kind } : { workspaceId },
      order: { createdAt: 'DESC', id: 'ASC' },
    });
  }

  findById(id: string): Promise<ReportEntity | null> {
    return this.repo.findOneBy({ id });
  }

  private async withReports(rows: Record<string, unknown>[]): Promise<ReportFileMatch[]> {
    const matches: ReportFileMatch[] = [];
    for (const row of rows) {
      const report = await this.repo.findOneBy({ id: row.id as string });
      if (report)
        matches.push({
          report,
          format: row.format as ReportFileFormat,
          workspaceSlug: (row.slug as string | null) ?? null,
        });
    }
    return matches;
  }
}
