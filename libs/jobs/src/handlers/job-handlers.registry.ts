import { Injectable } from '@nestjs/common';
import type { JobKind } from '../job-kinds.js';
import { CollectJob } from './collect.job.js';
import { DetectIncidentsJob } from './detect-incidents.job.js';
import type { JobHandler } from './job-handler.js';
import { MonthlyReportJob } from './monthly-report.job.js';
import { ReportDeliveryJob } from './report-delivery.job.js';
import { RetentionJob } from './retention.job.js';

/** Every job kind's handler, by kind. */
@Injectable()
export class JobHandlers {
  private readonly byKind: Map<JobKind, JobHandler>;

  constructor(
    readonly collect: CollectJob,
    detect: DetectIncidentsJob,
    report: MonthlyReportJob,
    retention: RetentionJob,
    delivery: ReportDeliveryJob,
  ) {
    this.byKind = new Map<JobKind, JobHandler>([
      ['collect', collect as JobHandler],
      ['detect-incidents', detect as JobHandler],
      ['monthly-report', report as JobHandler],
      ['retention', retention as JobHandler],
      ['report-delivery', delivery as JobHandler],
    ]);
  }

  get(kind: JobKind): JobHandler {
    const handler = this.byKind.get(kind);
    if (!handler) throw new Error(`No handler for job kind ${kind}`);
    return handler;
  }

  available(kind: JobKind): boolean {
    return this.get(kind).available();
  }
}
