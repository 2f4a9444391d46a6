// What the monthly report template renders. Built by the report model builder from metrics; rendered by
// handlebars (reports/monthly-comparison.hbs) into HTML, and from that HTML into PDF. Plain data only.
import type { ResponsivenessRow } from '#domain';
import type { ReportBranding } from '../branding/report-branding.model.js';
import type { ReportArchiveRef } from '../report-document.js';
import type { MonthlyEngineSections } from './engine/engine-sections.model.js';

export type ReportLocale = 'en' | 'de';

export interface FrtDistribution {
  /** Row label, e.g. a sourcing group. */
  label: string;
  /** Calendar FRT values in seconds, one per answered inbound item. */
  values: number[];
}

export interface DailyVolumePoint {
  /** Calendar day in the workspace time zone, YYYY-MM-DD. */
  day: string;
  inbound: number;
  outbound: number;
}

export interface AttributionShare {
  sourcingGroup: string;
  source: string;
  items: number;
  /** items / all attributed outbound items of the period, every group (the template derives in-group shares). */
  share: number;
}

export interface MonthlyReportModel {
  workspace: { name: string; slug: string; timeZone: string };
  /** The name, logo, colours and footer the report is issued under (the workspace's, or a consultant's). */
  branding: ReportBranding;
  /** The archive record this rendering is issued as; null for a preview that is not archived. */
  archive: ReportArchiveRef | null;
  /** True when the workspace holds generated demo data: every page says so. */
  isDemo: boolean;
  locale: ReportLocale;
  /** YYYY-MM */
  month: string;
  periodFrom: Date;
  periodTo: Date;
  generatedAt: Date;
  summary: {
    inbound: number;
    answered: number;
    outbound: number;
    medianFrtSeconds: number | null;
    responseRate: number | null;
    accounts: number;
    operators: number;
  };
  byGroup: ResponsivenessRow[];
  byOperator: ResponsivenessRow[];
  byAccount: ResponsivenessRow[];
  frtDistributions: FrtDistribution[];
  dailyVolume: DailyVolumePoint[];
  attribution: AttributionShare[];
  /** Operators seen in signatures that nobody has put into a sourcing group yet. */
  unassignedOperators: string[];
  /**
   * Page one and the sections the comparison engine computes (recommendation, SLA, backlog, coverage,
   * engagement, risk, cost, scorecards, handovers, completeness); null when the engine was not run.
   */
  engine: MonthlyEngineSections | null;
}
