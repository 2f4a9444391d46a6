import { Body, Get, Put, Query } from '@nestjs/common';
import { EngineSettingsService } from '#reporting';
import type { WorkspaceAccess } from '../auth/access-context.js';
import { Access, Endpoint } from '../auth/auth.decorators.js';
import { ApiDataResponse, ApiPageResponse, paginate, PageQueryDto, type Page } from '../http/pagination.js';
import { UuidParam } from '../http/uuid-param.js';
import { WorkspaceController } from '../http/workspace-controller.js';
import { engineSettings } from './engine-errors.util.js';
import { ApiNullableDataResponse } from './engine-settings.openapi.js';
import {
  HouseStyleDto,
  HouseStyleInputDto,
  toHouseStyleDto,
  toHouseStyleSettings,
} from './house-styles.dto.js';

@WorkspaceController('house-styles', 'engine settings')
export class HouseStylesController {
  constructor(private readonly settings: EngineSettingsService) {}

  @Get()
  @Endpoint({
    operationId: 'listHouseStyles',
    summary: 'The house styles of the accounts that have one',
    permission: 'engine-settings.read',
  })
  @ApiPageResponse(HouseStyleDto)
  async list(@Access() access: WorkspaceAccess, @Query() query: PageQueryDto): Promise<Page<HouseStyleDto>> {
    return paginate((await this.settings.listHouseStyles(access.workspace.id)).map(toHouseStyleDto), query);
  }
}

@WorkspaceController('accounts/:accountId/house-style', 'engine settings')
export class AccountHouseStyleController {
  constructor(private readonly settings: EngineSettingsService) {}

  @Get()
  @Endpoint({
    operationId: 'getHouseStyle',
    summary: 'How an account is meant to sound: form of address, signature, emoji, reply length',
    permission: 'engine-settings.read',
  })
  @ApiNullableDataResponse(HouseStyleDto, "null: the account has no house style (its items are 'unchecked')")
  async get(
    @Access() access: WorkspaceAccess,
    @UuidParam('accountId') accountId: string,
  ): Promise<{ data: HouseStyleDto | null }> {
    const style = await engineSettings(() => this.settings.getHouseStyle(access.workspace.id, accountId));
    return { data: style && toHouseStyleDto(style) };
  }

  @Put()
  @Endpoint({
    operationId: 'setHouseStyle',
    summary: "Set an account's house style (replaces it; a field left out sets no rule)",
    description:
      'Tone (docs/metrics.md): per group, the share of outbound items that break it. The signature pattern ' +
      "is the account's own (PATCH …/accounts/{accountId}).",
    permission: 'engine-settings.write',
  })
  @ApiDataResponse(HouseStyleDto)
  async set(
    @Access() access: WorkspaceAccess,
    @UuidParam('accountId') accountId: string,
    @Body() body: HouseStyleInputDto,
  ): Promise<{ data: HouseStyleDto }> {
    const workspaceId = access.workspace.id;
    await engineSettings(() =>
      this.settings.setHouseStyle(workspaceId, accountId, toHouseStyleSettings(body), access.actor),
    );
    const style = await this.settings.getHouseStyle(workspaceId, accountId);
    return { data: toHouseStyleDto(style!) };
  }
}
