import fs from 'node:fs/promises';
import path from 'node:path';
import { Command, Option } from 'commander';
import { addMonths, monthOf } from '#domain';
import { resolveDataDir, WorkspaceRepository, type WorkspaceEntity } from '#persistence';
import {
  IncidentAuditRequestError,
  IncidentAuditService,
  MonthlyReportService,
  ReportArchiveService,
  type IssuedFile,
  type ReportFormat,
  type ReportLocale,
} from '#reporting';
import { CliError, withApp } from '../cli-context.js';
import { formatDuration } from '../terminal.js';
import { registerReportBranding } from './report-branding.command.js';
import { registerReportDelivery } from './report-delivery.command.js';

const localeOption = () =>
  new Option('--locale <locale>', 'language of the report (default: the workspace report language)').choices([
    'en',
    'de',
  ]);

export function registerReport(program: Command): void {
  const report = program
    .command('report')
    .description('Issue, verify and mail reports; branding and recipients');
  registerMonthly(report);
  registerIncidents(report);
  registerVerify(report);
  registerReportBranding(report);
  registerReportDelivery(report);
}

function registerMonthly(report: Command): void {
  report
    .command('monthly')
    .description('The monthly comparison report (staff against agency) as HTML and/or PDF')
    .requiredOption('-w, --workspace <slug>', 'workspace')
    .option('--month <YYYY-MM>', 'calendar month in the workspace time zone (default: the previous month)')
    .option('--format <list>', 'comma-separated: html, pdf', 'html,pdf')
    .addOption(localeOption())
    .option(
      '--out <dir>',
      'folder for your copy of the files (default: <data dir>/reports/<workspace>); the archive keeps its own under <data dir>/archive',
    )
    .addHelpText(
      'after',
      '\nExample:\n  npx ledger report monthly --workspace acme --month 2017-10 --format html,pdf --out reports-out',
    )
    .action(
      async (opts: {
        workspace: string;
        month?: string;
        format: string;
        locale?: ReportLocale;
        out?: string;
      }) => {
        const formats = parseFormats(opts.format);
        await withApp(async (app) => {
          const workspace = await app.workspace(opts.workspace);
          const month = opts.month ?? addMonths(monthOf(new Date(), workspace.timeZone), -1);
          if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(month))
            throw new CliError(`--month must be YYYY-MM, got "${month}"`);
          const started = Date.now();
          console.error(`Rendering the ${month} report of "${workspace.slug}" (${formats.join(', ')})…`);
          const issued = await app.get(MonthlyReportService).issue(workspace, {
            month,
            locale: opts.locale,
            formats,
            outDir: opts.out ?? defaultOutDir(workspace),
          });
          console.log(
            `Monthly report ${issued.report.id} for ${workspace.slug}, ${month} (${issued.report.locale}), ${formatDuration(Date.now() - started)}`,
          );
          printFiles(issued.files, issued.report.dataFingerprint);
        });
      },
    );
}

function registerIncidents(report: Command): void {
  report
    .command('incidents')
    .description('The incident audit report of a period: timelines, evidence, assignments, audit log entries')
    .requiredOption('-w, --workspace <slug>', 'workspace')
    .requiredOption('--from <YYYY-MM-DD>', 'first day, in the workspace time zone')
    .requiredOption('--to <YYYY-MM-DD>', 'last day (inclusive)')
    .option('--account <handle...>', 'only these accounts (default: all, and incidents about no account)')
    .option('--format <list>', 'comma-separated: html, pdf', 'html,pdf')
    .addOption(localeOption())
    .option(
      '--out <dir>',
      'folder for your copy of the files (default: <data dir>/reports/<workspace>); the archive keeps its own under <data dir>/archive',
    )
    .addHelpText(
      'after',
      '\nExample:\n  npx ledger report incidents -w acme --from 2026-10-01 --to 2026-10-31 --account acme_help --locale de',
    )
    .action(
      async (opts: {
        workspace: string;
        from: string;
        to: string;
        account?: string[];
        format: string;
        locale?: ReportLocale;
        out?: string;
      }) => {
        const formats = parseFormats(opts.format);
        await withApp(async (app) => {
          const workspace = await app.workspace(opts.workspace);
          const started = Date.now();
          console.error(`Rendering the incident audit of "${workspace.slug}", ${opts.from} – ${opts.to}…`);
          let issued;
          try {
            issued = await app.get(IncidentAuditService).issue(workspace, {
              from: opts.from,
              to: opts.to,
              accounts: opts.account,
              locale: opts.locale,
              formats,
              outDir: opts.out ?? defaultOutDir(workspace),
            });
          } catch (error) {
            if (error instanceof IncidentAuditRequestError) throw new CliError(error.message);
            throw error;
          }
          const { summary } = issued.model;
          console.log(
            `Incident audit ${issued.report.id} for ${workspace.slug}, ${opts.from} – ${opts.to} (${issued.report.locale}): ` +
              `${summary.incidents} incidents, ${summary.auditEntries} audit log entries, audit chain ` +
              `${summary.chain.ok ? 'intact' : `BROKEN (${summary.chain.problem})`}, ${formatDuration(Date.now() - started)}`,
          );
          printFiles(issued.files, issued.report.dataFingerprint);
        });
      },
    );
}

function registerVerify(report: Command): void {
  report
    .command('verify')
    .description(
      'Whether a file is a report this system issued (byte for byte), and which one; exit code 1 if not',
    )
    .argument('<file>', 'an HTML or PDF report')
    .option('-w, --workspace <slug>', 'only compare with the reports of this workspace')
    .action(async (file: string, opts: { workspace?: string }) => {
      let content: Buffer;
      try {
        content = await fs.readFile(file);
      } catch (error) {
        throw new CliError(`Cannot read ${file}: ${(error as Error).message}`);
      }
      await withApp(async (app) => {
        const workspace = opts.workspace ? await app.workspace(opts.workspace) : null;
        const result = await app.get(ReportArchiveService).verify(content, file, workspace?.id);
        const slugs = await workspaceSlugs(app.get(WorkspaceRepository));
        if (result.status === 'issued') {
          const { report, format } = result.matches[0];
          console.log(`VERIFIED: ${file} is the ${format.toUpperCase()} of report ${report.id}, unchanged.`);
          const lines: [string, string][] = [
            ['workspace', slugs.get(report.workspaceId) ?? report.workspaceId],
            ['kind', report.kind],
            ['period', `${report.periodFrom.toISOString()} – ${report.periodTo.toISOString()}`],
            ['locale', report.locale],
            ['issued', report.createdAt.toISOString()],
            ['sha256', result.sha256],
            ['data fingerprint', report.dataFingerprint ?? '(none recorded)'],
            ['parameters', JSON.stringify(withoutSummary(report.parameters))],
          ];
          for (const [label, value] of lines) console.log(`  ${label.padEnd(17)}${value}`);
          return;
        }
        process.exitCode = 1;
        if (result.status === 'changed') {
          const { report, format } = result.sameName[0];
          const issuedHash = format === 'pdf' ? report.pdfSha256 : report.htmlSha256;
          console.log(
            `NOT VERIFIED: ${file} has the name of the ${format.toUpperCase()} of report ${report.id} ` +
              `(${slugs.get(report.workspaceId) ?? report.workspaceId}, issued ${report.createdAt.toISOString()}), but not its content:\n` +
              `  issued sha256 ${issuedHash}\n  this file     ${result.sha256}\n` +
              'The file was changed after it was issued (or is another file of the same name).',
          );
          return;
        }
        console.log(
          `NOT VERIFIED: no report issued by this system${workspace ? ` for ${workspace.slug}` : ''} has the SHA-256 of ${file} (${result.sha256}).`,
        );
      });
    });
}

/** The copy asked for first (the user's file), then the archive's own copy, the one the system vouches for. */
function printFiles(files: IssuedFile[], fingerprint: string | null): void {
  for (const file of files)
    console.log(
      `  ${file.format.padEnd(4)} ${file.copyPath ?? file.path}\n       sha256 ${file.sha256}` +
        (file.copyPath ? `\n       archived ${file.path}` : ''),
    );
  if (fingerprint) console.log(`  data fingerprint ${fingerprint}`);
}

function defaultOutDir(workspace: WorkspaceEntity): string {
  return path.join(resolveDataDir(), 'reports', workspace.slug);
}

async function workspaceSlugs(workspaces: WorkspaceRepository): Promise<Map<string, string>> {
  return new Map((await workspaces.list()).map((w) => [w.id, w.slug]));
}

function withoutSummary(parameters: Record<string, unknown>): Record<string, unknown> {
  const { summary: _summary, ...rest } = parameters;
  return rest;
}

export function parseFormats(list: string): ReportFormat[] {
  const formats = list
    .split(',')
    .map((f) => f.trim().toLowerCase())
    .filter(Boolean);
  const bad = formats.filter((f) => f !== 'html' && f !== 'pdf');
  if (bad.length > 0 || formats.length === 0)
    throw new CliError(`--format: expected html, pdf or html,pdf; got "${list}"`);
  return [...new Set(formats)] as ReportFormat[];
}
