import { Inject, Injectable, Logger } from '@nestjs/common';
import { JobRecordRepository } from '#persistence';
import { Clock } from '../clock/clock.js';
import type { JobsConfig } from '../config/jobs-config.js';
import { JOBS_CONFIG } from '../config/jobs-config.token.js';
import { JobHandlers } from '../handlers/job-handlers.registry.js';
import type { JobKind } from '../job-kinds.js';
import type { QueueJob } from './job-queue.service.js';

/**
 * Runs one job from the queue and writes its history: the attempt (who, when, how it ended) and the job's
 * state. An error is recorded and re-thrown so that the queue retries with backoff or, after the last
 * attempt, leaves the job dead.
 */
@Injectable()
export class JobRunner {
  private readonly logger = new Logger(JobRunner.name);

  constructor(
    private readonly handlers: JobHandlers,
    private readonly records: JobRecordRepository,
    private readonly clock: Clock,
    @Inject(JOBS_CONFIG) private readonly config: JobsConfig,
  ) {}

  async run(kind: JobKind, job: QueueJob): Promise<Record<string, unknown>> {
    const handler = this.handlers.get(kind);
    const started = this.clock.now();
    const attempt = await this.records.startAttempt(job.id, this.config.workerName, started);
    if (attempt === null)
      return { skipped: 'the job left the history: its workspace or account was deleted' };
    try {
      const result = await handler.run(job.data as never, { jobId: job.id, attempt, now: started });
      await this.records.finishAttempt(job.id, attempt, this.clock.now(), 'completed', 'completed', {
        result,
      });
      return result;
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      const last = job.retryCount >= job.retryLimit;
      this.logger.warn(
        `${kind} job ${job.id} attempt ${attempt} failed${last ? ' for the last time' : ''}: ${message}`,
      );
      await this.records.finishAttempt(
        job.id,
        attempt,
        this.clock.now(),
        'failed',
        last ? 'dead' : 'retrying',
        {
          error: message,
        },
      );
      throw error;
    }
  }
}
