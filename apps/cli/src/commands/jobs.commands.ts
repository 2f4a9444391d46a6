import type { Command } from 'commander';
import { registerJobsEnqueue } from './jobs-enqueue.command.js';
import { registerJobsList } from './jobs-list.command.js';
import { registerJobsRetry } from './jobs-retry.command.js';
import { registerJobsSettings } from './jobs-settings.command.js';
import { registerJobsShow } from './jobs-show.command.js';
import { registerJobsTick } from './jobs-tick.command.js';

/** Commands of the jobs feature; each command in its own file beside this one, registered here. */
export function registerJobsCommands(program: Command): void {
  const jobs = program
    .command('jobs')
    .description('Background jobs: history, dead letters, retries, schedules (workers: npm run worker)');
  registerJobsList(jobs);
  registerJobsShow(jobs);
  registerJobsRetry(jobs);
  registerJobsTick(jobs);
  registerJobsEnqueue(jobs);
  registerJobsSettings(jobs);
}
