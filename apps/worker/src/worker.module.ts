import { Module } from '@nestjs/common';
import { ScheduleModule } from '@nestjs/schedule';
import { ReportingModule } from '#reporting';
import { MonthlyReportCron } from './monthly-report.cron.js';

/** The clock and the background work. Runs alone (npm run worker) or inside the server (npm start). */
@Module({
  imports: [ScheduleModule.forRoot(), ReportingModule],
  providers: [MonthlyReportCron],
  exports: [MonthlyReportCron],
})
export class WorkerModule {}
