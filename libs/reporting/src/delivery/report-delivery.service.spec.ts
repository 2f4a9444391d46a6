// The monthly report mailed through a real SMTP conversation: nodemailer against smtp-server on loopback,
// and what arrived parsed with mailparser. The attachment must be the archived PDF, byte for byte.
import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { INestApplicationContext } from '@nestjs/common';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { DemoWorkspaceService } from '#collectors';
import {
  AuditLogRepository,
  ReportDeliveryRepository,
  ReportDeliverySettingsRepository,
  WorkspaceRepository,
  type WorkspaceEntity,
} from '#persistence';
import { useTestDatabase } from '../../../../test/support/test-database.js';
import { ReportBrandingService } from '../branding/report-branding.service.js';
import { MonthlyReportService } from '../monthly/monthly-report.service.js';
import { PdfRenderer } from '../pdf/pdf-renderer.js';
import { reportingContext } from '../reporting.test-helper.js';
import { ReportDeliveryService } from './report-delivery.service.js';
import { SmtpPasswordMissingError } from './smtp-transport.js';

const PASSWORD_ENV = 'LEDGER_SPEC_SMTP_PASSWORD';

interface Received {
  to: string[];
  mail: ParsedMail;
}

describe('mailing the monthly report', () => {
  const t = useTestDatabase();
  const dataDir = path.join(os.tmpdir(), `ledger-delivery-${process.pid}`);
  const previousDataDir = process.env.LEDGER_DATA_DIR;
  const received: Received[] = [];
  const logins: string[] = [];
  let busyAnswers = 2;
  let smtp: SMTPServer;
  let port: number;
  let app: INestApplicationContext;
  let delivery: ReportDeliveryService;
  let workspace: WorkspaceEntity;
  let month: string;
  const sleeps: number[] = [];
  const options = () => ({
    env: { [PASSWORD_ENV]: 's3cret' },
    backoffMs: 10,
    sleep: async (ms: number) => void sleeps.push(ms),
  });

  beforeAll(async () => {
    process.env.LEDGER_DATA_DIR = dataDir;
    smtp = new SMTPServer({
      hideSTARTTLS: true,
      allowInsecureAuth: true,
      onAuth(auth, _session, callback) {
        logins.push(`${auth.username}:${auth.password}`);
        if (auth.username === 'mailer' && auth.password === 's3cret') callback(null, { user: 'mailer' });
        else callback(new Error('Invalid username or password'));
      },
      onRcptTo(address, _session, callback) {
        if (address.address === 'busy@client.test' && busyAnswers-- > 0)
          return callback(Object.assign(new Error('Mailbox busy, try again later'), { responseCode: 451 }));
        if (address.address === 'gone@client.test')
          return callback(Object.assign(new Error('No such user'), { responseCode: 550 }));
        callback();
      },
      onData(stream, session, callback) {
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('end', () => {
          simpleParser(Buffer.concat(chunks)).then(
            (mail) => {
              received.push({ to: session.envelope.rcptTo.map((r) => r.address), mail });
              callback();
            },
            (error: Error) => callback(error),
          );
        });
      },
    });
    await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
    port = (smtp.server.address() as AddressInfo).port;

    app = await reportingContext(t.db);
    delivery = app.get(ReportDeliveryService);
    const seeded = await app.get(DemoWorkspaceService).ensure(new Date('2026-11-15T12:00:00Z'));
    workspace = seeded.workspace;
    month = seeded.month;
    const settings = app.get(ReportDeliverySettingsRepository);
    await settings.set(
      {
        workspaceId: workspace.id,
        enabled: true,
        smtpHost: '127.0.0.1',
        smtpPort: port,
        smtpSecure: false,
        smtpUser: 'mailer',
        passwordEnv: PASSWORD_ENV,
        fromAddress: 'Channel Ledger <reports@ledger.test>',
        sendHour: 8,
        holidayCalendar: 'AT',
      },
      new Date(),
    );
    await settings.addRecipient(workspace.id, 'CEO@Client.test', 'The CEO');
    await settings.addRecipient(workspace.id, 'busy@client.test', null);
  }, 60_000);

  afterAll(async () => {
    await app?.get(PdfRenderer).close();
    await app?.close();
    await new Promise<void>((resolve) => smtp?.close(() => resolve()));
    if (previousDataDir === undefined) delete process.env.LEDGER_DATA_DIR;
    else process.env.LEDGER_DATA_DIR = previousDataDir;
    await fs.rm(dataDir, { recursive: true, force: true });
  });

  test('each recipient gets one mail: the archived PDF attached and the summary in the body', async () => {
    const result = await delivery.deliverMonth(workspace, month, options());
    expect(result.status).toBe('done');
    expect(result.issued).toBe(true); // the month had no report yet: it was issued with its PDF first
    expect(result.sent.sort()).toEqual(['busy@client.test', 'ceo@client.test']);
    expect(logins.every((login) => login === 'mailer:s3cret')).toBe(true);
    // The busy mailbox refused twice: two waits, doubling, then the third attempt went through.
    expect(sleeps).toEqual([10, 20]);

    const report = (await app.get(ReportDeliveryRepository).listForReport(result.reportId!))[0];
    const archived = await t.db.dataSource.query(
      `SELECT pdf_sha256, pdf_path, parameters FROM report WHERE id = $1`,
      [result.reportId],
    );
    const { pdf_sha256: pdfSha256, parameters } = archived[0];
    expect(report.pdfSha256).toBe(pdfSha256);
    expect(received.map((r) => r.to[0]).sort()).toEqual(['busy@client.test', 'ceo@client.test']);
    for (const { mail } of received) {
      expect(mail.subject).toBe(
        'DEMO DATA – Demo workspace (generated data): monthly comparison October 2026',
      );
      expect(mail.from?.text).toBe('"Channel Ledger" <reports@ledger.test>');
      expect(mail.attachments).toHaveLength(1);
      const [attachment] = mail.attachments;
      expect(attachment.contentType).toBe('application/pdf');
      // The archive's own copy is named by id; the mail carries a name a reader recognises.
      expect(archived[0].pdf_path).toBe(
        path.join(dataDir, 'archive', workspace.id, `${result.reportId}.pdf`),
      );
      expect(attachment.filename).toBe('monthly-comparison-2026-10.en.pdf');
      expect(createHash('sha256').update(attachment.content).digest('hex')).toBe(pdfSha256);
      const html = String(mail.html);
      const inbound = new Intl.NumberFormat('en-GB').format(parameters.summary.inbound);
      expect(html).toMatch(new RegExp(`Actionable inbound</th><td[^>]*>${inbound}</td>`));
      expect(html).toMatch(
        /<strong>Recommendation \(Agency: BrightReply\): (Keep in-house|Outsource|Inconclusive)<\/strong>/,
      );
      expect(html).toContain(pdfSha256);
      expect(html).toContain('DEMO DATA');
      expect(mail.text).toContain(`SHA-256 of the PDF: ${pdfSha256}`);
    }
  }, 60_000);

  test('delivery is recorded, audited, and never repeated to someone already reached', async () => {
    const rows = await app.get(ReportDeliveryRepository).listForWorkspace(workspace.id);
    expect(rows.map((r) => [r.recipientEmail, r.status, r.attempts])).toEqual(
      expect.arrayContaining([
        ['busy@client.test', 'sent', 3],
        ['ceo@client.test', 'sent', 1],
      ]),
    );
    expect(rows.every((r) => r.messageId && r.sentAt)).toBe(true);
    const audit = await app
      .get(AuditLogRepository)
      .listForEntities(workspace.id, 'report', [rows[0].reportId]);
    expect(audit.filter((e) => e.action === 'report.delivered').map((e) => e.payload.recipient)).toHaveLength(
      2,
    );

    const before = received.length;
    const again = await delivery.deliverMonth(workspace, month, options());
    expect(again.issued).toBe(false);
    expect(again.sent).toEqual([]);
    expect(again.alreadySent.sort()).toEqual(['busy@client.test', 'ceo@client.test']);
    expect(received).toHaveLength(before);
  });

  test('a recipient the server refuses is retried, then recorded as failed with the reason', async () => {
    await app.get(ReportDeliverySettingsRepository).addRecipient(workspace.id, 'gone@client.test', null);
    const result = await delivery.deliverMonth(workspace, month, { ...options(), attempts: 2 });
    expect(result.status).toBe('incomplete');
    expect(result.failed).toEqual([{ email: 'gone@client.test', error: expect.stringMatching(/550/) }]);
    const row = (await app.get(ReportDeliveryRepository).listForReport(result.reportId!)).find(
      (r) => r.recipientEmail === 'gone@client.test',
    )!;
    expect(row).toMatchObject({ status: 'failed', attempts: 2 });
    // The queue's way: not given up yet, so the recipient stays pending for the next attempt of the job.
    const pending = await delivery.deliverMonth(workspace, month, {
      ...options(),
      attempts: 1,
      retryFailed: true,
      giveUp: false,
    });
    expect(pending.pending).toEqual([{ email: 'gone@client.test', error: expect.stringMatching(/550/) }]);
    await app.get(ReportDeliverySettingsRepository).removeRecipient(workspace.id, 'gone@client.test');
  });

  test('the delivery language decides: an English one-off does not go to a German workspace', async () => {
    await app.get(ReportBrandingService).update(workspace, { locale: 'de' }, new Date());
    const outDir = path.join(dataDir, 'one-off');
    const english = await app
      .get(MonthlyReportService)
      .issue(workspace, { month, locale: 'en', formats: ['html', 'pdf'], outDir });
    const before = received.length;
    const result = await delivery.deliverMonth(workspace, month, options());
    expect(result.status).toBe('done');
    expect(result.issued).toBe(true); // the month had no German report: one was issued for the mail
    expect(result.reportId).not.toBe(english.report.id);
    const mails = received.slice(before);
    expect(mails.map((r) => r.to[0]).sort()).toEqual(['busy@client.test', 'ceo@client.test']);
    const [german] = await t.db.dataSource.query(`SELECT locale, pdf_sha256 FROM report WHERE id = $1`, [
      result.reportId,
    ]);
    expect(german.locale).toBe('de');
    for (const { mail } of mails) {
      expect(mail.subject).toBe('DEMO-DATEN – Demo workspace (generated data): Monatsvergleich Oktober 2026');
      expect(mail.attachments[0].filename).toBe('monthly-comparison-2026-10.de.pdf');
      expect(createHash('sha256').update(mail.attachments[0].content).digest('hex')).toBe(german.pdf_sha256);
    }
    // Asked again, the German report issued for the mail is the one: nobody is mailed twice.
    const again = await delivery.deliverMonth(workspace, month, options());
    expect(again).toMatchObject({ reportId: result.reportId, issued: false, sent: [] });
  }, 60_000);

  test('a German report whose archived PDF was altered or deleted is not mailed: a fresh one is', async () => {
    const [latest] = await t.db.dataSource.query(
      `SELECT id, pdf_path FROM report WHERE workspace_id = $1 AND locale = 'de' ORDER BY created_at DESC`,
      [workspace.id],
    );
    // The archive writes its copies read-only; someone with the rights changes one byte anyway.
    await fs.chmod(latest.pdf_path, 0o644);
    const bytes = await fs.readFile(latest.pdf_path);
    bytes[bytes.length >> 1] ^= 0x01;
    await fs.writeFile(latest.pdf_path, bytes);
    const before = received.length;
    const replaced = await delivery.deliverMonth(workspace, month, options());
    expect(replaced.unusable).toEqual({ reportId: latest.id, problem: 'altered', path: latest.pdf_path });
    expect(replaced.issued).toBe(true);
    expect(replaced.reportId).not.toBe(latest.id);
    expect(replaced.sent.sort()).toEqual(['busy@client.test', 'ceo@client.test']);
    const [fresh] = await t.db.dataSource.query(
      `SELECT locale, pdf_sha256, pdf_path FROM report WHERE id = $1`,
      [replaced.reportId],
    );
    expect(fresh.locale).toBe('de');
    for (const { mail } of received.slice(before)) {
      const sha256 = createHash('sha256').update(mail.attachments[0].content).digest('hex');
      expect(sha256).toBe(fresh.pdf_sha256);
      expect(sha256).not.toBe(createHash('sha256').update(bytes).digest('hex'));
    }

    await fs.rm(fresh.pdf_path);
    const afterDelete = await delivery.deliverMonth(workspace, month, options());
    expect(afterDelete.unusable).toEqual({
      reportId: replaced.reportId,
      problem: 'missing',
      path: fresh.pdf_path,
    });
    expect(afterDelete.issued).toBe(true);
    expect(afterDelete.status).toBe('done');
    await app.get(ReportBrandingService).update(workspace, { locale: null }, new Date());
  }, 90_000);

  test('the password comes from the environment only: without it nothing is sent', async () => {
    await expect(
      delivery.deliverMonth(workspace, month, { ...options(), env: {}, retryFailed: true }),
    ).rejects.toThrow(SmtpPasswordMissingError);
    const stored = JSON.stringify(await t.db.dataSource.query(`SELECT * FROM report_delivery_settings`));
    expect(stored).not.toContain('s3cret');
    const other = await app.get(WorkspaceRepository).ensure('no-mail');
    expect((await delivery.deliverMonth(other, month, options())).status).toBe('not_configured');
  });
});
