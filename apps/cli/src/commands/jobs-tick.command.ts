import type { Command } from 'commander';
import { Clock, JobDrain, JobScheduler, type TickResult } from '#jobs';
import { CliError, withApp, type CliApp } from '../cli-context.js';

/** `ledger jobs tick` (enqueue what is due) and `ledger jobs run-due` (tick, then work until idle). */
export function registerJobsTick(jobs: Command): void {
  jobs
    .command('tick')
    .description(
      'Enqueue what is due now, as one tick of a worker does; safe on any number of machines at once',
    )
    .option('--at <instant>', 'tick as if it were this ISO instant (default: now, or LEDGER_CLOCK_START)')
    .action(async (opts: { at?: string }) => {
      await withApp(async (app) => {
        printTick(await tick(app, opts.at));
      });
    });

  jobs
    .command('run-due')
    .description('Tick, then run every ready job in this process until none is left (cron without a worker)')
    .option('--at <instant>', 'tick as if it were this ISO instant (default: now, or LEDGER_CLOCK_START)')
    .action(async (opts: { at?: string }) => {
      await withApp(async (app) => {
        printTick(await tick(app, opts.at));
        const ran = await app.get(JobDrain).drain((job) => {
          const what = job.ok ? JSON.stringify(job.outcome) : `failed: ${String(job.outcome)}`;
          console.log(
            `  ${job.kind} ${job.id} ${what}${!job.ok && job.willRetry ? ' (will be retried)' : ''}`,
          );
        });
        const failed = ran.filter((j) => !j.ok).length;
        console.log(`Ran ${ran.length} job(s): ${ran.length - failed} completed, ${failed} failed.`);
        if (failed > 0) process.exitCode = 1;
      });
    });
}

async function tick(app: CliApp, at: string | undefined): Promise<TickResult> {
  const now = at ? new Date(at) : app.get(Clock).now();
  if (Number.isNaN(now.getTime()))
    throw new CliError(`--at: an ISO instant such as 2026-11-01T00:05:00Z, got "${at}"`);
  return app.get(JobScheduler).tick(now);
}

function printTick(result: TickResult): void {
  for (const problem of result.problems) console.error(`ledger: ${problem}`);
  const enqueued = Object.entries(result.enqueued).map(([kind, n]) => `${n} ${kind}`);
  console.log(
    `Due: ${result.due}. Enqueued: ${enqueued.length > 0 ? enqueued.join(', ') : 'none (every due slot already has its job)'}.`,
  );
}
