import { Command, Option } from 'commander';
import { addMonths, monthOf } from '#domain';
import { ReportDeliveryRepository, ReportDeliverySettingsRepository, ReportRepository } from '#persistence';
import {
  checkDeliverySettings,
  currentReportDelivery,
  isMailAddress,
  ReportDeliveryService,
  SmtpPasswordMissingError,
} from '#reporting';
import { CliError, withApp } from '../cli-context.js';

/** Delivery settings, recipients, `report deliver` and the record of what was sent. */
export function registerReportDelivery(report: Command): void {
  const delivery = report.command('delivery').description("SMTP settings of a workspace's report mail");
  delivery
    .command('show')
    .description('The settings, the recipients and when the next mail is due')
    .requiredOption('-w, --workspace <slug>', 'workspace')
    .action(async (opts: { workspace: string }) => {
      await withApp(async (app) => {
        const workspace = await app.workspace(opts.workspace);
        const repo = app.get(ReportDeliverySettingsRepository);
        const settings = await repo.get(workspace.id);
        const recipients = await repo.listRecipients(workspace.id);
        if (!settings) {
          console.log(`${workspace.slug} has no delivery settings: npx ledger report delivery set --help`);
        } else {
          const next = currentReportDelivery(new Date(), workspace.timeZone, settings);
          console.log(`Report mail of ${workspace.slug}${settings.enabled ? '' : ' (DISABLED)'}:`);
          console.log(
            `  server    ${settings.smtpHost}:${settings.smtpPort} ${settings.smtpSecure ? 'TLS' : 'STARTTLS if offered'}`,
          );
          console.log(
            `  login     ${settings.smtpUser ? `${settings.smtpUser}, password from $${settings.passwordEnv}` : 'none'}`,
          );
          console.log(`  from      ${settings.fromAddress}`);
          console.log(
            `  when      first working day, ${String(settings.sendHour).padStart(2, '0')}:00 ${workspace.timeZone}` +
              `${settings.holidayCalendar ? `, holidays ${settings.holidayCalendar}` : ''}`,
          );
          console.log(`  this month ${next.month} report, due ${next.dueAt.toISOString()}`);
        }
        console.log(`Recipients (${recipients.length}):`);
        for (const r of recipients) console.log(`  ${r.email}${r.name ? `  ${r.name}` : ''}`);
      });
    });
  delivery
    .command('set')
    .description('Where the report mail is sent from; the password stays in an environment variable')
    .requiredOption('-w, --workspace <slug>', 'workspace')
    .requiredOption('--smtp-host <host>', 'SMTP server')
    .option('--smtp-port <port>', 'SMTP port', (v) => Number(v), 587)
    .option('--secure', 'TLS from the first byte (port 465); default: STARTTLS when offered', false)
    .option('--user <name>', 'SMTP user name (none: no login)')
    .option(
      '--password-env <VAR>',
      'the environment variable holding the SMTP password',
      'LEDGER_SMTP_PASSWORD',
    )
    .requiredOption('--from <address>', 'sender, "Name <address>" or address')
    .option('--send-hour <hour>', 'local hour on the first working day', (v) => Number(v), 8)
    .option('--holidays <code>', 'holidays that are no working day: AT, DE-BY …')
    .addOption(new Option('--disabled', 'keep the settings, send nothing').default(false))
    .action(
      async (opts: {
        workspace: string;
        smtpHost: string;
        smtpPort: number;
        secure: boolean;
        user?: string;
        passwordEnv: string;
        from: string;
        sendHour: number;
        holidays?: string;
        disabled: boolean;
      }) => {
        await withApp(async (app) => {
          const workspace = await app.workspace(opts.workspace);
          let settings;
          try {
            settings = checkDeliverySettings({
              workspaceId: workspace.id,
              enabled: !opts.disabled,
              smtpHost: opts.smtpHost,
              smtpPort: opts.smtpPort,
              smtpSecure: opts.secure,
              smtpUser: opts.user ?? null,
              passwordEnv: opts.user ? opts.passwordEnv : null,
              fromAddress: opts.from,
              sendHour: opts.sendHour,
              holidayCalendar: opts.holidays ?? null,
            });
          } catch (error) {
            throw new CliError((error as Error).message);
          }
          await app.get(ReportDeliverySettingsRepository).set(settings, new Date());
          console.log(`Delivery settings of ${workspace.slug} stored.`);
        });
      },
    );

  const recipients = report.command('recipients').description("Who receives a workspace's monthly report");
  recipients
    .command('add')
    .argument('<email>')
    .requiredOption('-w, --workspace <slug>', 'workspace')
    .option('--name <name>', 'name shown in the list')
    .action(async (email: string, opts: { workspace: string; name?: string }) => {
      if (!isMailAddress(email)) throw new CliError(`"${email}" is not a mail address`);
      await withApp(async (app) => {
        const workspace = await app.workspace(opts.workspace);
        const added = await app
          .get(ReportDeliverySettingsRepository)
          .addRecipient(workspace.id, email, opts.name ?? null);
        console.log(`${added.email} receives the reports of ${workspace.slug}.`);
      });
    });
  recipients
    .command('remove')
    .argument('<email>')
    .requiredOption('-w, --workspace <slug>', 'workspace')
    .action(async (email: string, opts: { workspace: string }) => {
      await withApp(async (app) => {
        const workspace = await app.workspace(opts.workspace);
        if (!(await app.get(ReportDeliverySettingsRepository).removeRecipient(workspace.id, email)))
          throw new CliError(`${email} is not a recipient of ${workspace.slug}`);
        console.log(`${email} removed.`);
      });
    });

  report
    .command('deliver')
    .description('Mail the monthly report (PDF attached, summary in the body) to the recipients now')
    .requiredOption('-w, --workspace <slug>', 'workspace')
    .option('--month <YYYY-MM>', 'default: the previous month')
    .option('--attempts <n>', 'attempts per recipient', (v) => Number(v), 3)
    .option('--backoff-ms <ms>', 'first wait between attempts; doubles after each', (v) => Number(v), 2000)
    .option('--retry-failed', 'try again the recipients that failed before', false)
    .action(
      async (opts: {
        workspace: string;
        month?: string;
        attempts: number;
        backoffMs: number;
        retryFailed: boolean;
      }) => {
        await withApp(async (app) => {
          const workspace = await app.workspace(opts.workspace);
          const month = opts.month ?? addMonths(monthOf(new Date(), workspace.timeZone), -1);
          let result;
          try {
            result = await app.get(ReportDeliveryService).deliverMonth(workspace, month, {
              attempts: opts.attempts,
              backoffMs: opts.backoffMs,
              retryFailed: opts.retryFailed,
              giveUp: true,
            });
          } catch (error) {
            if (error instanceof SmtpPasswordMissingError) throw new CliError(error.message);
            throw error;
          }
          const messages: Record<string, string> = {
            not_configured: `${workspace.slug} has no delivery settings: npx ledger report delivery set --help`,
            disabled: `The report mail of ${workspace.slug} is disabled.`,
            no_recipients: `${workspace.slug} has no recipients: npx ledger report recipients add EMAIL -w ${workspace.slug}`,
          };
          if (messages[result.status]) throw new CliError(messages[result.status]);
          console.log(`Report ${result.reportId} (${month})${result.issued ? ', issued now' : ''}:`);
          if (result.unusable)
            console.log(
              `  not mailed    report ${result.unusable.reportId}: its archived PDF is ${result.unusable.problem} (${result.unusable.path})`,
            );
          for (const email of result.sent) console.log(`  sent          ${email}`);
          for (const email of result.alreadySent) console.log(`  sent before   ${email}`);
          for (const f of result.failed) console.log(`  FAILED        ${f.email}: ${f.error}`);
          if (result.failed.length > 0) process.exitCode = 1;
        });
      },
    );

  report
    .command('deliveries')
    .description('What was mailed to whom, with attempts and errors')
    .requiredOption('-w, --workspace <slug>', 'workspace')
    .option('--format <format>', 'table or json', 'table')
    .action(async (opts: { workspace: string; format: string }) => {
      await withApp(async (app) => {
        const workspace = await app.workspace(opts.workspace);
        const rows = await app.get(ReportDeliveryRepository).listForWorkspace(workspace.id);
        if (opts.format === 'json') {
          console.log(
            JSON.stringify(
              rows.map(({ report: _r, ...row }) => row),
              null,
              2,
            ),
          );
          return;
        }
        const reports = new Map(
          (await app.get(ReportRepository).listByWorkspace(workspace.id)).map((r) => [r.id, r]),
        );
        for (const row of rows) {
          const month = reports.get(row.reportId)?.parameters.month ?? '';
          console.log(
            `${String(month).padEnd(8)} ${row.status.padEnd(8)} ${row.recipientEmail.padEnd(32)} attempts ${row.attempts}` +
              `${row.sentAt ? `  sent ${row.sentAt.toISOString()}` : ''}${row.lastError ? `  last error: ${row.lastError}` : ''}`,
          );
        }
        if (rows.length === 0) console.log(`Nothing mailed for ${workspace.slug} yet.`);
      });
    });
}
