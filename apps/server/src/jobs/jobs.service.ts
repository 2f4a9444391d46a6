import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { addMonths, monthOf } from '#domain';
import { Clock, JobQueue, type JobKind } from '#jobs';
import { JobHistoryRepository, type JobRecordState, type WorkspaceEntity } from '#persistence';
import type { Page } from '../http/pagination.js';
import {
  toJobDetailDto,
  toJobDto,
  type JobDetailDto,
  type JobDto,
  type MonthlyReportJobRequestDto,
} from './jobs.dto.js';

/** The jobs of one workspace as the API shows them; every query is limited to that workspace. */
@Injectable()
export class JobsService {
  constructor(
    private readonly records: JobHistoryRepository,
    private readonly queue: JobQueue,
    private readonly clock: Clock,
  ) {}

  async list(
    workspaceId: string,
    query: { state?: JobRecordState; kind?: JobKind; limit?: number; offset?: number },
  ): Promise<Page<JobDto>> {
    const filter = { workspaceId, states: query.state ? [query.state] : undefined, kind: query.kind };
    const limit = query.limit ?? 50;
    const offset = query.offset ?? 0;
    const [jobs, total] = await Promise.all([
      this.records.list({ ...filter, limit, offset }),
      this.records.count(filter),
    ]);
    return { data: jobs.map(toJobDto), page: { limit, offset, total } };
  }

  async get(workspaceId: string, id: string): Promise<JobDetailDto> {
    const job = await this.records.findById(id);
    if (!job || job.workspaceId !== workspaceId) {
      throw new NotFoundException({ code: 'not_found', message: `No job ${id} in this workspace` });
    }
    return toJobDetailDto(job, await this.records.attempts(id));
  }

  async retry(workspaceId: string, id: string): Promise<JobDetailDto> {
    const job = await this.get(workspaceId, id);
    if (job.state !== 'dead' && job.state !== 'cancelled') {
      throw new ConflictException({
        code: 'conflict',
        message: `Job ${id} is ${job.state}: only dead jobs can be retried`,
      });
    }
    await this.queue.retry(id);
    return this.get(workspaceId, id);
  }

  async enqueueMonthlyReport(
    workspace: WorkspaceEntity,
    request: MonthlyReportJobRequestDto,
  ): Promise<JobDetailDto> {
    const now = this.clock.now();
    const month = request.month ?? addMonths(monthOf(now, workspace.timeZone), -1);
    const [job] = await this.queue.enqueue(
      [
        {
          kind: 'monthly-report',
          workspaceId: workspace.id,
          accountId: null,
          scheduleKey: null,
          slot: null,
          subject: `${workspace.slug} ${month} (on demand)`,
          data: {
            workspaceId: workspace.id,
            month,
            formats: [...new Set<'html' | 'pdf'>(request.formats ?? ['html', 'pdf'])],
            locale: request.locale,
            onDemand: true,
          },
        },
      ],
      now,
    );
    return this.get(workspace.id, job.id);
  }
}
