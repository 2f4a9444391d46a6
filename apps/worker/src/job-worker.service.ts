import {
  Inject,
  Injectable,
  Logger,
  type BeforeApplicationShutdown,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import { SchedulerRegistry } from '@nestjs/schedule';
import { JobRecordRepository } from '#persistence';
import {
  Clock,
  JOB_KINDS,
  JOBS_CONFIG,
  JobHandlers,
  JobQueue,
  JobRunner,
  JobScheduler,
  type JobKind,
  type JobsConfig,
} from '#jobs';

const TICK = 'ledger-jobs-tick';

/**
 * A worker: the clock ticks (enqueue only) and the consumers work the queue. Many of them may run against one
 * database; each job still runs once. On SIGTERM it stops taking jobs, lets running ones finish for
 * LEDGER_WORKER_SHUTDOWN_SECONDS and hands back the rest.
 */
@Injectable()
export class JobWorker implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(JobWorker.name);
  private tickInFlight: Promise<void> | null = null;
  private kinds: JobKind[] = [];

  constructor(
    private readonly queue: JobQueue,
    private readonly runner: JobRunner,
    private readonly scheduler: JobScheduler,
    private readonly handlers: JobHandlers,
    private readonly records: JobRecordRepository,
    private readonly clock: Clock,
    private readonly registry: SchedulerRegistry,
    @Inject(JOBS_CONFIG) private readonly config: JobsConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.queue.startSupervised();
    this.kinds = JOB_KINDS.filter((kind) => this.handlers.available(kind));
    for (const kind of this.kinds) {
      const concurrency = kind === 'collect' ? this.config.concurrency : 1;
      await this.queue.work(kind, concurrency, (job) => this.runner.run(kind, job));
    }
    if (this.config.tickSeconds > 0) {
      this.registry.addInterval(
        TICK,
        setInterval(() => void this.tick(), this.config.tickSeconds * 1000),
      );
      void this.tick();
    }
    this.logger.log(
      `Worker ${this.config.workerName}: working ${this.kinds.join(', ')}; ` +
        (this.config.tickSeconds > 0
          ? `tick every ${this.config.tickSeconds} s`
          : 'no tick (LEDGER_TICK_SECONDS=0)'),
    );
  }

  /** Kinds this worker takes from the queue (those whose service is part of this installation). */
  get workingKinds(): readonly JobKind[] {
    return this.kinds;
  }

  /** One tick; a tick still running when the next is due makes the next one skip. */
  tick(): Promise<void> {
    if (this.tickInFlight) return this.tickInFlight;
    this.tickInFlight = this.scheduler
      .tick(this.clock.now())
      .then((result) => {
        const enqueued = Object.entries(result.enqueued).map(([kind, n]) => `${n} ${kind}`);
        if (enqueued.length > 0) this.logger.log(`Enqueued ${enqueued.join(', ')}`);
        for (const problem of result.problems) this.logger.warn(problem);
      })
      .catch((error: unknown) => {
        // A failed tick is retried by the next one; the slots it missed are still free.
        this.logger.error(`Tick failed: ${error instanceof Error ? error.message : String(error)}`);
      })
      .finally(() => {
        this.tickInFlight = null;
      });
    return this.tickInFlight;
  }

  async beforeApplicationShutdown(): Promise<void> {
    if (this.registry.doesExist('interval', TICK)) this.registry.deleteInterval(TICK);
    await this.tickInFlight;
    await this.queue.stop(this.config.shutdownSeconds * 1000);
    const released = await this.records.releaseRunning(this.config.workerName, this.clock.now());
    this.logger.log(
      `Worker ${this.config.workerName} stopped` +
        (released.length > 0 ? `; handed ${released.length} unfinished job(s) back to the queue` : ''),
    );
  }
}
