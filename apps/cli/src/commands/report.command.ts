import path from 'node:path';
import { Command, Option } from 'commander';
import { addMonths, monthOf } from '#domain';
import { resolveDataDir } from '#persistence';
import { MonthlyReportService, type ReportFormat, type ReportLocale } from '#reporting';
import { CliError, withApp } from '../cli-context.js';
import { formatDuration } from '../terminal.js';

export function registerReport(program: Command): void {
  const report = program.command('report').description('Issue reports');
  report
    .command('monthly')
    .description('The monthly comparison report (staff against agency) as HTML and/or PDF')
    .requiredOption('-w, --workspace <slug>', 'workspace')
    .option('--month <YYYY-MM>', 'calendar month in the workspace time zone (default: the previous month)')
    .option('--format <list>', 'comma-separated: html, pdf', 'html,pdf')
    .addOption(
      new Option('--locale <locale>', 'language of the report (default: the workspace locale)').choices([
        'en',
        'de',
      ]),
    )
    .option('--out <dir>', 'output folder (default: <data dir>/reports/<workspace>)')
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
          const started = Date.now();
          console.error(`Rendering the ${month} report of "${workspace.slug}" (${formats.join(', ')})…`);
          const issued = await app.get(MonthlyReportService).issue(workspace, {
            month,
            locale: opts.locale,
            formats,
            outDir: opts.out ?? path.join(resolveDataDir(), 'reports', workspace.slug),
          });
          console.log(
            `Monthly report ${issued.report.id} for ${workspace.slug}, ${month} (${issued.report.locale}), ${formatDuration(Date.now() - started)}`,
          );
          for (const file of issued.files)
            console.log(`  ${file.format.padEnd(4)} ${file.path}\n       sha256 ${file.sha256}`);
        });
      },
    );
}

function parseFormats(list: string): ReportFormat[] {
  const formats = list
    .split(',')
    .map((f) => f.trim().toLowerCase())
    .filter(Boolean);
  const bad = formats.filter((f) => f !== 'html' && f !== 'pdf');
  if (bad.length > 0 || formats.length === 0)
    throw new CliError(`--format: expected html, pdf or html,pdf; got "${list}"`);
  return formats as ReportFormat[];
}
