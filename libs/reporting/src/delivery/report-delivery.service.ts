import { Injectable, Logger } from '@nestjs/common';
import { monthPeriod } from '#domain';
import {
  AuditLogService,
  ReportDeliveryRepository,
  ReportDeliverySettingsRepository,
  ReportArchiveRepository,
  type ReportDeliveryEntity,
  type ReportEntity,
  type WorkspaceEntity,
} from '#persistence';
import { readArchivedFile, reportFileName } from '../archive/archived-file.js';
import { sha256Hex } from '../archive/data-fingerprint.util.js';
import { resolveBranding } from '../branding/report-branding.model.js';
import { ReportBrandingService } from '../branding/report-branding.service.js';
import { formatMonth } from '../format/date.formatter.js';
import { sourcingGroupName } from '../locale/sourcing-group-name.js';
import { MONTHLY_REPORT_KIND, MonthlyReportService } from '../monthly/monthly-report.service.js';
import { ReportRendererProvider } from '../report-renderer.provider.js';
import type { DeliveryMail, DeliveryMailContext, MonthlyMailSummary } from './delivery-mail.model.js';
import { createSmtpTransport, SmtpPasswordMissingError } from './smtp-transport.js';

export interface DeliverOptions {
  /** Attempts per recipient in this call; default 3. */
  attempts?: number;
  /** The first wait between attempts; it doubles after each. Default 2 s. */
  backoffMs?: number;
  /**
   * Whether recipients still not reached after this call's attempts are given up (`failed`). The job leaves
   * them pending while the queue will try again; the command line gives up.
   */
  giveUp?: boolean;
  /** Put recipients that failed before back in line. */
  retryFailed?: boolean;
  /** Replaceable for tests; default setTimeout. */
  sleep?: (ms: number) => Promise<void>;
  /** Environment with the SMTP password; default process.env. */
  env?: Record<string, string | undefined>;
  now?: () => Date;
}

export type DeliveryStatus = 'not_configured' | 'disabled' | 'no_recipients' | 'done' | 'incomplete';

export interface DeliveryResult {
  status: DeliveryStatus;
  reportId: string | null;
  /**
   * Report issued by this call because the month had none with a PDF in the delivery language, or that
   * report's archived PDF was missing or altered (then named in `unusable`).
   */
  issued: boolean;
  unusable?: UnusableReport | null;
  sent: string[];
  alreadySent: string[];
  failed: { email: string; error: string }[];
  /** Not reached yet, another attempt will follow (job). */
  pending: { email: string; error: string | null }[];
}

/** A report that would have been mailed but whose archived PDF is not the one issued. */
export interface UnusableReport {
  reportId: string;
  problem: 'missing' | 'altered';
  path: string;
}

type DeliveryWorkspace = Pick<WorkspaceEntity, 'id' | 'name' | 'slug' | 'timeZone' | 'locale' | 'isDemo'>;

/**
 * Mails a workspace's monthly report as its PDF, with a short HTML summary in the body, to each recipient
 * through the workspace's SMTP server. Every attempt is recorded; a recipient once reached is never mailed
 * the same report again, so the job and the command may be run again safely.
 */
@Injectable()
export class ReportDeliveryService {
  private readonly logger = new Logger('report-delivery');

  constructor(
    private readonly settings: ReportDeliverySettingsRepository,
    private readonly deliveries: ReportDeliveryRepository,
    private readonly archive: ReportArchiveRepository,
    private readonly monthly: MonthlyReportService,
    private readonly branding: ReportBrandingService,
    private readonly renderers: ReportRendererProvider,
    private readonly audit: AuditLogService,
  ) {}

  async deliverMonth(
    workspace: DeliveryWorkspace,
    month: string,
    options: DeliverOptions = {},
  ): Promise<DeliveryResult> {
    const none = (status: DeliveryStatus): DeliveryResult => ({
      status,
      reportId: null,
      issued: false,
      unusable: null,
      sent: [],
      alreadySent: [],
      failed: [],
      pending: [],
    });
    const settings = await this.settings.get(workspace.id);
    if (!settings) return none('not_configured');
    if (!settings.enabled) return none('disabled');
    const recipients = await this.settings.listRecipients(workspace.id);
    if (recipients.length === 0) return none('no_recipients');

    const { report, pdf, issued, unusable } = await this.reportWithPdf(workspace, month);
    const sha256 = sha256Hex(pdf);
    if (sha256 !== report.pdfSha256) {
      // Never mail a file that is not the one archived: the recipient could not verify it.
      throw new Error(
        `The PDF of report ${report.id} (${report.pdfPath}) no longer has its archived SHA-256; it was changed after issuing`,
      );
    }
    if (options.retryFailed) await this.deliveries.reopenFailed(report.id);
    const rows = await this.deliveries.ensure(
      workspace.id,
      report.id,
      sha256,
      recipients.map((r) => r.email),
    );
    const fileName = reportFileName(report, 'pdf');
    const mail = await this.mail(workspace, report, fileName, sha256);
    const transport = createSmtpTransport(settings, options.env);
    const result: DeliveryResult = { ...none('done'), reportId: report.id, issued, unusable };
    try {
      for (const row of rows) {
        if (row.status === 'sent') result.alreadySent.push(row.recipientEmail);
        else if (row.status === 'failed')
          result.failed.push({ email: row.recipientEmail, error: row.lastError ?? '' });
        else
          await this.deliverOne(
            row,
            report,
            { fileName, pdf },
            mail,
            settings.fromAddress,
            transport,
            options,
            result,
          );
      }
    } finally {
      transport.close();
    }
    result.status = result.pending.length > 0 || result.failed.length > 0 ? 'incomplete' : 'done';
    return result;
  }

  private async deliverOne(
    row: ReportDeliveryEntity,
    report: ReportEntity,
    { fileName, pdf }: { fileName: string; pdf: Buffer },
    mail: DeliveryMail,
    from: string,
    transport: ReturnType<typeof createSmtpTransport>,
    options: DeliverOptions,
    result: DeliveryResult,
  ): Promise<void> {
    const attempts = options.attempts ?? 3;
    const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
    const now = options.now ?? (() => new Date());
    let error = '';
    for (let attempt = 1; attempt <= attempts; attempt += 1) {
      if (attempt > 1) await sleep((options.backoffMs ?? 2000) * 2 ** (attempt - 2));
      try {
        const info = await transport.sendMail({
          from,
          to: row.recipientEmail,
          subject: mail.subject,
          html: mail.html,
          text: mail.text,
          attachments: [{ filename: fileName, content: pdf, contentType: 'application/pdf' }],
        });
        const messageId = typeof info.messageId === 'string' ? info.messageId : null;
        const response = typeof info.response === 'string' ? info.response : null;
        await this.deliveries.recordAttempt(row.id, now(), { ok: true, messageId, smtpResponse: response });
        await this.audit.record({
          workspaceId: report.workspaceId,
          action: 'report.delivered',
          entityType: 'report',
          entityId: report.id,
          payload: {
            recipient: row.recipientEmail,
            messageId,
            pdfSha256: row.pdfSha256,
            attempts: row.attempts + attempt,
          },
        });
        result.sent.push(row.recipientEmail);
        return;
      } catch (caught) {
        error = caught instanceof Error ? caught.message : String(caught);
        const final = options.giveUp !== false && attempt === attempts;
        await this.deliveries.recordAttempt(row.id, now(), { ok: false, error, final });
      }
    }
    if (options.giveUp !== false) {
      await this.audit.record({
        workspaceId: report.workspaceId,
        action: 'report.delivery_failed',
        entityType: 'report',
        entityId: report.id,
        payload: { recipient: row.recipientEmail, error },
      });
      result.failed.push({ email: row.recipientEmail, error });
    } else {
      result.pending.push({ email: row.recipientEmail, error });
    }
  }

  /**
   * The month's latest monthly report with a PDF in the workspace's report language (branding, else the
   * workspace's), its archived PDF read and checked; issued now (HTML and PDF, archive copy only) when there is
   * none, or when that report's archived PDF is missing or no longer has its archived SHA-256. A one-off
   * report in another language is never what the recipients get.
   */
  private async reportWithPdf(
    workspace: DeliveryWorkspace,
    month: string,
  ): Promise<{ report: ReportEntity; pdf: Buffer; issued: boolean; unusable: UnusableReport | null }> {
    const { locale } = await this.branding.resolve(workspace);
    const { from } = monthPeriod(month, workspace.timeZone);
    const issuedBefore = await this.archive.listForPeriod(workspace.id, MONTHLY_REPORT_KIND, from);
    const latest = issuedBefore.find((r) => r.locale === locale && r.pdfPath && r.pdfSha256);
    let unusable: UnusableReport | null = null;
    if (latest) {
      const archived = await readArchivedFile(latest, 'pdf');
      if (archived.status === 'ok')
        return { report: latest, pdf: archived.content, issued: false, unusable: null };
      if (archived.status === 'missing' || archived.status === 'altered') {
        unusable = { reportId: latest.id, problem: archived.status, path: archived.path };
        this.logger.warn(
          `The archived PDF of report ${latest.id} (${archived.path}) is ${archived.status === 'missing' ? 'missing' : 'altered: its SHA-256 is not the archived one'}; issuing the ${month} report of "${workspace.slug}" (${locale}) again to mail it`,
        );
      }
    }
    const fresh = await this.monthly.issue(workspace, { month, locale, formats: ['html', 'pdf'] });
    const archived = await readArchivedFile(fresh.report, 'pdf');
    if (archived.status !== 'ok')
      throw new Error(
        `The PDF of report ${fresh.report.id}, just issued, cannot be read back (${archived.status})`,
      );
    return { report: fresh.report, pdf: archived.content, issued: true, unusable };
  }

  private async mail(
    workspace: DeliveryWorkspace,
    report: ReportEntity,
    fileName: string,
    pdfSha256: string,
  ): Promise<DeliveryMail> {
    const renderer = await this.renderers.renderer();
    const catalog = renderer.catalog(report.locale);
    const month = String(report.parameters.month ?? '');
    const stored = report.parameters.branding as Record<string, unknown> | undefined;
    // The branding the report was issued under; the logo is not mailed (clients block images anyway).
    const { branding: current } = await this.branding.resolve(workspace);
    const branding = stored
      ? resolveBranding(workspace.name, {
          displayName: String(stored.name ?? current.name),
          logoDataUri: null,
          primaryColour: (stored.primaryColour as string | undefined) ?? current.primaryColour,
          accentColour: (stored.accentColour as string | undefined) ?? current.accentColour,
          footerText: (stored.footerText as string | null | undefined) ?? null,
        })
      : current;
    const summary = (report.parameters.summary as MonthlyMailSummary | undefined) ?? emptySummary();
    const monthTitle = formatMonth(month, catalog.intlLocale);
    const subject = catalog.t(workspace.isDemo ? 'mail.demoSubject' : 'mail.subject', {
      workspace: branding.name,
      month: monthTitle,
    });
    const context: DeliveryMailContext = {
      lang: report.locale,
      subject,
      month,
      isDemo: workspace.isDemo,
      branding,
      summary,
      fileName,
      pdfSha256,
    };
    const html = renderer.renderDeliveryMail(context, workspace.timeZone);
    const text = [
      branding.name,
      subject,
      '',
      catalog.t('mail.intro', { month: monthTitle }),
      ...summary.comparisons.map((c) =>
        catalog.t('mail.recommendation', {
          challenger: sourcingGroupName(c.challenger, catalog),
          decision: catalog.t(`decisions.${c.decision}`),
        }),
      ),
      '',
      catalog.t('mail.attachment', { file: fileName }),
      catalog.t('mail.fingerprint', { sha256: pdfSha256 }),
      catalog.t('mail.verify'),
    ].join('\n');
    return { subject, html, text };
  }
}

function emptySummary(): MonthlyMailSummary {
  return {
    inbound: 0,
    answered: 0,
    outbound: 0,
    medianFrtSeconds: null,
    responseRate: null,
    comparisons: [],
  };
}

export { SmtpPasswordMissingError };
