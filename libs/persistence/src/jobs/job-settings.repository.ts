import type { DataSource } from 'typeorm';
import { JobSettingsEntity } from './job-settings.entity.js';

export type JobSettingsOverrides = Partial<
  Omit<JobSettingsEntity, 'workspaceId' | 'workspace' | 'updatedAt'>
>;

export class JobSettingsRepository {
  constructor(private readonly dataSource: DataSource) {}

  private get repo() {
    return this.dataSource.getRepository(JobSettingsEntity);
  }

  /** The workspace's overrides; null when it uses the defaults throughout. */
  find(workspaceId: string): Promise<JobSettingsEntity | null> {
    return this.repo.findOneBy({ workspaceId });
  }

  list(): Promise<JobSettingsEntity[]> {
    return this.repo.find();
  }

  /** Sets the given overrides (null restores a default); fields not given are kept. */
  async save(workspaceId: string, overrides: JobSettingsOverrides): Promise<JobSettingsEntity> {
    const existing = await this.repo.findOneBy({ workspaceId });
    return this.repo.save({ ...(existing ?? { workspaceId }), ...overrides });
  }
}
