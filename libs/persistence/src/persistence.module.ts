import { Inject, Module, type DynamicModule, type OnApplicationShutdown } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { openDatabase, type OpenDatabase } from './database/database.js';
import type { DatabaseConfig } from './database/database-config.js';
import {
  AccountRepository,
  AssignmentRepository,
  CollectionRunRepository,
  InboundItemRepository,
  OperatorRepository,
  OutboundItemRepository,
  ReportRepository,
  ExportFactsRepository,
  TwcsStagingRepository,
  WorkspaceRepository,
} from './repositories/index.js';

import { COLLECTION_REPOSITORIES } from './collection/index.js';
import { ENGINE_REPOSITORIES } from './engine/index.js';
import { INCIDENTS_REPOSITORIES } from './incidents/index.js';
import { ACCESS_REPOSITORIES } from './access/index.js';
import { JOBS_REPOSITORIES } from './jobs/index.js';
import { REPORTING_REPOSITORIES } from './reporting/index.js';

export const OPEN_DATABASE = Symbol('OPEN_DATABASE');
const OWNS_DATABASE = Symbol('OWNS_DATABASE');

const REPOSITORIES = [
  WorkspaceRepository,
  AccountRepository,
  OperatorRepository,
  AssignmentRepository,
  TwcsStagingRepository,
  OutboundItemRepository,
  InboundItemRepository,
  CollectionRunRepository,
  ReportRepository,
  ExportFactsRepository,
  ...ENGINE_REPOSITORIES,
  ...COLLECTION_REPOSITORIES,
  ...JOBS_REPOSITORIES,
  ...INCIDENTS_REPOSITORIES,
  ...ACCESS_REPOSITORIES,
  ...REPORTING_REPOSITORIES,
];

/** Closes the database on shutdown when this module opened it (an unclosed PGlite keeps Node alive). */
class DatabaseLifecycle implements OnApplicationShutdown {
  constructor(
    @Inject(OPEN_DATABASE) private readonly db: OpenDatabase,
    @Inject(OWNS_DATABASE) private readonly owns: boolean,
  ) {}

  async onApplicationShutdown(): Promise<void> {
    if (this.owns) await this.db.close();
  }
}

@Module({})
export class PersistenceModule {
  /**
   * Opens the configured database (or uses one opened by the caller, e.g. a test) and provides the
   * DataSource and every repository.
   */
  static forRoot(options: { database?: OpenDatabase; config?: DatabaseConfig } = {}): DynamicModule {
    return {
      module: PersistenceModule,
      global: true,
      providers: [
        { provide: OPEN_DATABASE, useFactory: () => options.database ?? openDatabase(options.config) },
        { provide: OWNS_DATABASE, useValue: options.database === undefined },
        { provide: DataSource, useFactory: (db: OpenDatabase) => db.dataSource, inject: [OPEN_DATABASE] },
        ...REPOSITORIES.map((R) => ({
          provide: R,
          useFactory: (ds: DataSource) => new R(ds),
          inject: [DataSource],
        })),
        DatabaseLifecycle,
      ],
      exports: [OPEN_DATABASE, DataSource, ...REPOSITORIES],
    };
  }
}
