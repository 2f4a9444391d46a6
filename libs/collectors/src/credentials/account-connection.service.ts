import { Inject, Injectable } from '@nestjs/common';
import {
  AccountConnectionRepository,
  AccountRepository,
  AuditLogService,
  type AccountEntity,
} from '#persistence';
import { COLLECTION_CLOCK, type CollectionClock } from '../collection/collection-clock.js';
import type { AccountConnectionSecrets } from '../connectors/connector.types.js';
import { CREDENTIAL_CIPHER, CredentialCipher } from './credential-cipher.js';

export interface ConnectAccountInput {
  workspaceId: string;
  platform: string;
  handle: string;
  /** The platform's id: X user id, Page id, Mastodon account id, Bluesky DID. */
  externalId: string;
  /** Not secret (instanceUrl, pdsUrl). */
  settings: Record<string, string>;
  /** Secret fields (token, appPassword, identifier); empty: public data only. */
  secret: Record<string, string>;
}

/** The connection as the collector sees it; `problem` says why the secret could not be opened. */
export interface LoadedConnection extends AccountConnectionSecrets {
  problem: string | null;
}

export interface RotationResult {
  resealed: number;
  alreadyCurrent: number;
  failed: { accountId: string; reason: string }[];
}

/**
 * Accounts and their platform credentials: `ledger account connect` creates the account if needed and stores
 * its secret sealed (AES-256-GCM); the collector opens it; rotation re-seals every row with the current key.
 * Each stored or re-sealed secret commits together with its audit entry (`credentials.changed`,
 * `credentials.rotated`). Secrets never leave this service except to the connector that uses them.
 */
@Injectable()
export class AccountConnectionService {
  constructor(
    private readonly accounts: AccountRepository,
    private readonly connections: AccountConnectionRepository,
    @Inject(CREDENTIAL_CIPHER) private readonly cipher: CredentialCipher,
    @Inject(COLLECTION_CLOCK) private readonly clock: CollectionClock,
    /** Records each credentials change (field names and key ids, never values) in the change's transaction. */
    private readonly audit: AuditLogService,
  ) {}

  async connect(input: ConnectAccountInput): Promise<AccountEntity> {
    await this.accounts.ensureMany(input.workspaceId, [
      { platform: input.platform, handle: input.handle, externalId: input.externalId },
    ]);
    const account = (await this.accounts.listByWorkspace(input.workspaceId)).find(
      (a) => a.platform === input.platform && a.externalId === input.externalId,
    );
    if (!account) throw new Error(`account ${input.platform}:${input.externalId} was not created`);
    const sealed = this.cipher.seal(input.secret, account.id);
    // The new secret and its entry commit together: no credential is stored that the log does not show.
    await this.connections.transaction(async (m) => {
      await this.connections.save(input.workspaceId, account.id, input.settings, sealed, this.clock.now(), m);
      await this.audit.record(
        {
          workspaceId: input.workspaceId,
          action: 'credentials.changed',
          entityType: 'account',
          entityId: account.id,
          payload: {
            platform: input.platform,
            handle: input.handle,
            settings: input.settings,
            secretFields: Object.keys(input.secret).sort(),
          },
        },
        m,
      );
    });
    return account;
  }

  /** Null when the account was never connected (public data only, with no settings). */
  async load(accountId: string): Promise<LoadedConnection | null> {
    const row = await this.connections.findByAccount(accountId);
    if (!row) return null;
    try {
      return { settings: row.settings, secret: this.cipher.open(row, accountId), problem: null };
    } catch (error) {
      return { settings: row.settings, secret: {}, problem: (error as Error).message };
    }
  }

  /** Which secret fields and settings an account has, without their values (for listings). */
  async describe(
    accountId: string,
  ): Promise<{ settings: Record<string, string>; secretFields: string[]; keyId: string } | null> {
    const row = await this.connections.findByAccount(accountId);
    if (!row) return null;
    let secretFields: string[];
    try {
      secretFields = Object.keys(this.cipher.open(row, accountId)).sort();
    } catch {
      secretFields = ['(cannot be opened with the configured key)'];
    }
    return { settings: row.settings, secretFields, keyId: row.keyId };
  }

  /** Re-seals every connection not sealed with the current key (the previous key must still be configured). */
  async rotate(): Promise<RotationResult> {
    const result: RotationResult = { resealed: 0, alreadyCurrent: 0, failed: [] };
    if (this.cipher.currentKeyId === null) this.cipher.seal({}, 'check'); // throws the key-missing explanation
    for (const row of await this.connections.listAll()) {
      if (!this.cipher.isStale(row)) {
        result.alreadyCurrent += 1;
        continue;
      }
      try {
        const secret = this.cipher.open(row, row.accountId);
        const next = this.cipher.seal(secret, row.accountId);
        // Each re-sealed secret and its entry (in the account's workspace) commit together.
        const resealed = await this.connections.transaction(async (m) => {
          if (!(await this.connections.reseal(row.accountId, row, next, this.clock.now(), m))) return false;
          await this.audit.record(
            {
              workspaceId: row.workspaceId,
              action: 'credentials.rotated',
              entityType: 'account',
              entityId: row.accountId,
              payload: {
                keyId: { from: row.keyId, to: next.keyId },
                secretFields: Object.keys(secret).sort(),
              },
            },
            m,
          );
          return true;
        });
        if (resealed) result.resealed += 1;
      } catch (error) {
        result.failed.push({ accountId: row.accountId, reason: (error as Error).message });
      }
    }
    return result;
  }
}
