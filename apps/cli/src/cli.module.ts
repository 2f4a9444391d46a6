import { Module } from '@nestjs/common';
import { CollectorsModule } from '#collectors';
import { JobsModule } from '#jobs';
import { PersistenceModule } from '#persistence';
import { ReportingModule } from '#reporting';

@Module({ imports: [PersistenceModule.forRoot(), CollectorsModule, ReportingModule, JobsModule] })
export class CliModule {}
