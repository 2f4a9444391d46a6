import { Module, type OnApplicationShutdown } from '@nestjs/common';
import { ReportArchiveService } from './archive/report-archive.service.js';
import { ReportBrandingService } from './branding/report-branding.service.js';
import { ComparisonService } from './comparison/comparison.service.js';
import { EngineSettingsService } from './comparison/engine-settings.service.js';
import { ReportDeliveryService } from './delivery/report-delivery.service.js';
import { IncidentAuditService } from './incidents/incident-audit.service.js';
import { MetricsQueryService } from './metrics/metrics-query.service.js';
import { MonthlyReportDataLoader } from './monthly/monthly-report-data.loader.js';
import { MonthlyReportService } from './monthly/monthly-report.service.js';
import { PdfRenderer } from './pdf/pdf-renderer.js';
import { ReportRendererProvider } from './report-renderer.provider.js';

/** Closes the shared browser when the application stops. */
class PdfRendererLifecycle implements OnApplicationShutdown {
  constructor(private readonly pdf: PdfRenderer) {}

  async onApplicationShutdown(): Promise<void> {
    await this.pdf.close();
  }
}

const SERVICES = [
  MetricsQueryService,
  ComparisonService,
  EngineSettingsService,
  ReportRendererProvider,
  ReportBrandingService,
  ReportArchiveService,
  MonthlyReportDataLoader,
  MonthlyReportService,
  IncidentAuditService,
  ReportDeliveryService,
];

/** Metrics queries and reports. Needs PersistenceModule.forRoot() in the application. */
@Module({
  providers: [
    ...SERVICES,
    { provide: PdfRenderer, useFactory: () => new PdfRenderer() },
    {
      provide: PdfRendererLifecycle,
      useFactory: (pdf: PdfRenderer) => new PdfRendererLifecycle(pdf),
      inject: [PdfRenderer],
    },
  ],
  exports: [...SERVICES, PdfRenderer],
})
export class ReportingModule {}
