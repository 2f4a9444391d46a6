import { Module, type OnApplicationShutdown } from '@nestjs/common';
import { MetricsQueryService } from './metrics/metrics-query.service.js';
import { MonthlyReportService } from './monthly/monthly-report.service.js';
import { PdfRenderer } from './pdf/pdf-renderer.js';

/** Closes the shared browser when the application stops. */
class PdfRendererLifecycle implements OnApplicationShutdown {
  constructor(private readonly pdf: PdfRenderer) {}

  async onApplicationShutdown(): Promise<void> {
    await this.pdf.close();
  }
}

/** Metrics queries and reports. Needs PersistenceModule.forRoot() in the application. */
@Module({
  providers: [
    MetricsQueryService,
    MonthlyReportService,
    { provide: PdfRenderer, useFactory: () => new PdfRenderer() },
    {
      provide: PdfRendererLifecycle,
      useFactory: (pdf: PdfRenderer) => new PdfRendererLifecycle(pdf),
      inject: [PdfRenderer],
    },
  ],
  exports: [MetricsQueryService, MonthlyReportService, PdfRenderer],
})
export class ReportingModule {}
