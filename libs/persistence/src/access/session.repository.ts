import type { DataSource } from 'typeorm';
import { SessionEntity } from './session.entity.js';

export class SessionRepository {
  constructor(private readonly dataSource: DataSource) {}

  private get repo() {
    return this.dataSource.getRepository(SessionEntity);
  }

  create(userId: string, tokenHash: string, expiresAt: Date): Promise<SessionEntity> {
    return this.repo.save(this.repo.create({ userId, tokenHash, expiresAt }));
  }

  /** The session with this token hash unless it has expired at `now`. */
  findValid(tokenHash: string, now: Date): Promise<SessionEntity | null> {
    return this.repo
      .createQueryBuilder('s')
      .where('s.token_hash = :tokenHash AND s.expires_at > :now', { tokenHash, now })
      .getOne();
  }

  async delete(tokenHash: string): Promise<void> {
    await this.repo.delete({ tokenHash });
  }

  /** Forgets sessions that have expired; returns how many. */
  async deleteExpired(now: Date): Promise<number> {
    const [, affected]: [unknown[], number] = await this.dataSource.query(
      `DELETE FROM user_session WHERE expires_at <= $1`,
      [now],
    );
    return affected;
  }
}
