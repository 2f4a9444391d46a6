import type { DataSource } from 'typeorm';
import { ReportDeliveryEntity } from './report-delivery.entity.js';

export type DeliveryOutcome =
  | { ok: true; messageId: string | null; smtpResponse: string | null }
  | { ok: false; error: string; final: boolean };

/** The record of each report mailed to each recipient: attempts, errors, when it went out. */
export class ReportDeliveryRepository {
  constructor(private readonly dataSource: DataSource) {}

  private get repo() {
    return this.dataSource.getRepository(ReportDeliveryEntity);
  }

  /**
   * The delivery rows of a report for these recipients, created (pending) where missing. Rows of a report
   * already sent stay as they are: a retry never mails anyone twice.
   */
  async ensure(
    workspaceId: string,
    reportId: string,
    pdfSha256: string,
    recipients: readonly string[],
  ): Promise<ReportDeliveryEntity[]> {
    if (recipients.length > 0) {
      await this.dataSource.query(
        `INSERT INTO report_delivery (workspace_id, report_id, recipient_email, pdf_sha256)
         SELECT $1, $2, unnest($3::text[]), $4
         ON CONFLICT (report_id, recipient_email) DO NOTHING`,
        [workspaceId, reportId, [...recipients], pdfSha256],
      );
    }
    return this.listForReport(reportId);
  }

  listForReport(reportId: string): Promise<ReportDeliveryEntity[]> {
    return this.repo.find({ where: { reportId }, order: { recipientEmail: 'ASC' } });
  }

  /** A workspace's deliveries, newest first. */
  listForWorkspace(workspaceId: string, limit = 200): Promise<ReportDeliveryEntity[]> {
    return this.repo.find({
      where: { workspaceId },
      order: { createdAt: 'DESC', recipientEmail: 'ASC' },
      take: limit,
    });
  }

  /** Records one attempt: sent, or failed (pending while another attempt will follow, failed when not). */
  async recordAttempt(id: string, at: Date, outcome: DeliveryOutcome): Promise<void> {
    if (outcome.ok) {
      await this.dataSource.query(
        `UPDATE report_delivery SET status = 'sent', attempts = attempts + 1, last_attempt_at = $2, sent_at = $2,
           message_id = $3, smtp_response = $4, last_error = NULL
         WHERE id = $1`,
        [id, at, outcome.messageId, outcome.smtpResponse],
      );
    } else {
      await this.dataSource.query(
        `UPDATE report_delivery SET status = $3, attempts = attempts + 1, last_attempt_at = $2, last_error = $4
         WHERE id = $1 AND status <> 'sent'`,
        [id, at, outcome.final ? 'failed' : 'pending', outcome.error],
      );
    }
  }

  /** Puts failed deliveries of a report back to pending (a person asked to try again). */
  async reopenFailed(reportId: string): Promise<number> {
    const [, affected]: [unknown, number] = await this.dataSource.query(
      `UPDATE report_delivery SET status = 'pending' WHERE report_id = $1 AND status = 'failed'`,
      [reportId],
    );
    return affected;
  }
}
