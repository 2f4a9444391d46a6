import type { DataSource, EntityManager } from 'typeorm';
import { JobSettingsEntity } from './job-settings.entity.js';

export type JobSettingsOverrides = Partial<
  Omit<JobSettingsEntity, 'workspaceId' | 'workspace' | 'updatedAt'>
>;

export class JobSettingsRepository {
  constructor(private readonly dataSource: DataSource) {}

  private get repo() {
    return this.dataSource.getRepository(JobSettingsEntity);
  }

  /** The workspace's overrides; null when it uses the defaults throughout. `manager`: the caller's transaction. */
  find(workspaceId: string, manager?: EntityManager): Promise<JobSettingsEntity | null> {
    return (manager?.getRepository(JobSettingsEntity) ?? this.repo).findOneBy({ workspaceId });
  }

  list(): Promise<JobSettingsEntity[]> {
    return this.repo.find();
  }

  /**
   * Sets the given overrides (null restores a default); fields not given are kept. `manager`: the caller's
   * transaction (the change and its audit entry commit together).
   */
  async save(
    workspaceId: string,
    overrides: JobSettingsOverrides,
    manager?: EntityManager,
  ): Promise<JobSettingsEntity> {
    const repo = manager?.getRepository(JobSettingsEntity) ?? this.repo;
    const existing = await repo.findOneBy({ workspaceId });
    return repo.save({ ...(existing ?? { workspaceId }), ...overrides });
  }
}
