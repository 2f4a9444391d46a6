import { Module } from '@nestjs/common';
import { AttributionService } from './attribution/attribution.service.js';
import { TwcsImportService } from './importers/twcs/twcs-import.service.js';
import { DemoWorkspaceService } from './demo/demo-workspace.service.js';
import { RosterImportService } from './importers/roster/roster-import.service.js';

/** Importers and (later) platform connectors. Needs PersistenceModule.forRoot() in the application. */
@Module({
  providers: [AttributionService, TwcsImportService, DemoWorkspaceService, RosterImportService],
  exports: [AttributionService, TwcsImportService, DemoWorkspaceService, RosterImportService],
})
export class CollectorsModule {}
