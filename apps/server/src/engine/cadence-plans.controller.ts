import { Body, Delete, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiNoContentResponse } from '@nestjs/swagger';
import { EngineSettingsService } from '#reporting';
import type { WorkspaceAccess } from '../auth/access-context.js';
import { Access, Endpoint } from '../auth/auth.decorators.js';
import { ApiDataResponse, ApiPageResponse, paginate, PageQueryDto, type Page } from '../http/pagination.js';
import { UuidParam } from '../http/uuid-param.js';
import { WorkspaceController } from '../http/workspace-controller.js';
import {
  CadencePlanDto,
  CadencePlanInputDto,
  CadencePlanSetDto,
  toCadencePlan,
  toCadencePlanDto,
} from './cadence-plans.dto.js';
import { engineSettings } from './engine-errors.util.js';

const PLAN_DESCRIPTION =
  'Volume against plan (docs/metrics.md) counts the outbound items of the kinds named per local day against ' +
  'these numbers. A plan replaces the one of the same account and group that starts the same day.';

@WorkspaceController('cadence-plans', 'engine settings')
export class CadencePlansController {
  constructor(private readonly settings: EngineSettingsService) {}

  @Get()
  @Endpoint({
    operationId: 'listCadencePlans',
    summary: "Every account's cadence plans, by account, group and first day",
    permission: 'engine-settings.read',
  })
  @ApiPageResponse(CadencePlanDto)
  async list(@Access() access: WorkspaceAccess, @Query() query: PageQueryDto): Promise<Page<CadencePlanDto>> {
    return paginate((await this.settings.listPlans(access.workspace.id)).map(toCadencePlanDto), query);
  }
}

@WorkspaceController('accounts/:accountId/cadence-plans', 'engine settings')
export class AccountCadencePlansController {
  constructor(private readonly settings: EngineSettingsService) {}

  @Get()
  @Endpoint({
    operationId: 'listAccountCadencePlans',
    summary: "An account's planned publishing cadence",
    permission: 'engine-settings.read',
  })
  @ApiPageResponse(CadencePlanDto)
  async list(
    @Access() access: WorkspaceAccess,
    @UuidParam('accountId') accountId: string,
    @Query() query: PageQueryDto,
  ): Promise<Page<CadencePlanDto>> {
    const plans = await engineSettings(() => this.settings.listPlans(access.workspace.id, accountId));
    return paginate(plans.map(toCadencePlanDto), query);
  }

  @Post()
  @Endpoint({
    operationId: 'setCadencePlan',
    summary: 'Plan how many items an account publishes per weekday, from a day on',
    description: PLAN_DESCRIPTION,
    permission: 'engine-settings.write',
  })
  @ApiDataResponse(CadencePlanSetDto, 201)
  async set(
    @Access() access: WorkspaceAccess,
    @UuidParam('accountId') accountId: string,
    @Body() body: CadencePlanInputDto,
  ): Promise<{ data: CadencePlanSetDto }> {
    const plan = toCadencePlan(accountId, body);
    const { id, replaced } = await engineSettings(() =>
      this.settings.setPlan(access.workspace.id, plan, access.actor),
    );
    return { data: { ...toCadencePlanDto({ ...plan, id }), replaced } };
  }

  @Delete(':cadencePlanId')
  @HttpCode(204)
  @Endpoint({
    operationId: 'deleteCadencePlan',
    summary: 'Remove a cadence plan',
    permission: 'engine-settings.write',
  })
  @ApiNoContentResponse({ description: 'Removed' })
  async remove(
    @Access() access: WorkspaceAccess,
    @UuidParam('accountId') accountId: string,
    @UuidParam('cadencePlanId') id: string,
  ): Promise<void> {
    await engineSettings(() => this.settings.deletePlan(access.workspace.id, accountId, id, access.actor));
  }
}
