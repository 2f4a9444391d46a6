import type { DataSource, EntityManager } from 'typeorm';
import { WorkspaceEntity } from '../entities/workspace.entity.js';

export class WorkspaceRepository {
  constructor(private readonly dataSource: DataSource) {}

  private get repo() {
    return this.dataSource.getRepository(WorkspaceEntity);
  }

  findBySlug(slug: string): Promise<WorkspaceEntity | null> {
    return this.repo.findOneBy({ slug });
  }

  findById(id: string): Promise<WorkspaceEntity | null> {
    return this.repo.findOneBy({ id });
  }

  list(): Promise<WorkspaceEntity[]> {
    return this.repo.find({ order: { slug: 'ASC' } });
  }

  /** Changes a workspace's name, time zone or locale; only the fields given are touched. `manager`: the caller's transaction. */
  async updateSettings(
    id: string,
    settings: Partial<Pick<WorkspaceEntity, 'name' | 'timeZone' | 'locale'>>,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<WorkspaceEntity> {
    const repo = manager.getRepository(WorkspaceEntity);
    if (Object.keys(settings).length > 0) await repo.update(id, settings);
    return repo.findOneByOrFail({ id });
  }

  /** The workspace with this slug, created with the given settings if it does not exist yet. */
  async ensure(
    slug: string,
    init: Partial<Pick<WorkspaceEntity, 'name' | 'timeZone' | 'locale' | 'isDemo'>> = {},
  ): Promise<WorkspaceEntity> {
    await this.repo
      .createQueryBuilder()
      .insert()
      .values({
        slug,
        name: init.name ?? slug,
        timeZone: init.timeZone ?? 'UTC',
        locale: init.locale ?? 'en',
        isDemo: init.isDemo ?? false,
      })
      .orIgnore()
      .execute();
    return this.repo.findOneByOrFail({ slug });
  }
}
