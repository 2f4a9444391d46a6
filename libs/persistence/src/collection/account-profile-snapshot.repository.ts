import type { DataSource } from 'typeorm';
import { AccountProfileSnapshotEntity } from './account-profile-snapshot.entity.js';

export interface ProfileReading {
  followers: number | null;
  following: number | null;
  posts: number | null;
}

export class AccountProfileSnapshotRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Stores the reading when it differs from the account's latest one; returns whether it did. */
  async recordChanged(
    workspaceId: string,
    accountId: string,
    capturedAt: Date,
    reading: ProfileReading,
  ): Promise<boolean> {
    const rows: unknown[] = await this.dataSource.query(
      `INSERT INTO account_profile_snapshot (workspace_id, account_id, captured_at, followers, following, posts)
       SELECT $1, $2, $3, $4, $5, $6
       WHERE NOT EXISTS (
         SELECT 1 FROM (SELECT followers, following, posts FROM account_profile_snapshot
                        WHERE account_id = $2 ORDER BY captured_at DESC LIMIT 1) l
         WHERE (l.followers, l.following, l.posts) IS NOT DISTINCT FROM ($4::int, $5::int, $6::int))
       ON CONFLICT (account_id, captured_at) DO UPDATE
         SET followers = EXCLUDED.followers, following = EXCLUDED.following, posts = EXCLUDED.posts
       RETURNING id`,
      [workspaceId, accountId, capturedAt, reading.followers, reading.following, reading.posts],
    );
    return rows.length > 0;
  }

  /** The latest profile reading at or before an instant (followers at posting time). */
  latestAt(accountId: string, instant: Date): Promise<AccountProfileSnapshotEntity | null> {
    return this.dataSource
      .getRepository(AccountProfileSnapshotEntity)
      .createQueryBuilder('p')
      .where('p.account_id = :accountId AND p.captured_at <= :instant', { accountId, instant })
      .orderBy('p.captured_at', 'DESC')
      .getOne();
  }
}
