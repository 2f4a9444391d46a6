import { Body, Get, HttpCode, Post, Query } from '@nestjs/common';
import type { WorkspaceAccess } from '../auth/access-context.js';
import { Access, Endpoint } from '../auth/auth.decorators.js';
import { ApiDataResponse, ApiPageResponse, type Page } from '../http/pagination.js';
import { UuidParam } from '../http/uuid-param.js';
import { WorkspaceController } from '../http/workspace-controller.js';
import { JobDetailDto, JobDto, JobListQueryDto, MonthlyReportJobRequestDto } from './jobs.dto.js';
import { JobsService } from './jobs.service.js';

@WorkspaceController('jobs', 'jobs')
export class JobsController {
  constructor(private readonly jobs: JobsService) {}

  @Get()
  @Endpoint({
    operationId: 'listJobs',
    summary: 'Background jobs of the workspace, newest first (collection, incident detection, reports)',
    permission: 'jobs.read',
  })
  @ApiPageResponse(JobDto)
  list(@Access() access: WorkspaceAccess, @Query() query: JobListQueryDto): Promise<Page<JobDto>> {
    return this.jobs.list(access.workspace.id, query);
  }

  @Get('dead-letters')
  @Endpoint({
    operationId: 'listDeadJobs',
    summary: 'Dead letters: jobs whose every attempt failed, newest first',
    permission: 'jobs.read',
  })
  @ApiPageResponse(JobDto)
  dead(@Access() access: WorkspaceAccess, @Query() query: JobListQueryDto): Promise<Page<JobDto>> {
    return this.jobs.list(access.workspace.id, { ...query, state: 'dead' });
  }

  @Post('monthly-report')
  @Endpoint({
    operationId: 'enqueueMonthlyReport',
    summary: 'Have a worker render a monthly report now (on demand; issued even if the month has one)',
    permission: 'reports.issue',
  })
  @ApiDataResponse(JobDetailDto, 201)
  async enqueueReport(
    @Access() access: WorkspaceAccess,
    @Body() body: MonthlyReportJobRequestDto,
  ): Promise<{ data: JobDetailDto }> {
    return { data: await this.jobs.enqueueMonthlyReport(access.workspace, body) };
  }

  @Get(':jobId')
  @Endpoint({
    operationId: 'getJob',
    summary: 'One job with its payload, result and every attempt',
    permission: 'jobs.read',
  })
  @ApiDataResponse(JobDetailDto)
  async get(
    @Access() access: WorkspaceAccess,
    @UuidParam('jobId') id: string,
  ): Promise<{ data: JobDetailDto }> {
    return { data: await this.jobs.get(access.workspace.id, id) };
  }

  @Post(':jobId/retry')
  @HttpCode(200)
  @Endpoint({
    operationId: 'retryJob',
    summary: 'Give a dead job one more attempt',
    permission: 'jobs.write',
  })
  @ApiDataResponse(JobDetailDto)
  async retry(
    @Access() access: WorkspaceAccess,
    @UuidParam('jobId') id: string,
  ): Promise<{ data: JobDetailDto }> {
    return { data: await this.jobs.retry(access.workspace.id, id) };
  }
}
