import { Inject, Injectable } from '@nestjs/common';
import { Clock } from '../clock/clock.js';
import type { JobsConfig } from '../config/jobs-config.js';
import { JOBS_CONFIG } from '../config/jobs-config.token.js';
import { followUpDetection, type DetectionTrigger } from '../schedules/follow-up-detection.util.js';
import { JobQueue } from './job-queue.service.js';

export interface FollowUpDetection {
  jobId: string;
  /** False when a job of the same window was already queued (it covers this request too). */
  queued: boolean;
  startsAt: Date;
}

/**
 * Queues the incident detection that follows a collection job or an import (followUpDetection): one job per
 * workspace and window of LEDGER_DETECT_AFTER_SECONDS, however many collections finish in it.
 */
@Injectable()
export class DetectionFollowUp {
  constructor(
    private readonly queue: JobQueue,
    private readonly clock: Clock,
    @Inject(JOBS_CONFIG) private readonly config: JobsConfig,
  ) {}

  async request(trigger: DetectionTrigger, workspaceId: string): Promise<FollowUpDetection> {
    const now = this.clock.now();
    const job = followUpDetection(trigger, workspaceId, now, this.config.detectAfterSeconds);
    const enqueued = await this.queue.enqueue([job], now);
    return { jobId: JobQueue.jobId(job), queued: enqueued.length > 0, startsAt: job.slot! };
  }
}
