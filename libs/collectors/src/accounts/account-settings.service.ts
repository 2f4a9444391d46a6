import { Injectable } from '@nestjs/common';
import { compileSignaturePattern, isTimeZone, notATimeZone } from '#domain';
import { AccountRepository, AuditLogService, type AccountEntity } from '#persistence';
import { DataSource } from 'typeorm';
import { AttributionService } from '../attribution/attribution.service.js';

/** What a person may change on an account; a field left out is kept. */
export interface AccountSettingsChange {
  timeZone?: string;
  /** First-response target in business minutes, a positive whole number. */
  slaMinutes?: number;
  /** Regex whose group 1 is the signature; null restores the default pattern. */
  signaturePattern?: string | null;
  /** Weekly business hours; null restores the workspace default. */
  businessHours?: { day: number; startMinute: number; endMinute: number }[] | null;
}

export interface AccountSettingsResult {
  account: AccountEntity;
  /** The fields changed, each with its value before and after (as recorded in the audit log). */
  changes: Record<string, { from: unknown; to: unknown }>;
  itemsReattributed: number;
  operatorsCreated: string[];
}

/**
 * A setting that cannot be stored: `field` names the input (`timeZone`, `businessHours[2]` …), `reason`
 * says why without the field name, `message` says both (the API's wording; the CLI names its own option).
 */
export class AccountSettingsError extends Error {
  constructor(
    readonly field: keyof AccountSettingsChange | 'body' | `businessHours[${number}]`,
    readonly reason: string,
    message: string,
  ) {
    super(message);
    this.name = 'AccountSettingsError';
  }
}

type StoredSettings = Parameters<AccountRepository['updateSettings']>[1];

/**
 * Changing an account's settings, for the API and the command line alike (so that the two cannot drift): the
 * settings are checked, stored together with their `account.updated` audit entry in one transaction (from/to
 * of each field), then the workspace's replies are re-attributed, since a new signature pattern changes who is
 * blamed for what. Re-attribution follows from the stored settings and can be redone at any time, so it runs
 * after the commit.
 */
@Injectable()
export class AccountSettingsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly accounts: AccountRepository,
    private readonly attribution: AttributionService,
    private readonly audit: AuditLogService,
  ) {}

  async update(
    workspaceId: string,
    account: AccountEntity,
    change: AccountSettingsChange,
    /** Default: the audit log's default actor (the request's caller, LEDGER_ACTOR, or program and user). */
    actor?: string,
  ): Promise<AccountSettingsResult> {
    if (account.workspaceId !== workspaceId)
      throw new Error(`account ${account.id} is not in workspace ${workspaceId}`);
    const settings = checkedSettings(change);
    const changes = Object.fromEntries(
      Object.entries(settings).map(([k, to]) => [k, { from: account[k as keyof StoredSettings], to }]),
    );
    await this.dataSource.transaction(async (m) => {
      await this.accounts.updateSettings(account.id, settings, m);
      await this.audit.record(
        {
          workspaceId,
          action: 'account.updated',
          entityType: 'account',
          entityId: account.id,
          actor,
          payload: { handle: account.handle, changes },
        },
        m,
      );
    });
    const attribution = await this.attribution.attributeWorkspace(workspaceId);
    const updated = await this.accounts.findById(workspaceId, account.id);
    if (!updated) throw new Error(`account ${account.id} disappeared while it was being changed`);
    return {
      account: updated,
      changes,
      itemsReattributed: attribution.itemsChanged,
      operatorsCreated: attribution.operatorsCreated,
    };
  }
}

/** The change as stored columns, or the first thing wrong with it. */
export function checkedSettings(change: AccountSettingsChange): StoredSettings {
  const settings: StoredSettings = {};
  if (change.timeZone !== undefined) {
    if (!isTimeZone(change.timeZone)) {
      const reason = notATimeZone(change.timeZone);
      throw new AccountSettingsError('timeZone', reason, `timeZone ${reason}`);
    }
    settings.timeZone = change.timeZone;
  }
  if (change.slaMinutes !== undefined) {
    if (!Number.isInteger(change.slaMinutes) || change.slaMinutes <= 0) {
      const reason = `a positive whole number of minutes, got ${change.slaMinutes}`;
      throw new AccountSettingsError('slaMinutes', reason, `slaMinutes: ${reason}`);
    }
    settings.slaTargetSeconds = change.slaMinutes * 60;
  }
  if (change.signaturePattern !== undefined) {
    try {
      compileSignaturePattern(change.signaturePattern);
    } catch (error) {
      const reason = (error as Error).message;
      throw new AccountSettingsError('signaturePattern', reason, `signaturePattern: ${reason}`);
    }
    settings.signaturePattern = change.signaturePattern;
  }
  if (change.businessHours !== undefined) {
    const bad = (change.businessHours ?? []).findIndex((w) => w.startMinute >= w.endMinute);
    if (bad >= 0)
      throw new AccountSettingsError(
        `businessHours[${bad}]`,
        'startMinute must be before endMinute',
        `businessHours[${bad}].startMinute must be before endMinute`,
      );
    settings.businessHours = change.businessHours;
  }
  if (Object.keys(settings).length === 0)
    throw new AccountSettingsError(
      'body',
      'nothing to change',
      'Nothing to change: give timeZone, slaMinutes, signaturePattern or businessHours',
    );
  return settings;
}
