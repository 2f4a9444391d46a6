import { Inject, Injectable } from '@nestjs/common';
import { JobRecordRepository, RetentionRepository } from '#persistence';
import type { JobsConfig } from '../config/jobs-config.js';
import { JOBS_CONFIG } from '../config/jobs-config.token.js';
import type { RetentionPayload } from '../job-kinds.js';
import type { JobContext, JobHandler, JobResult } from './job-handler.js';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Daily clean-up: completed collection, detection and clean-up jobs leave the history after
 * LEDGER_JOB_HISTORY_DAYS (default 14; the collection run table keeps each run's outcome), dead letters and
 * monthly report jobs after LEDGER_JOB_KEPT_DAYS (default 90), and the twcs staging rows of a workspace go
 * LEDGER_STAGING_RETENTION_DAYS (default 30) after its last twcs import.
 * Facts (items, snapshots, incidents, reports, the audit log) are never touched here. pg-boss cleans its own
 * tables (completed jobs archived after an hour, failed after a week, the archive emptied after a week).
 */
@Injectable()
export class RetentionJob implements JobHandler<'retention'> {
  readonly kind = 'retention' as const;

  constructor(
    private readonly records: JobRecordRepository,
    private readonly retention: RetentionRepository,
    @Inject(JOBS_CONFIG) private readonly config: JobsConfig,
  ) {}

  available(): boolean {
    return true;
  }

  async run(_data: RetentionPayload, context: JobContext): Promise<JobResult> {
    const now = context.now.getTime();
    const jobsDeleted = await this.records.deleteFinished(
      new Date(now - this.config.historyDays * DAY_MS),
      new Date(now - this.config.keptDays * DAY_MS),
    );
    const stagedRowsDeleted =
      this.config.stagingDays > 0
        ? await this.retention.deleteIdleTwcsStaging(new Date(now - this.config.stagingDays * DAY_MS))
        : 0;
    return { jobsDeleted, stagedRowsDeleted };
  }
}
