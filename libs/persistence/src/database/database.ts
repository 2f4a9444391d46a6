import type { DataSource } from 'typeorm';
import { createDataSource } from './data-source.factory.js';
import { redactUrl, resolveDatabaseConfig, type DatabaseConfig } from './database-config.js';
import { startEmbeddedPostgres, type EmbeddedPostgres } from './embedded-postgres.js';

export interface OpenDatabase {
  dataSource: DataSource;
  kind: DatabaseConfig['kind'];
  /** Connection URL with the password hidden, for messages. */
  displayUrl: string;
  /** Embedded only: a dump of the data directory (the test suite copies a migrated database from it). */
  dumpEmbeddedDataDir(): Promise<Blob>;
  close(): Promise<void>;
}

/** Opens the configured database (embedded by default), brings its schema up to date, and returns it. */
export async function openDatabase(
  config: DatabaseConfig = resolveDatabaseConfig(),
  options: { migrate?: boolean; loadDataDir?: Blob } = {},
): Promise<OpenDatabase> {
  let embedded: EmbeddedPostgres | null = null;
  let url: string;
  if (config.kind === 'server') {
    url = config.url;
  } else {
    embedded = await startEmbeddedPostgres({
      dataDir: config.dataDir,
      maxConnections: config.poolSize + 2,
      loadDataDir: options.loadDataDir,
    });
    url = embedded.url;
  }
  const dataSource = createDataSource(url, config.poolSize);
  try {
    await dataSource.initialize();
    if (options.migrate !== false) await dataSource.runMigrations({ transaction: 'each' });
  } catch (error) {
    if (dataSource.isInitialized) await dataSource.destroy();
    await embedded?.close();
    throw error;
  }
  return {
    dataSource,
    kind: config.kind,
    displayUrl:
      config.kind === 'server' ? redactUrl(url) : `embedded PGlite (${config.dataDir ?? 'in memory'})`,
    async dumpEmbeddedDataDir() {
      if (!embedded) throw new Error('dumpEmbeddedDataDir: the database is a server, not embedded');
      return embedded.dumpDataDir();
    },
    async close() {
      if (dataSource.isInitialized) await dataSource.destroy();
      await embedded?.close();
    },
  };
}
