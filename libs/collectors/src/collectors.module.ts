import { Module } from '@nestjs/common';
import { AccountSettingsService } from './accounts/account-settings.service.js';
import { AttributionService } from './attribution/attribution.service.js';
import { TwcsImportService } from './importers/twcs/twcs-import.service.js';
import { DemoWorkspaceService } from './demo/demo-workspace.service.js';
import { RosterImportService } from './importers/roster/roster-import.service.js';
import { ExportImportService } from './importers/export-items/export-import.service.js';
import { MetaExportImportService } from './importers/meta-export/meta-export-import.service.js';
import { ToolExportImportService } from './importers/tool-export/tool-export-import.service.js';
import { MappedCsvImportService } from './importers/mapped-csv/mapped-csv-import.service.js';
import { COLLECTION_EXPORTS, COLLECTION_PROVIDERS } from './collection/collection.providers.js';
import { DETECTION_PROVIDERS } from './detection/index.js';

const EXPORT_IMPORTERS = [
  ExportImportService,
  MetaExportImportService,
  ToolExportImportService,
  MappedCsvImportService,
];

/** Importers and (later) platform connectors. Needs PersistenceModule.forRoot() in the application. */
@Module({
  providers: [
    AttributionService,
    AccountSettingsService,
    TwcsImportService,
    DemoWorkspaceService,
    RosterImportService,
    ...EXPORT_IMPORTERS,
    ...COLLECTION_PROVIDERS,
    ...DETECTION_PROVIDERS,
  ],
  exports: [
    AttributionService,
    AccountSettingsService,
    TwcsImportService,
    DemoWorkspaceService,
    RosterImportService,
    ...EXPORT_IMPORTERS,
    ...COLLECTION_EXPORTS,
    ...DETECTION_PROVIDERS,
  ],
})
export class CollectorsModule {}
