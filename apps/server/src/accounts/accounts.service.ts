import { BadRequestException, Injectable, NotFoundException } from '@nestjs/common';
import { AccountSettingsError, AccountSettingsService } from '#collectors';
import { AccountRepository, type AccountEntity, type PageOf, type PageRequest } from '#persistence';
import type { WorkspaceAccess } from '../auth/access-context.js';
import type { UpdateAccountDto } from './accounts.dto.js';

/** Accounts of one workspace; every lookup is by workspace first, so another workspace's id is simply not found. */
@Injectable()
export class AccountsService {
  constructor(
    private readonly accounts: AccountRepository,
    private readonly settings: AccountSettingsService,
  ) {}

  list(workspaceId: string): Promise<AccountEntity[]> {
    return this.accounts.listByWorkspace(workspaceId);
  }

  page(workspaceId: string, page: PageRequest): Promise<PageOf<AccountEntity>> {
    return this.accounts.pageByWorkspace(workspaceId, page);
  }

  async get(workspaceId: string, id: string): Promise<AccountEntity> {
    const account = await this.accounts.findById(workspaceId, id);
    if (!account) throw new NotFoundException(`No account ${id}`);
    return account;
  }

  /** The change, its audit entry and the re-attribution: the shared AccountSettingsService (the CLI uses it too). */
  async update(
    access: WorkspaceAccess,
    id: string,
    input: UpdateAccountDto,
  ): Promise<{ account: AccountEntity; itemsReattributed: number }> {
    const account = await this.get(access.workspace.id, id);
    try {
      const result = await this.settings.update(access.workspace.id, account, input, access.actor);
      return { account: result.account, itemsReattributed: result.itemsReattributed };
    } catch (error) {
      if (error instanceof AccountSettingsError) throw fieldError(error.field, error.message);
      throw error;
    }
  }
}

export function fieldError(field: string, message: string): BadRequestException {
  return new BadRequestException({ code: 'validation_failed', message, fields: [{ field, message }] });
}
