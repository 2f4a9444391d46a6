import { Module } from '@nestjs/common';
import { ScheduleModule } from '@nestjs/schedule';
import { JobsModule } from '#jobs';
import { JobWorker } from './job-worker.service.js';

/**
 * The clock and the background work. Runs alone (`npm run worker`, any number of them against one
 * PostgreSQL) or inside the server (`npm start`, on the embedded database by default).
 */
@Module({
  imports: [ScheduleModule.forRoot(), JobsModule],
  providers: [JobWorker],
  exports: [JobWorker],
})
export class WorkerModule {}
