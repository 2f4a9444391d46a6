import { IsNull, type DataSource, type EntityManager } from 'typeorm';
import type { Queryable } from '../incidents/queryable.util.js';
import type { PageOf, PageRequest } from '../repositories/page.util.js';
import { ApiKeyEntity } from './api-key.entity.js';

export interface NewApiKey {
  workspaceId: string;
  name: string;
  role: string;
  prefix: string;
  keyHash: string;
  createdBy: string;
}

export class ApiKeyRepository {
  constructor(private readonly dataSource: DataSource) {}

  private get repo() {
    return this.dataSource.getRepository(ApiKeyEntity);
  }

  /** `manager`: the caller's transaction, so that the key and its audit entry commit together. */
  create(key: NewApiKey, manager: EntityManager = this.dataSource.manager): Promise<ApiKeyEntity> {
    const repo = manager.getRepository(ApiKeyEntity);
    return repo.save(repo.create(key));
  }

  /** The key with this hash unless it was revoked. */
  findActiveByHash(keyHash: string): Promise<ApiKeyEntity | null> {
    return this.repo.findOneBy({ keyHash, revokedAt: IsNull() });
  }

  findById(workspaceId: string, id: string): Promise<ApiKeyEntity | null> {
    return this.repo.findOneBy({ workspaceId, id });
  }

  /** One page of the workspace's keys, newest first. */
  async pageByWorkspace(workspaceId: string, page: PageRequest): Promise<PageOf<ApiKeyEntity>> {
    const [rows, total] = await this.repo.findAndCount({
      where: { workspaceId },
      order: { createdAt: 'DESC', id: 'DESC' },
      skip: page.offset,
      take: page.limit,
    });
    return { rows, total };
  }

  listByWorkspace(workspaceId: string): Promise<ApiKeyEntity[]> {
    return this.repo.find({ where: { workspaceId }, order: { createdAt: 'DESC' } });
  }

  /** Revokes a key of this workspace; false when the workspace has no such key. A second revoke keeps the first time. */
  async revoke(workspaceId: string, id: string, at: Date, q: Queryable = this.dataSource): Promise<boolean> {
    const [, affected] = (await q.query(
      `UPDATE api_key SET revoked_at = COALESCE(revoked_at, $3) WHERE workspace_id = $1 AND id = $2`,
      [workspaceId, id, at],
    )) as [unknown[], number];
    return affected > 0;
  }

  /** Records use at most once a minute per key: a write on every request would be wasted. */
  async touch(id: string, at: Date): Promise<void> {
    await this.dataSource.query(
      `UPDATE api_key SET last_used_at = $2
       WHERE id = $1 AND (last_used_at IS NULL OR last_used_at < $2::timestamptz - interval '1 minute')`,
      [id, at],
    );
  }
}
