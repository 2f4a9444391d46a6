import { Module, type DynamicModule } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_INTERCEPTOR, APP_PIPE } from '@nestjs/core';
import { ThrottlerModule } from '@nestjs/throttler';
import { CollectorsModule } from '#collectors';
import { JobsModule } from '#jobs';
import { PersistenceModule, type OpenDatabase } from '#persistence';
import { ReportingModule } from '#reporting';
import { WorkerModule } from '../../worker/src/worker.module.js';
import { AccountsController } from './accounts/accounts.controller.js';
import { AccountCredentialsService } from './accounts/account-credentials.service.js';
import { AccountsService } from './accounts/accounts.service.js';
import { RequestAuditInterceptor } from './audit/request-audit.interceptor.js';
import { ApiKeysController } from './api-keys/api-keys.controller.js';
import { AuthGuard } from './auth/auth.guard.js';
import { AuthService } from './auth/auth.service.js';
import { LoginController } from './auth/login.controller.js';
import { loginThrottlers } from './auth/login-throttle.js';
import { HealthController } from './health/health.controller.js';
import { ComparisonController } from './engine/comparison.controller.js';
import { CostModelsController } from './engine/cost-models.controller.js';
import { ENGINE_SETTINGS_CONTROLLERS } from './engine/engine-settings.controllers.js';
import { ErrorFilter } from './http/error.filter.js';
import { createValidationPipe } from './http/validation.pipe.js';
import { CollectionRunsController, ImportsController } from './imports/imports.controller.js';
import { ImportsService } from './imports/imports.service.js';
import { AuditLogController, IncidentsController } from './incidents/incidents.controller.js';
import { IncidentWritesService } from './incidents/incident-writes.service.js';
import { IncidentsService } from './incidents/incidents.service.js';
import { IncidentPagesController } from './pages/incident-pages.controller.js';
import { JobsController } from './jobs/jobs.controller.js';
import { JobsService } from './jobs/jobs.service.js';
import { MetricsController } from './metrics/metrics.controller.js';
import { DashboardService } from './pages/dashboard.service.js';
import { HomePagesController } from './pages/home-pages.controller.js';
import { ImportPagesController } from './pages/import-pages.controller.js';
import { PageContextService } from './pages/page-context.service.js';
import { PageRenderer } from './pages/page-renderer.js';
import { WorkspacePagesController } from './pages/workspace-pages.controller.js';
import { ReportsController } from './reports/reports.controller.js';
import { ReportsService } from './reports/reports.service.js';
import { RosterController } from './roster/roster.controller.js';
import { RosterService } from './roster/roster.service.js';
import { FirstAdminService } from './startup/first-admin.service.js';
import { FirstRunService } from './startup/first-run.service.js';
import { MembersController } from './workspaces/members.controller.js';
import { MembersService } from './workspaces/members.service.js';
import { WorkspaceSettingsService } from './workspaces/workspace-settings.service.js';
import { MeController, WorkspacesController } from './workspaces/workspaces.controller.js';

export interface ServerOptions {
  /** Run the worker (clock and jobs) in this process: the default for `npm start`. */
  withWorker: boolean;
  /** A database opened by the caller (tests); default: the configured one. */
  database?: OpenDatabase;
}

/** REST API under /api/v1 (one controller per resource), the pages, health; one guard decides access. */
const API_CONTROLLERS = [
  MeController,
  WorkspacesController,
  MembersController,
  AccountsController,
  RosterController,
  ImportsController,
  CollectionRunsController,
  MetricsController,
  ReportsController,
  ApiKeysController,
  IncidentsController,
  AuditLogController,
  JobsController,
  CostModelsController,
  ComparisonController,
  ...ENGINE_SETTINGS_CONTROLLERS,
];
const PAGE_CONTROLLERS = [
  LoginController,
  HomePagesController,
  WorkspacePagesController,
  ImportPagesController,
  IncidentPagesController,
];

@Module({})
export class ServerModule {
  static forRoot(options: ServerOptions): DynamicModule {
    return {
      module: ServerModule,
      imports: [
        PersistenceModule.forRoot({ database: options.database }),
        CollectorsModule,
        ReportingModule,
        JobsModule,
        ThrottlerModule.forRoot(loginThrottlers()),
        ...(options.withWorker ? [WorkerModule] : []),
      ],
      controllers: [HealthController, ...API_CONTROLLERS, ...PAGE_CONTROLLERS],
      providers: [
        { provide: APP_GUARD, useClass: AuthGuard },
        { provide: APP_FILTER, useClass: ErrorFilter },
        { provide: APP_PIPE, useFactory: createValidationPipe },
        { provide: APP_INTERCEPTOR, useClass: RequestAuditInterceptor },
        AuthService,
        PageRenderer,
        PageContextService,
        DashboardService,
        AccountsService,
        AccountCredentialsService,
        MembersService,
        WorkspaceSettingsService,
        RosterService,
        ImportsService,
        ReportsService,
        IncidentsService,
        IncidentWritesService,
        JobsService,
        FirstAdminService,
        FirstRunService,
      ],
    };
  }
}
