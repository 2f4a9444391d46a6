import { Body, Get, Patch, Put, Query } from '@nestjs/common';
import { ApiServiceUnavailableResponse } from '@nestjs/swagger';
import type { WorkspaceAccess } from '../auth/access-context.js';
import { Access, Endpoint } from '../auth/auth.decorators.js';
import { ApiErrorDto } from '../http/api-error.js';
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
import { AccountDto, AccountUpdatedDto, toAccountDto, UpdateAccountDto } from './accounts.dto.js';
import { AccountCredentialsService } from './account-credentials.service.js';
import { AccountsService } from './accounts.service.js';
import { CredentialsStoredDto, PutCredentialsDto } from './credentials.dto.js';

@WorkspaceController('accounts', 'accounts')
export class AccountsController {
  constructor(
    private readonly accounts: AccountsService,
    private readonly credentials: AccountCredentialsService,
  ) {}

  @Get()
  @Endpoint({
    operationId: 'listAccounts',
    summary: 'Accounts of the workspace',
    permission: 'accounts.read',
  })
  @ApiPageResponse(AccountDto)
  async list(@Access() access: WorkspaceAccess, @Query() query: PageQueryDto): Promise<Page<AccountDto>> {
    const request = pageRequest(query);
    return toPage(await this.accounts.page(access.workspace.id, request), request, toAccountDto);
  }

  @Get(':accountId')
  @Endpoint({ operationId: 'getAccount', summary: 'One account', permission: 'accounts.read' })
  @ApiDataResponse(AccountDto)
  async get(
    @Access() access: WorkspaceAccess,
    @UuidParam('accountId') id: string,
  ): Promise<{ data: AccountDto }> {
    return { data: toAccountDto(await this.accounts.get(access.workspace.id, id)) };
  }

  @Patch(':accountId')
  @Endpoint({
    operationId: 'updateAccount',
    summary: 'Change an account; its replies are re-attributed',
    permission: 'accounts.update',
  })
  @ApiDataResponse(AccountUpdatedDto)
  async update(
    @Access() access: WorkspaceAccess,
    @UuidParam('accountId') id: string,
    @Body() body: UpdateAccountDto,
  ): Promise<{ data: AccountUpdatedDto }> {
    const result = await this.accounts.update(access, id, body);
    return { data: { account: toAccountDto(result.account), itemsReattributed: result.itemsReattributed } };
  }

  @Put(':accountId/credentials')
  @Endpoint({
    operationId: 'putAccountCredentials',
    summary: "Store the account's platform credentials (write-only: never answered, never logged)",
    description:
      'Sealed with AES-256-GCM under LEDGER_CREDENTIALS_KEY; replaces what was stored. The answer and the audit ' +
      'log name the fields stored, never their values. x, facebook, instagram: `token`; mastodon: `token` and ' +
      '`instanceUrl`; bluesky: `appPassword` (optional `identifier`, `pdsUrl`).',
    permission: 'credentials.write',
  })
  @ApiDataResponse(CredentialsStoredDto)
  @ApiServiceUnavailableResponse({
    type: ApiErrorDto,
    description: 'credentials_key_missing: the server has no (valid) LEDGER_CREDENTIALS_KEY',
  })
  async putCredentials(
    @Access() access: WorkspaceAccess,
    @UuidParam('accountId') id: string,
    @Body() body: PutCredentialsDto,
  ): Promise<{ data: CredentialsStoredDto }> {
    return { data: await this.credentials.put(access, id, body) };
  }
}
