// The jobs feature's share of the data layer: its entities, migrations and repositories, registered with the
// DataSource and PersistenceModule through the arrays below. Add classes here; nothing outside this folder.
import type { DataSource, MigrationInterface } from 'typeorm';
import { JobsSchema1795797862474 } from './1795797862474-jobs-schema.migration.js';
import { JobAttemptEntity } from './job-attempt.entity.js';
import { JobHistoryRepository } from './job-history.repository.js';
import { JobPlanningRepository } from './job-planning.repository.js';
import { JobRecordEntity } from './job-record.entity.js';
import { JobRecordRepository } from './job-record.repository.js';
import { JobSettingsEntity } from './job-settings.entity.js';
import { JobSettingsRepository } from './job-settings.repository.js';
import { RetentionRepository } from './retention.repository.js';

export * from './job-attempt.entity.js';
export * from './job-history.repository.js';
export * from './job-planning.repository.js';
export * from './job-record.entity.js';
export * from './job-record.repository.js';
export * from './job-settings.entity.js';
export * from './job-settings.repository.js';
export * from './queue-sql.executor.js';
export * from './retention.repository.js';

type EntityClass = new () => object;
type MigrationClass = new () => MigrationInterface;

/** Entity classes of this feature (registered with the DataSource). */
export const JOBS_ENTITIES: EntityClass[] = [JobSettingsEntity, JobRecordEntity, JobAttemptEntity];

/** Migration classes of this feature (TypeORM runs all migrations in timestamp order). */
export const JOBS_MIGRATIONS: MigrationClass[] = [JobsSchema1795797862474];

/** Repository classes of this feature: each is constructed with the DataSource and provided by PersistenceModule. */
export const JOBS_REPOSITORIES: (new (dataSource: DataSource) => object)[] = [
  JobSettingsRepository,
  JobRecordRepository,
  JobHistoryRepository,
  JobPlanningRepository,
  RetentionRepository,
];
