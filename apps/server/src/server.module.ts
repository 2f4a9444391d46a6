import { Module, type DynamicModule } from '@nestjs/common';
import { CollectorsModule } from '#collectors';
import { PersistenceModule, type OpenDatabase } from '#persistence';
import { ReportingModule } from '#reporting';
import { WorkerModule } from '../../worker/src/worker.module.js';
import { PageRenderer } from './pages/page-renderer.js';
import { ReportFilesService } from './reports/report-files.service.js';
import { ReportsController } from './reports/reports.controller.js';
import { FirstRunService } from './startup/first-run.service.js';

export interface ServerOptions {
  /** Run the worker (clock and jobs) in this process: the default for `npm start`. */
  withWorker: boolean;
  /** A database opened by the caller (tests); default: the configured one. */
  database?: OpenDatabase;
}

@Module({})
export class ServerModule {
  static forRoot(options: ServerOptions): DynamicModule {
    return {
      module: ServerModule,
      imports: [
        PersistenceModule.forRoot({ database: options.database }),
        CollectorsModule,
        ReportingModule,
        ...(options.withWorker ? [WorkerModule] : []),
      ],
      controllers: [ReportsController],
      providers: [PageRenderer, ReportFilesService, FirstRunService],
    };
  }
}
