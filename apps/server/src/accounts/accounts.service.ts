import { BadRequestException, Injectable, NotFoundException } from '@nestjs/common';
import { AttributionService } from '#collectors';
import { compileSignaturePattern, isTimeZone, notATimeZone } from '#domain';
import {
  AccountRepository,
  AuditLogService,
  type AccountEntity,
  type PageOf,
  type PageRequest,
} from '#persistence';
import { DataSource } from 'typeorm';
import type { WorkspaceAccess } from '../auth/access-context.js';
import type { UpdateAccountDto } from './accounts.dto.js';

/** Accounts of one workspace; every lookup is by workspace first, so another workspace's id is simply not found. */
@Injectable()
export class AccountsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly accounts: AccountRepository,
    private readonly attribution: AttributionService,
    private readonly audit: AuditLogService,
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

  async update(
    access: WorkspaceAccess,
    id: string,
    input: UpdateAccountDto,
  ): Promise<{ account: AccountEntity; itemsReattributed: number }> {
    const workspaceId = access.workspace.id;
    const account = await this.get(workspaceId, id);
    const settings: Parameters<AccountRepository['updateSettings']>[1] = {};
    if (input.timeZone !== undefined) {
      if (!isTimeZone(input.timeZone))
        throw fieldError('timeZone', `timeZone ${notATimeZone(input.timeZone)}`);
      settings.timeZone = input.timeZone;
    }
    if (input.slaMinutes !== undefined) settings.slaTargetSeconds = input.slaMinutes * 60;
    if (input.signaturePattern !== undefined) {
      try {
        compileSignaturePattern(input.signaturePattern);
      } catch (error) {
        throw fieldError('signaturePattern', `signaturePattern: ${(error as Error).message}`);
      }
      settings.signaturePattern = input.signaturePattern;
    }
    if (input.businessHours !== undefined) {
      const bad = (input.businessHours ?? []).findIndex((w) => w.startMinute >= w.endMinute);
      if (bad >= 0)
        throw fieldError(
          `businessHours[${bad}]`,
          `businessHours[${bad}].startMinute must be before endMinute`,
        );
      settings.businessHours = input.businessHours;
    }
    if (Object.keys(settings).length === 0)
      throw fieldError(
        'body',
        'Nothing to change: give timeZone, slaMinutes, signaturePattern or businessHours',
      );
    // The change and its audit entry commit together; re-attribution follows from the stored settings and
    // can be redone at any time, so it runs after the commit (it is not part of what is audited).
    await this.dataSource.transaction(async (m) => {
      await this.accounts.updateSettings(account.id, settings, m);
      await this.audit.record(
        {
          workspaceId,
          action: 'account.updated',
          entityType: 'account',
          entityId: account.id,
          actor: access.actor,
          payload: {
            handle: account.handle,
            changes: Object.fromEntries(
              Object.entries(settings).map(([k, to]) => [
                k,
                { from: account[k as keyof typeof settings], to },
              ]),
            ),
          },
        },
        m,
      );
    });
    const attribution = await this.attribution.attributeWorkspace(workspaceId);
    return { account: await this.get(workspaceId, id), itemsReattributed: attribution.itemsChanged };
  }
}

export function fieldError(field: string, message: string): BadRequestException {
  return new BadRequestException({ code: 'validation_failed', message, fields: [{ field, message }] });
}
