import { Module } from '@nestjs/common';
import { AttributionService } from './attribution/attribution.service.js';
import { TwcsImportService } from './importers/twcs/twcs-import.service.js';

/** Importers and (later) platform connectors. Needs PersistenceModule.forRoot() in the application. */
@Module({
  providers: [AttributionService, TwcsImportService],
  exports: [AttributionService, TwcsImportService],
})
export class CollectorsModule {}
