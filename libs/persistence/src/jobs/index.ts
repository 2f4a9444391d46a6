// The jobs feature's share of the data layer: its entities, migrations and repositories, registered with the
// DataSource and PersistenceModule through the arrays below. Add classes here; nothing outside this folder.
import type { DataSource, MigrationInterface } from 'typeorm';

type EntityClass = new () => object;
type MigrationClass = new () => MigrationInterface;

/** Entity classes of this feature (registered with the DataSource). */
export const JOBS_ENTITIES: EntityClass[] = [];

/** Migration classes of this feature (TypeORM runs all migrations in timestamp order). */
export const JOBS_MIGRATIONS: MigrationClass[] = [];

/** Repository classes of this feature: each is constructed with the DataSource and provided by PersistenceModule. */
export const JOBS_REPOSITORIES: (new (dataSource: DataSource) => object)[] = [];
