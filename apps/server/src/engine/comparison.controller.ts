import { Get, Query, UnprocessableEntityException } from '@nestjs/common';
import { addDays, dayStart, IN_HOUSE } from '#domain';
import { ComparisonService, type ComparisonReport } from '#reporting';
import { fieldError } from '../accounts/accounts.service.js';
import type { WorkspaceAccess } from '../auth/access-context.js';
import { Access, Endpoint } from '../auth/auth.decorators.js';
import { ApiDataResponse } from '../http/pagination.js';
import { WorkspaceController } from '../http/workspace-controller.js';
import { ComparisonQueryDto, ComparisonReportDto } from './comparison.dto.js';

const GROUP = /^(in_house|agency:\S.*)$/;

@WorkspaceController('comparison', 'comparison')
export class ComparisonController {
  constructor(private readonly comparison: ComparisonService) {}

  @Get()
  @Endpoint({
    operationId: 'getComparison',
    summary: 'In-house against each agency: like-for-like numbers with intervals and the recommendation',
    description:
      'Per account and overall. Days are in the workspace time zone; `to` is inclusive; without from and to, ' +
      'all data. Definitions: docs/metrics.md. Includes costs, so auditors may not read it.',
    permission: 'comparison.read',
  })
  @ApiDataResponse(ComparisonReportDto)
  async get(
    @Access() access: WorkspaceAccess,
    @Query() query: ComparisonQueryDto,
  ): Promise<{ data: ComparisonReport }> {
    const { workspace } = access;
    const baseline = query.baseline ?? IN_HOUSE;
    const challengers = query.challengers
      ?.split(',')
      .map((g) => g.trim())
      .filter(Boolean);
    for (const [field, group] of [
      ['baseline', baseline],
      ...(challengers ?? []).map((g) => ['challengers', g]),
    ]) {
      if (!GROUP.test(group)) throw fieldError(field, `${field}: in_house or agency:<name>, got "${group}"`);
    }
    const all = query.from && query.to ? null : await this.comparison.dataPeriod(workspace);
    if (!all && !(query.from && query.to))
      throw new UnprocessableEntityException({
        code: 'unprocessable',
        message: 'The workspace has no items yet: nothing to compare',
      });
    const from = query.from ? day(query.from, workspace.timeZone, 'from') : all!.from;
    const to = query.to ? day(query.to, workspace.timeZone, 'to', 1) : all!.to;
    if (to <= from) throw fieldError('to', `to (${query.to ?? 'the last day of data'}) is before from`);
    return { data: await this.comparison.compare(workspace, { from, to }, { baseline, challengers }) };
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
