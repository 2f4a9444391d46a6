import type { Command } from 'commander';
import { JobQueue } from '#jobs';
import { JobHistoryRepository } from '#persistence';
import { CliError, withApp } from '../cli-context.js';

/** `ledger jobs retry ID… | --all-dead`: one more attempt for dead letters. */
export function registerJobsRetry(jobs: Command): void {
  jobs
    .command('retry [ids...]')
    .description('Give dead (or cancelled) jobs one more attempt')
    .option('--all-dead', 'every dead job')
    .action(async (ids: string[], opts: { allDead?: boolean }) => {
      if (ids.length === 0 && !opts.allDead) throw new CliError('name the jobs to retry, or --all-dead');
      await withApp(async (app) => {
        const targets = opts.allDead
          ? (await app.get(JobHistoryRepository).list({ states: ['dead'], limit: 10_000 })).map((j) => j.id)
          : ids;
        if (targets.length === 0) console.log('No dead jobs.');
        const queue = app.get(JobQueue);
        for (const id of targets) {
          try {
            console.log(`${id}: ${await queue.retry(id)}`);
          } catch (error) {
            throw new CliError((error as Error).message);
          }
        }
      });
    });
}
