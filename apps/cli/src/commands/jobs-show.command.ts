import type { Command } from 'commander';
import { JobHistoryRepository } from '#persistence';
import { CliError, withApp } from '../cli-context.js';
import { isoMinute } from './jobs-format.js';

/** `ledger jobs show ID`: one job, its payload, result and every attempt. */
export function registerJobsShow(jobs: Command): void {
  jobs
    .command('show <id>')
    .description('One job with its payload, its result and every attempt (worker, start, end, outcome)')
    .action(async (id: string) => {
      await withApp(async (app) => {
        const records = app.get(JobHistoryRepository);
        const job = await records.findById(id).catch(() => null);
        if (!job) throw new CliError(`No job ${id}`);
        console.log(`${job.kind} ${job.id}: ${job.state}, ${job.attempts} attempt(s)`);
        console.log(
          `  subject    ${job.subject}${job.workspaceSlug ? ` (workspace ${job.workspaceSlug})` : ''}`,
        );
        if (job.scheduleKey)
          console.log(`  schedule   ${job.scheduleKey} @ ${new Date(job.slot!).toISOString()}`);
        console.log(`  enqueued   ${isoMinute(job.enqueuedAt)}`);
        console.log(`  payload    ${JSON.stringify(job.data)}`);
        if (job.result) console.log(`  result     ${JSON.stringify(job.result)}`);
        if (job.lastError) console.log(`  last error ${job.lastError}`);
        for (const a of await records.attempts(job.id)) {
          const end = a.finishedAt ? new Date(a.finishedAt).toISOString() : '…';
          console.log(
            `  attempt ${a.attempt}: ${a.outcome.padEnd(9)} ${a.worker}  ${new Date(a.startedAt).toISOString()} → ${end}` +
              (a.error ? `  ${a.error}` : ''),
          );
        }
      });
    });
}
