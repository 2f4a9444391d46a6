import { Body, Get, Patch, Query } from '@nestjs/common';
import type { WorkspaceAccess } from '../auth/access-context.js';
import { Access, Endpoint } from '../auth/auth.decorators.js';
import { ApiDataResponse, ApiPageResponse, paginate, PageQueryDto, type Page } from '../http/pagination.js';
import { UuidParam } from '../http/uuid-param.js';
import { WorkspaceController } from '../http/workspace-controller.js';
import { AccountDto, AccountUpdatedDto, toAccountDto, UpdateAccountDto } from './accounts.dto.js';
import { AccountsService } from './accounts.service.js';

@WorkspaceController('accounts', 'accounts')
export class AccountsController {
  constructor(private readonly accounts: AccountsService) {}

  @Get()
  @Endpoint({
    operationId: 'listAccounts',
    summary: 'Accounts of the workspace',
    permission: 'accounts.read',
  })
  @ApiPageResponse(AccountDto)
  async list(@Access() access: WorkspaceAccess, @Query() query: PageQueryDto): Promise<Page<AccountDto>> {
    return paginate((await this.accounts.list(access.workspace.id)).map(toAccountDto), query);
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
    const result = await this.accounts.update(access.workspace.id, id, body);
    return { data: { account: toAccountDto(result.account), itemsReattributed: result.itemsReattributed } };
  }
}
