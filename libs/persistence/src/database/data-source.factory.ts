import { DataSource } from 'typeorm';
import { ENTITIES, SnakeNamingStrategy } from '../entities/index.js';
import { MIGRATIONS } from '../migrations/index.js';

/** The one TypeORM DataSource definition: used by the apps, the CLI, the tests and the migration check. */
export function createDataSource(url: string, poolSize: number): DataSource {
  return new DataSource({
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    namingStrategy: new SnakeNamingStrategy(),
    // gen_random_uuid() is built into PostgreSQL 13+ and PGlite: no extension to install, none installed.
    uuidExtension: 'pgcrypto',
    installExtensions: false,
    synchronize: false,
    migrationsRun: false,
    migrationsTransactionMode: 'each',
    logging: process.env.LEDGER_SQL_LOG === '1' ? ['query', 'error'] : ['error'],
    extra: { max: poolSize },
  });
}
