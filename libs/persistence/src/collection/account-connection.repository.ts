import type { DataSource, EntityManager } from 'typeorm';
import type { Queryable } from '../incidents/queryable.util.js';
import { AccountConnectionEntity } from './account-connection.entity.js';

/** A secret as stored: AES-256-GCM output, base64, with the id of the key that sealed it. */
export interface SealedSecret {
  keyId: string;
  iv: string;
  ciphertext: string;
  authTag: string;
}

export class AccountConnectionRepository {
  constructor(private readonly dataSource: DataSource) {}

  private get repo() {
    return this.dataSource.getRepository(AccountConnectionEntity);
  }

  findByAccount(accountId: string): Promise<AccountConnectionEntity | null> {
    return this.repo.findOneBy({ accountId });
  }

  /** Every stored connection (all workspaces): key rotation re-seals them all. */
  listAll(): Promise<AccountConnectionEntity[]> {
    return this.repo.find({ order: { accountId: 'ASC' } });
  }

  /** Runs `work` in one transaction: a credentials change and its audit entry commit together. */
  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  /** `q`: the caller's transaction, if any. */
  async save(
    workspaceId: string,
    accountId: string,
    settings: Record<string, string>,
    sealed: SealedSecret,
    updatedAt: Date,
    q: Queryable = this.dataSource,
  ): Promise<void> {
    await q.query(
      `INSERT INTO account_connection (account_id, workspace_id, settings, key_id, iv, ciphertext, auth_tag, updated_at)
       VALUES ($1, $2, $3::jsonb, $4, $5, $6, $7, $8)
       ON CONFLICT (account_id) DO UPDATE SET settings = EXCLUDED.settings, key_id = EXCLUDED.key_id,
         iv = EXCLUDED.iv, ciphertext = EXCLUDED.ciphertext, auth_tag = EXCLUDED.auth_tag,
         updated_at = EXCLUDED.updated_at`,
      [
        accountId,
        workspaceId,
        JSON.stringify(settings),
        sealed.keyId,
        sealed.iv,
        sealed.ciphertext,
        sealed.authTag,
        updatedAt,
      ],
    );
  }

  /**
   * Replaces the sealed secret only if it is still the one that was read (a concurrent connect wins).
   * `q`: the caller's transaction, if any.
   */
  async reseal(
    accountId: string,
    previous: SealedSecret,
    next: SealedSecret,
    updatedAt: Date,
    q: Queryable = this.dataSource,
  ): Promise<boolean> {
    const [, affected] = (await q.query(
      `UPDATE account_connection SET key_id = $3, iv = $4, ciphertext = $5, auth_tag = $6, updated_at = $7
       WHERE account_id = $1 AND ciphertext = $2`,
      [accountId, previous.ciphertext, next.keyId, next.iv, next.ciphertext, next.authTag, updatedAt],
    )) as [unknown[], number];
    return affected === 1;
  }
}
