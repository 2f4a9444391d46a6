import type { DataSource } from 'typeorm';
import { CollectionRunEntity, type RejectedRow } from '../entities/collection-run.entity.js';

/** How many rejected rows a run keeps in detail; the count is always complete. */
export const MAX_STORED_REJECTIONS = 1000;

export class CollectionRunRepository {
  constructor(private readonly dataSource: DataSource) {}

  private get repo() {
    return this.dataSource.getRepository(CollectionRunEntity);
  }

  start(
    workspaceId: string,
    source: string,
    subject: string | null,
    startedAt: Date,
  ): Promise<CollectionRunEntity> {
    return this.repo.save(this.repo.create({ workspaceId, source, subject, status: 'running', startedAt }));
  }

  async finish(
    id: string,
    result: {
      status: 'succeeded' | 'partial' | 'failed';
      finishedAt: Date;
      rowsRead: number;
      rowsImported: number;
      rowsRejected: number;
      rejections: RejectedRow[];
      error?: string | null;
    },
  ): Promise<void> {
    await this.repo.update(id, {
      ...result,
      rejections: result.rejections.slice(0, MAX_STORED_REJECTIONS),
      error: result.error ?? null,
    });
  }

  findById(id: string): Promise<CollectionRunEntity | null> {
    return this.repo.findOneBy({ id });
  }

  listByWorkspace(workspaceId: string, limit = 50): Promise<CollectionRunEntity[]> {
    return this.repo.find({ where: { workspaceId }, order: { startedAt: 'DESC' }, take: limit });
  }
}
