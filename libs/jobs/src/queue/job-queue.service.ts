import { randomUUID } from 'node:crypto';
import { Inject, Injectable, Logger, type BeforeApplicationShutdown } from '@nestjs/common';
import PgBoss from 'pg-boss';
import { DataSource } from 'typeorm';
import {
  JobHistoryRepository,
  JobRecordRepository,
  poolQueueExecutor,
  withAdvisoryLock,
  type NewJobRecord,
} from '#persistence';
import type { JobsConfig } from '../config/jobs-config.js';
import { JOBS_CONFIG } from '../config/jobs-config.token.js';
import { JOB_KINDS, type JobKind, type PlannedJob } from '../job-kinds.js';
import { uuidV5 } from './uuid-v5.util.js';

export type QueueJob = PgBoss.JobWithMetadata<Record<string, unknown>>;

/** pg-boss keeps completed jobs in its own table this long; the history (job_record) keeps them for weeks. */
const ARCHIVE_COMPLETED_SECONDS = 60 * 60;
/** Dead jobs stay retryable in the queue's own table for a week (and in its archive another week). */
const ARCHIVE_FAILED_SECONDS = 7 * 24 * 60 * 60;

/**
 * The job queue: pg-boss in the schema `pgboss` of the application's own database, on the application's
 * connection pool. pg-boss installs (or migrates) its schema the first time it starts against a database, so
 * every database — the test copies of the migrated template included — gets it without a TypeORM migration,
 * and TypeORM's schema check never sees it.
 *
 * Scheduled jobs are deduplicated twice: the history row's unique (schedule key, slot) decides in the same
 * transaction whether the job goes into the queue at all, and the job id is a UUID v5 of key and slot, so a
 * duplicate insert into pg-boss is ignored as well. (pg-boss 10 deduplicates a singletonKey only together with
 * singletonSeconds, a window aligned to the epoch rather than to our slots and phases, or on queues with the
 * singleton or stately policy, which limit how many jobs of a key may be queued or active at once: neither is
 * the rule here, one job per slot, and neither survives pg-boss archiving the job.)
 */
@Injectable()
export class JobQueue implements BeforeApplicationShutdown {
  private readonly logger = new Logger(JobQueue.name);
  private boss: PgBoss | null = null;
  private starting: Promise<PgBoss> | null = null;
  private supervising = false;
  private stopping: Promise<void> | null = null;

  constructor(
    private readonly dataSource: DataSource,
    private readonly records: JobRecordRepository,
    private readonly history: JobHistoryRepository,
    @Inject(JOBS_CONFIG) private readonly config: JobsConfig,
  ) {}

  /** Starts the queue for a worker: it also expires leases and archives (one instance per interval does). */
  startSupervised(): Promise<PgBoss> {
    if (this.starting && !this.supervising) {
      throw new Error('JobQueue: the queue was started unsupervised before the worker started it');
    }
    this.supervising = true;
    return this.ready();
  }

  /** The started queue (schema installed, queues created); starts it unsupervised on first use. */
  ready(): Promise<PgBoss> {
    this.starting ??= this.start().catch((error: unknown) => {
      this.starting = null;
      throw error;
    });
    return this.starting;
  }

  get isStarted(): boolean {
    return this.boss !== null;
  }

  private async start(): Promise<PgBoss> {
    const boss = new PgBoss({
      db: poolQueueExecutor(this.dataSource),
      migrate: true,
      // @nestjs/schedule is the clock; pg-boss's own cron and clock-skew monitor stay off.
      schedule: false,
      supervise: this.supervising,
      maintenanceIntervalSeconds: this.config.maintenanceSeconds,
      archiveCompletedAfterSeconds: ARCHIVE_COMPLETED_SECONDS,
      archiveFailedAfterSeconds: ARCHIVE_FAILED_SECONDS,
      deleteAfterDays: 7,
    });
    boss.on('error', (error: Error) => this.logger.error(`queue: ${error.message}`));
    await boss.start();
    await withAdvisoryLock(this.dataSource, 'ledger:pgboss:create-queues', async () => {
      for (const kind of JOB_KINDS) {
        await boss.createQueue(kind, { name: kind, policy: 'standard', ...this.jobOptions(kind) });
      }
    });
    this.boss = boss;
    return boss;
  }

  /** Retry, backoff and lease of a kind, from the configuration of the instance that enqueues. */
  private jobOptions(kind: JobKind) {
    return {
      retryLimit: this.config.retryLimit,
      retryDelay: this.config.retryDelaySeconds,
      retryBackoff: true,
      expireInSeconds: this.config.leaseSeconds[kind],
    };
  }

  /** The job id of a planned job: derived from schedule key and slot, random for jobs on demand. */
  static jobId(job: Pick<PlannedJob, 'scheduleKey' | 'slot'>): string {
    return job.scheduleKey && job.slot
      ? uuidV5(`${job.scheduleKey}@${job.slot.toISOString()}`)
      : randomUUID();
  }

  /** Enqueues the planned jobs whose slot is free; returns those that were enqueued (with their ids). */
  async enqueue(planned: PlannedJob[], now: Date): Promise<NewJobRecord[]> {
    if (planned.length === 0) return [];
    const boss = await this.ready();
    const records: NewJobRecord[] = planned.map((job) => ({
      id: JobQueue.jobId(job),
      kind: job.kind,
      workspaceId: job.workspaceId,
      accountId: job.accountId,
      scheduleKey: job.scheduleKey,
      slot: job.slot,
      subject: job.subject,
      data: job.data as unknown as Record<string, unknown>,
    }));
    // As a delay from `now`, not an instant: the clock may be set apart from the database's (LEDGER_CLOCK_START).
    const delayOf = (job: PlannedJob) =>
      job.startAfter && job.startAfter.getTime() > now.getTime()
        ? `${(job.startAfter.getTime() - now.getTime()) / 1000} seconds`
        : undefined;
    const startAfter = new Map(planned.map((job, i) => [records[i].id, delayOf(job)]));
    return this.records.enqueue(records, now, async (accepted, tx) => {
      await boss.insert(
        accepted.map((r) => ({
          id: r.id,
          name: r.kind,
          data: r.data,
          ...this.jobOptions(r.kind as JobKind),
          ...(startAfter.get(r.id) ? { startAfter: startAfter.get(r.id) } : {}),
        })),
        { db: tx },
      );
    });
  }

  /** Runs `handler` for jobs of a kind, `concurrency` at a time in this process. */
  async work(
    kind: JobKind,
    concurrency: number,
    handler: (job: QueueJob) => Promise<unknown>,
  ): Promise<void> {
    const boss = await this.ready();
    for (let i = 0; i < concurrency; i += 1) {
      let workerId: string | null = null;
      workerId = await boss.work<Record<string, unknown>>(
        kind,
        { includeMetadata: true, batchSize: 1, pollingIntervalSeconds: this.config.pollSeconds },
        async ([job]) => {
          try {
            return await handler(job);
          } finally {
            // pg-boss waits a polling interval after every job; a notified worker fetches the next one at once
            // (and waits only when the queue is empty), so a backlog drains at the speed of the jobs.
            if (workerId) boss.notifyWorker(workerId);
          }
        },
      );
    }
  }

  /** Takes the next ready job of a kind, if any (for `ledger jobs run-due`, which works without polling). */
  async fetchOne(kind: JobKind): Promise<QueueJob | null> {
    const boss = await this.ready();
    const [job] = await boss.fetch<Record<string, unknown>>(kind, { includeMetadata: true, batchSize: 1 });
    return job ?? null;
  }

  /** Expires overdue leases and archives old jobs now (a supervised worker does this on its own). */
  async maintain(): Promise<void> {
    const boss = await this.ready();
    await boss.maintain();
  }

  async complete(kind: JobKind, id: string, output?: unknown): Promise<void> {
    const boss = await this.ready();
    await boss.complete(kind, id, output === undefined ? undefined : (output as object));
  }

  async fail(kind: JobKind, id: string, error: unknown): Promise<void> {
    const boss = await this.ready();
    await boss.fail(
      kind,
      id,
      error instanceof Error ? { message: error.message } : { message: String(error) },
    );
  }

  /**
   * Gives a dead job one more attempt. A dead job still in the queue's table is retried in place; one that
   * the queue already archived is inserted again under the same id.
   */
  async retry(id: string): Promise<'retried' | 'resumed' | 'requeued'> {
    const record = await this.history.findById(id);
    if (!record) throw new Error(`No job ${id}`);
    if (record.state !== 'dead' && record.state !== 'cancelled') {
      throw new Error(`Job ${id} is ${record.state}: only dead or cancelled jobs can be retried`);
    }
    const boss = await this.ready();
    const kind = record.kind as JobKind;
    const queued = await boss.getJobById(kind, id);
    let how: 'retried' | 'resumed' | 'requeued';
    if (queued?.state === 'failed') {
      await boss.retry(kind, id);
      how = 'retried';
    } else if (queued?.state === 'cancelled') {
      await boss.resume(kind, id);
      how = 'resumed';
    } else {
      await boss.insert([{ id, name: kind, data: record.data, ...this.jobOptions(kind) }]);
      how = 'requeued';
    }
    await this.records.markRequeued(id);
    return how;
  }

  /** Jobs waiting (created or retry) per kind in the queue itself. */
  async waiting(): Promise<Record<JobKind, number>> {
    const boss = await this.ready();
    const entries = await Promise.all(JOB_KINDS.map(async (k) => [k, await boss.getQueueSize(k)] as const));
    return Object.fromEntries(entries) as Record<JobKind, number>;
  }

  /**
   * Stops fetching, lets running jobs finish for up to `timeoutMs`, then hands the rest back to the queue
   * (pg-boss fails them into `retry`, so another worker takes them after the retry delay).
   */
  async beforeApplicationShutdown(): Promise<void> {
    await this.stop(this.config.shutdownSeconds * 1000);
  }

  stop(timeoutMs: number): Promise<void> {
    const boss = this.boss;
    if (boss) {
      this.boss = null;
      this.starting = null;
      this.stopping = boss.stop({ graceful: true, wait: true, close: false, timeout: timeoutMs });
    }
    // A second caller (the worker and the module both stop on shutdown) waits for the same stop.
    return this.stopping ?? Promise.resolve();
  }
}
