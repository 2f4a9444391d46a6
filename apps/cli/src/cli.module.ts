import { Module } from '@nestjs/common';
import { CollectorsModule } from '#collectors';
import { PersistenceModule } from '#persistence';
import { ReportingModule } from '#reporting';

@Module({ imports: [PersistenceModule.forRoot(), CollectorsModule, ReportingModule] })
export class CliModule {}
