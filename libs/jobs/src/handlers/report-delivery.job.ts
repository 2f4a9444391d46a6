import { Inject, Injectable } from '@nestjs/common';
import { WorkspaceRepository } from '#persistence';
import { ReportDeliveryService } from '#reporting';
import type { JobsConfig } from '../config/jobs-config.js';
import { JOBS_CONFIG } from '../config/jobs-config.token.js';
import type { ReportDeliveryPayload } from '../job-kinds.js';
import type { JobContext, JobHandler, JobResult } from './job-handler.js';

/**
 * Mails a workspace's monthly report (issuing it first if the month has none with a PDF) to its recipients.
 * Recipients not reached make the job fail, so the queue tries again with backoff; those already reached are
 * never mailed twice (ReportDeliveryService keeps a record per recipient). On the last attempt the
 * recipients still not reached are given up and recorded as failed.
 */
@Injectable()
export class ReportDeliveryJob implements JobHandler<'report-delivery'> {
  readonly kind = 'report-delivery' as const;

  constructor(
    private readonly workspaces: WorkspaceRepository,
    private readonly delivery: ReportDeliveryService,
    @Inject(JOBS_CONFIG) private readonly config: JobsConfig,
  ) {}

  available(): boolean {
    return true;
  }

  async run(data: ReportDeliveryPayload, context: JobContext): Promise<JobResult> {
    const workspace = await this.workspaces.findById(data.workspaceId);
    if (!workspace) return { skipped: 'the workspace no longer exists' };
    const lastAttempt = context.attempt > this.config.retryLimit;
    const result = await this.delivery.deliverMonth(workspace, data.month, { giveUp: lastAttempt });
    if (result.pending.length > 0) {
      throw new Error(
        `${result.pending.length} of the report's recipients not reached yet ` +
          `(${result.pending.map((p) => `${p.email}: ${p.error}`).join('; ')}); sent to ${result.sent.length}`,
      );
    }
    return { ...result, month: data.month };
  }
}
