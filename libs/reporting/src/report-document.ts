// What every report kind gives the shared layout (reports/layouts/base.hbs): its language, title, the
// branding it is issued under, whether it is demo data, and the archive's id and data fingerprint.
import type { ReportBranding } from './branding/report-branding.model.js';

/** The archive record a report is issued as: printed in the report so that a reader can look it up. */
export interface ReportArchiveRef {
  reportId: string;
  dataFingerprint: string;
}

export interface ReportDocument {
  lang: string;
  title: string;
  /** What the footer names: "Monthly comparison · October 2026". */
  subtitle: string;
  isDemo: boolean;
  branding: ReportBranding;
  archive: ReportArchiveRef | null;
  generatedAt: Date;
}
