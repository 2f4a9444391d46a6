import { Body, Delete, Get, HttpCode, Post, Put, Query } from '@nestjs/common';
import { ApiNoContentResponse } from '@nestjs/swagger';
import { EngineSettingsService } from '#reporting';
import type { WorkspaceAccess } from '../auth/access-context.js';
import { Access, Endpoint } from '../auth/auth.decorators.js';
import { ApiDataResponse, ApiPageResponse, paginate, PageQueryDto, type Page } from '../http/pagination.js';
import { UuidParam } from '../http/uuid-param.js';
import { WorkspaceController } from '../http/workspace-controller.js';
import { CostModelDto, CostModelInputDto, toCostModel, toCostModelDto } from './cost-models.dto.js';
import { engineSettings } from './engine-errors.util.js';

const COST_DESCRIPTION =
  'Monthly amounts are prorated by calendar day; per-item fees are charged per outbound item or per response. ' +
  'One model per group and first day; one currency per group.';

@WorkspaceController('cost-models', 'cost models')
export class CostModelsController {
  constructor(private readonly settings: EngineSettingsService) {}

  @Get()
  @Endpoint({
    operationId: 'listCostModels',
    summary: 'Cost models of the sourcing groups, by group and first day',
    permission: 'cost-models.read',
  })
  @ApiPageResponse(CostModelDto)
  async list(@Access() access: WorkspaceAccess, @Query() query: PageQueryDto): Promise<Page<CostModelDto>> {
    return paginate((await this.settings.listCostModels(access.workspace.id)).map(toCostModelDto), query);
  }

  @Get(':costModelId')
  @Endpoint({ operationId: 'getCostModel', summary: 'One cost model', permission: 'cost-models.read' })
  @ApiDataResponse(CostModelDto)
  async get(
    @Access() access: WorkspaceAccess,
    @UuidParam('costModelId') id: string,
  ): Promise<{ data: CostModelDto }> {
    const model = await engineSettings(() => this.settings.getCostModel(access.workspace.id, id));
    return { data: toCostModelDto(model) };
  }

  @Post()
  @Endpoint({
    operationId: 'createCostModel',
    summary: 'Add a cost model',
    description: COST_DESCRIPTION,
    permission: 'cost-models.write',
  })
  @ApiDataResponse(CostModelDto, 201)
  async create(
    @Access() access: WorkspaceAccess,
    @Body() body: CostModelInputDto,
  ): Promise<{ data: CostModelDto }> {
    const model = await engineSettings(() =>
      this.settings.createCostModel(access.workspace.id, toCostModel(body), access.actor),
    );
    return { data: toCostModelDto(model) };
  }

  @Put(':costModelId')
  @Endpoint({
    operationId: 'replaceCostModel',
    summary: 'Replace a cost model',
    description: COST_DESCRIPTION,
    permission: 'cost-models.write',
  })
  @ApiDataResponse(CostModelDto)
  async replace(
    @Access() access: WorkspaceAccess,
    @UuidParam('costModelId') id: string,
    @Body() body: CostModelInputDto,
  ): Promise<{ data: CostModelDto }> {
    const model = await engineSettings(() =>
      this.settings.updateCostModel(access.workspace.id, id, toCostModel(body), access.actor),
    );
    return { data: toCostModelDto(model) };
  }

  @Delete(':costModelId')
  @HttpCode(204)
  @Endpoint({
    operationId: 'deleteCostModel',
    summary: 'Remove a cost model',
    permission: 'cost-models.write',
  })
  @ApiNoContentResponse({ description: 'Removed' })
  async remove(@Access() access: WorkspaceAccess, @UuidParam('costModelId') id: string): Promise<void> {
    await engineSettings(() => this.settings.deleteCostModel(access.workspace.id, id, access.actor));
  }
}
