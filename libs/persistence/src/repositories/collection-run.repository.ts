import { Like, type DataSource } from 'typeorm';
import { CollectionRunEntity, type RejectedRow } from '../entities/collection-run.entity.js';
import type { PageOf, PageRequest } from './page.util.js';

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

  /** One page of the workspace's runs, newest first; `onlyImports`: the runs of file imports alone. */
  async pageByWorkspace(
    workspaceId: string,
    onlyImports: boolean,
    page: PageRequest,
  ): Promise<PageOf<CollectionRunEntity>> {
    const [rows, total] = await this.repo.findAndCount({
      where: onlyImports ? { workspaceId, source: Like('import:%') } : { workspaceId },
      order: { startedAt: 'DESC', id: 'DESC' },
      skip: page.offset,
      take: page.limit,
    });
    return { rows, total };
  }

  listByWorkspace(workspaceId: string, limit = 50): Promise<CollectionRunEntity[]> {
    return this.repo.find({ where: { workspaceId }, order: { startedAt: 'DESC' }, take: limit });
  }
}
