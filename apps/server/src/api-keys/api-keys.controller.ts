import { Body, Delete, Get, HttpCode, NotFoundException, Post, Query } from '@nestjs/common';
import { ApiNoContentResponse } from '@nestjs/swagger';
import { ApiKeyRepository, ApiKeyService } from '#persistence';
import type { WorkspaceAccess } from '../auth/access-context.js';
import { Access, Endpoint } from '../auth/auth.decorators.js';
import {
  ApiDataResponse,
  ApiPageResponse,
  pageRequest,
  PageQueryDto,
  toPage,
  type Page,
} from '../http/pagination.js';
import { UuidParam } from '../http/uuid-param.js';
import { WorkspaceController } from '../http/workspace-controller.js';
import { ApiKeyDto, CreateApiKeyDto, CreatedApiKeyDto, toApiKeyDto } from './api-keys.dto.js';

@WorkspaceController('api-keys', 'api keys')
export class ApiKeysController {
  constructor(
    private readonly keys: ApiKeyRepository,
    private readonly apiKeys: ApiKeyService,
  ) {}

  @Get()
  @Endpoint({
    operationId: 'listApiKeys',
    summary: 'API keys of the workspace (never the keys themselves)',
    permission: 'api-keys.manage',
  })
  @ApiPageResponse(ApiKeyDto)
  async list(@Access() access: WorkspaceAccess, @Query() query: PageQueryDto): Promise<Page<ApiKeyDto>> {
    const request = pageRequest(query);
    return toPage(await this.keys.pageByWorkspace(access.workspace.id, request), request, toApiKeyDto);
  }

  @Post()
  @Endpoint({
    operationId: 'createApiKey',
    summary: 'Create an API key for this workspace; the answer shows the key once',
    permission: 'api-keys.manage',
  })
  @ApiDataResponse(CreatedApiKeyDto, 201)
  async create(
    @Access() access: WorkspaceAccess,
    @Body() body: CreateApiKeyDto,
  ): Promise<{ data: CreatedApiKeyDto }> {
    const { saved, key } = await this.apiKeys.create({
      workspaceId: access.workspace.id,
      name: body.name,
      role: body.role,
      actor: access.actor,
    });
    return { data: { ...toApiKeyDto(saved), key } };
  }

  @Delete(':keyId')
  @HttpCode(204)
  @Endpoint({
    operationId: 'revokeApiKey',
    summary: 'Revoke an API key: it authenticates nothing from now on',
    permission: 'api-keys.manage',
  })
  @ApiNoContentResponse({ description: 'Revoked' })
  async revoke(@Access() access: WorkspaceAccess, @UuidParam('keyId') id: string): Promise<void> {
    // A second revoke keeps the first time (204 again) and records nothing new.
    if ((await this.apiKeys.revoke(access.workspace.id, id, access.actor)) === 'not_found')
      throw new NotFoundException(`No API key ${id}`);
  }
}
