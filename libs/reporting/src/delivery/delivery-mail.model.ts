// What the report mail says: the headline numbers and the decision, archived with the report when it was
// issued (report.parameters.summary), so that the mail always agrees with the PDF it carries.
import type { ReportBranding } from '../branding/report-branding.model.js';
import type { MonthlyReportModel } from '../monthly/monthly-report.model.js';

export interface MonthlyMailSummary {
  inbound: number;
  answered: number;
  outbound: number;
  medianFrtSeconds: number | null;
  responseRate: number | null;
  comparisons: {
    baseline: string;
    challenger: string;
    decision: string;
    score: number | null;
    breakEven: {
      currency: string;
      currentDifference: number;
      outsourceUpTo: number | null;
      keepInHouseFrom: number | null;
    } | null;
  }[];
}

export function monthlyMailSummary(model: MonthlyReportModel): MonthlyMailSummary {
  return {
    inbound: model.summary.inbound,
    answered: model.summary.answered,
    outbound: model.summary.outbound,
    medianFrtSeconds: model.summary.medianFrtSeconds,
    responseRate: model.summary.responseRate,
    comparisons: (model.engine?.pageOne ?? []).map((c) => ({
      baseline: c.baseline,
      challenger: c.challenger,
      decision: c.overall.decision,
      score: c.overall.score,
      breakEven: c.breakEven
        ? {
            currency: c.breakEven.currency,
            currentDifference: c.breakEven.currentDifference,
            outsourceUpTo: c.breakEven.outsourceUpTo,
            keepInHouseFrom: c.breakEven.keepInHouseFrom,
          }
        : null,
    })),
  };
}

/** The context of reports/delivery-mail.hbs. */
export interface DeliveryMailContext {
  lang: string;
  subject: string;
  month: string;
  isDemo: boolean;
  branding: ReportBranding;
  summary: MonthlyMailSummary;
  fileName: string;
  pdfSha256: string;
}

export interface DeliveryMail {
  subject: string;
  html: string;
  text: string;
}
