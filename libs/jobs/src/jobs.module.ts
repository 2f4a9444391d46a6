import { Module, type DynamicModule, type Provider } from '@nestjs/common';
import { CollectorsModule } from '#collectors';
import { ReportingModule } from '#reporting';
import { Clock, clockFromEnv } from './clock/clock.js';
import { resolveJobsConfig, type JobsConfig } from './config/jobs-config.js';
import { JOBS_CONFIG } from './config/jobs-config.token.js';
import { CollectJob } from './handlers/collect.job.js';
import { DetectIncidentsJob } from './handlers/detect-incidents.job.js';
import { JobHandlers } from './handlers/job-handlers.registry.js';
import { MonthlyReportJob } from './handlers/monthly-report.job.js';
import { ReportDeliveryJob } from './handlers/report-delivery.job.js';
import { RetentionJob } from './handlers/retention.job.js';
import { DetectionFollowUp } from './queue/detection-follow-up.service.js';
import { JobDrain } from './queue/job-drain.service.js';
import { JobQueue } from './queue/job-queue.service.js';
import { JobRunner } from './queue/job-runner.service.js';
import { JobScheduler } from './scheduler/job-scheduler.service.js';
import { JobSettingsService } from './schedules/job-settings.service.js';

const SERVICES = [
  JobQueue,
  JobRunner,
  JobDrain,
  JobScheduler,
  JobHandlers,
  JobSettingsService,
  DetectionFollowUp,
];
const HANDLERS = [CollectJob, DetectIncidentsJob, MonthlyReportJob, RetentionJob, ReportDeliveryJob];
const EXPORTS = [JOBS_CONFIG, Clock, ...SERVICES];

function providers(config: () => JobsConfig, clock: () => Clock): Provider[] {
  return [
    { provide: JOBS_CONFIG, useFactory: config },
    { provide: Clock, useFactory: clock },
    ...SERVICES,
    ...HANDLERS,
  ];
}

@Module({})
class ConfiguredJobsModule {}

/**
 * The queue, the scheduler and the job handlers. Importing it starts nothing: the worker (apps/worker) starts
 * the queue supervised, ticks and works; the CLI and the API use it to list, enqueue and retry. Configured
 * from the environment (resolveJobsConfig, LEDGER_CLOCK_START); tests use `JobsModule.with(...)`.
 * Needs PersistenceModule.forRoot() in the application.
 */
@Module({
  imports: [ReportingModule, CollectorsModule],
  providers: providers(
    () => resolveJobsConfig(),
    () => clockFromEnv(),
  ),
  exports: EXPORTS,
})
export class JobsModule {
  /** The same services with a given configuration and clock instead of the environment's (tests). */
  static with(options: { config?: Partial<JobsConfig>; clock?: Clock }): DynamicModule {
    return {
      module: ConfiguredJobsModule,
      imports: [ReportingModule, CollectorsModule],
      providers: providers(
        () => ({ ...resolveJobsConfig({}), ...options.config }),
        () => options.clock ?? clockFromEnv(),
      ),
      exports: EXPORTS,
    };
  }
}
