import { Option, type Command } from 'commander';
import { addMonths, monthOf } from '#domain';
import { Clock, JobQueue, parseReportFormats } from '#jobs';
import { CliError, withApp } from '../cli-context.js';

/** `ledger jobs enqueue monthly-report -w W --month M`: a report rendered by a worker, on demand. */
export function registerJobsEnqueue(jobs: Command): void {
  const enqueue = jobs.command('enqueue').description('Put a job on demand into the queue for the workers');
  enqueue
    .command('monthly-report')
    .description('The monthly report of a workspace, rendered by a worker (issued even if the month has one)')
    .requiredOption('-w, --workspace <slug>', 'workspace')
    .option('--month <YYYY-MM>', 'calendar month in the workspace time zone (default: the previous month)')
    .option('--format <list>', 'html, pdf or html,pdf', 'html,pdf')
    .addOption(
      new Option('--locale <locale>', 'language (default: the workspace locale)').choices(['en', 'de']),
    )
    .action(async (opts: { workspace: string; month?: string; format: string; locale?: 'en' | 'de' }) => {
      let formats: ('html' | 'pdf')[];
      try {
        formats = parseReportFormats(opts.format.split(',').map((f) => f.trim()));
      } catch (error) {
        throw new CliError((error as Error).message);
      }
      await withApp(async (app) => {
        const workspace = await app.workspace(opts.workspace);
        const now = app.get(Clock).now();
        const month = opts.month ?? addMonths(monthOf(now, workspace.timeZone), -1);
        if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(month))
          throw new CliError(`--month must be YYYY-MM, got "${month}"`);
        const [job] = await app.get(JobQueue).enqueue(
          [
            {
              kind: 'monthly-report',
              workspaceId: workspace.id,
              accountId: null,
              scheduleKey: null,
              slot: null,
              subject: `${workspace.slug} ${month} (on demand)`,
              data: { workspaceId: workspace.id, month, formats, locale: opts.locale, onDemand: true },
            },
          ],
          now,
        );
        console.log(
          `Enqueued monthly-report ${job.id} for ${workspace.slug}, ${month}. Follow it: npx ledger jobs show ${job.id}`,
        );
      });
    });
}
