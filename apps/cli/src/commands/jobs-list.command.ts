import { Option, type Command } from 'commander';
import { JOB_KINDS, JobQueue } from '#jobs';
import { JobHistoryRepository, type JobRecordState } from '#persistence';
import { CliError, withApp } from '../cli-context.js';
import { formatJobTable } from './jobs-format.js';

const STATES: JobRecordState[] = ['queued', 'running', 'retrying', 'completed', 'dead', 'cancelled'];

interface ListOptions {
  state?: JobRecordState;
  kind?: string;
  workspace?: string;
  limit: string;
  format: 'table' | 'json';
}

/** `ledger jobs list` and `ledger jobs dead`: the job history, newest first. */
export function registerJobsList(jobs: Command): void {
  const list = jobs
    .command('list', { isDefault: true })
    .description('The job history, newest first, with counts per kind and state')
    .addOption(new Option('--state <state>', 'only jobs in this state').choices(STATES));
  addFilters(list).action((opts: ListOptions) => printJobs(opts, opts.state));

  const dead = jobs
    .command('dead')
    .description('Dead letters: jobs whose every attempt failed (retry them with `ledger jobs retry ID`)');
  addFilters(dead).action((opts: ListOptions) => printJobs(opts, 'dead'));
}

function addFilters(command: Command): Command {
  return command
    .addOption(new Option('--kind <kind>', 'only jobs of this kind').choices([...JOB_KINDS]))
    .option('-w, --workspace <slug>', 'only jobs of this workspace')
    .option('--limit <n>', 'at most this many jobs', '50')
    .addOption(new Option('--format <format>', 'output format').choices(['table', 'json']).default('table'));
}

async function printJobs(opts: ListOptions, state: JobRecordState | undefined): Promise<void> {
  const limit = Number(opts.limit);
  if (!Number.isInteger(limit) || limit < 1)
    throw new CliError(`--limit: a positive whole number, got "${opts.limit}"`);
  await withApp(async (app) => {
    const workspaceId = opts.workspace ? (await app.workspace(opts.workspace)).id : undefined;
    const records = app.get(JobHistoryRepository);
    const jobs = await records.list({
      states: state ? [state] : undefined,
      kind: opts.kind,
      workspaceId,
      limit,
    });
    if (opts.format === 'json') {
      console.log(JSON.stringify({ data: jobs }, null, 2));
      return;
    }
    console.log(formatJobTable(jobs));
    const counts = await records.counts();
    if (counts.length > 0) {
      console.log(`\nAll jobs: ${counts.map((c) => `${c.count} ${c.kind} ${c.state}`).join(', ')}`);
    }
    if (state === undefined || state === 'queued' || state === 'retrying') {
      const waiting = await app.get(JobQueue).waiting();
      const total = Object.values(waiting).reduce((a, b) => a + b, 0);
      console.log(`Waiting in the queue: ${total}`);
    }
  });
}
