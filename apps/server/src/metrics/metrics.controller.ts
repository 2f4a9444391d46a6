import { Get, Query } from '@nestjs/common';
import { addDays, dayStart } from '#domain';
import { MetricsQueryService } from '#reporting';
import type { WorkspaceAccess } from '../auth/access-context.js';
import { Access, Endpoint } from '../auth/auth.decorators.js';
import { fieldError } from '../accounts/accounts.service.js';
import { ApiDataResponse } from '../http/pagination.js';
import { WorkspaceController } from '../http/workspace-controller.js';
import { ResponsivenessDto, ResponsivenessQueryDto } from './metrics.dto.js';

const ALL_FROM = new Date(0);
const ALL_TO = new Date('9999-12-31T00:00:00Z');

@WorkspaceController('metrics', 'metrics')
export class MetricsController {
  constructor(private readonly metrics: MetricsQueryService) {}

  @Get('responsiveness')
  @Endpoint({
    operationId: 'getResponsiveness',
    summary: 'First response time, response rate and volumes per account, operator or group',
    description: 'Definitions: docs/metrics.md. Days are in the workspace time zone; `to` is inclusive.',
    permission: 'metrics.read',
  })
  @ApiDataResponse(ResponsivenessDto)
  async responsiveness(
    @Access() access: WorkspaceAccess,
    @Query() query: ResponsivenessQueryDto,
  ): Promise<{ data: ResponsivenessDto }> {
    const tz = access.workspace.timeZone;
    const from = query.from ? day(query.from, tz, 'from') : ALL_FROM;
    const to = query.to ? day(query.to, tz, 'to', 1) : ALL_TO;
    if (to <= from) throw fieldError('to', `to (${query.to}) is before from (${query.from})`);
    return { data: await this.metrics.responsiveness(access.workspace.id, from, to, query.by ?? 'account') };
  }
}

/** Local midnight of the day, or of the day after (`to` names the last day, inclusive). */
function day(value: string, timeZone: string, field: string, offset = 0): Date {
  try {
    dayStart(value, timeZone);
    return dayStart(addDays(value, offset), timeZone);
  } catch (error) {
    throw fieldError(field, `${field}: ${(error as Error).message}`);
  }
}
