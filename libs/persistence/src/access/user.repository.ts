import type { DataSource } from 'typeorm';
import { normalizeEmail } from './access-secrets.util.js';
import { UserEntity } from './user.entity.js';

export class UserRepository {
  constructor(private readonly dataSource: DataSource) {}

  private get repo() {
    return this.dataSource.getRepository(UserEntity);
  }

  findByEmail(email: string): Promise<UserEntity | null> {
    return this.repo.findOneBy({ email: normalizeEmail(email) });
  }

  findById(id: string): Promise<UserEntity | null> {
    return this.repo.findOneBy({ id });
  }

  count(): Promise<number> {
    return this.repo.count();
  }

  /** Creates the user; returns null when the e-mail address is taken (nothing is changed then). */
  async create(email: string, passwordHash: string): Promise<UserEntity | null> {
    const result = await this.repo
      .createQueryBuilder()
      .insert()
      .values({ email: normalizeEmail(email), passwordHash })
      .orIgnore()
      .returning('id')
      .execute();
    if (result.identifiers.length === 0 || !result.identifiers[0]) return null;
    return this.findByEmail(email);
  }

  async setPasswordHash(userId: string, passwordHash: string): Promise<void> {
    await this.repo.update(userId, { passwordHash });
  }
}
