import { Injectable } from '@nestjs/common';
import { JobHandlers } from '../handlers/job-handlers.registry.js';
import { JOB_KINDS, type JobKind } from '../job-kinds.js';
import { JobQueue } from './job-queue.service.js';
import { JobRunner } from './job-runner.service.js';

export interface DrainedJob {
  id: string;
  kind: JobKind;
  ok: boolean;
  /** The job's result, or the error message. */
  outcome: Record<string, unknown> | string;
  /** For a failure: whether the queue will try again. */
  willRetry: boolean;
}

/**
 * Works the queue in this process until no job is ready: `ledger jobs run-due` (a system cron can drive the
 * product without a worker daemon) and the tests of the single-process path. Jobs waiting for a retry delay
 * are left for a later run.
 */
@Injectable()
export class JobDrain {
  constructor(
    private readonly queue: JobQueue,
    private readonly runner: JobRunner,
    private readonly handlers: JobHandlers,
  ) {}

  async drain(onJob: (job: DrainedJob) => void = () => {}): Promise<DrainedJob[]> {
    // Expired leases of crashed runs come back first (without a worker, nobody else expires them).
    await this.queue.maintain();
    const kinds = JOB_KINDS.filter((k) => this.handlers.available(k));
    const done: DrainedJob[] = [];
    for (let progressed = true; progressed;) {
      progressed = false;
      for (const kind of kinds) {
        const job = await this.queue.fetchOne(kind);
        if (!job) continue;
        progressed = true;
        let drained: DrainedJob;
        try {
          const result = await this.runner.run(kind, job);
          await this.queue.complete(kind, job.id, result);
          drained = { id: job.id, kind, ok: true, outcome: result, willRetry: false };
        } catch (error) {
          await this.queue.fail(kind, job.id, error);
          const message = error instanceof Error ? error.message : String(error);
          drained = {
            id: job.id,
            kind,
            ok: false,
            outcome: message,
            willRetry: job.retryCount < job.retryLimit,
          };
        }
        done.push(drained);
        onJob(drained);
      }
    }
    return done;
  }
}
