// The template context of reports/incident-audit.hbs.
import type Handlebars from 'handlebars';
import { formatDate } from '../format/date.formatter.js';
import { jsonForScriptElement } from '../html-embedding.js';
import type { LocaleCatalog } from '../locale/locale-catalog.js';
import { displayBranding, type ReportAssets } from '../monthly/monthly-report.context.js';
import type { ReportDocument } from '../report-document.js';
import type { IncidentAuditModel } from './incident-audit.model.js';

export interface IncidentAuditContext {
  doc: ReportDocument;
  audit: IncidentAuditModel;
  /** The last day of the period (periodTo is the midnight after it). */
  lastDay: Date;
  chartData: Handlebars.SafeString;
  assets: ReportAssets;
}

export function buildIncidentAuditContext(
  model: IncidentAuditModel,
  catalog: LocaleCatalog,
  assets: ReportAssets,
  toSafeString: (html: string) => Handlebars.SafeString,
): IncidentAuditContext {
  const lastDay = new Date(model.periodTo.getTime() - 1);
  const days = `${formatDate(model.periodFrom, catalog.intlLocale, model.workspace.timeZone)} – ${formatDate(lastDay, catalog.intlLocale, model.workspace.timeZone)}`;
  const titleKey = model.isDemo ? 'audit.demoDocumentTitle' : 'audit.documentTitle';
  const branding = displayBranding(model, catalog);
  return {
    doc: {
      lang: model.locale,
      title: catalog.t(titleKey, { workspace: branding.name, period: days }),
      subtitle: `${catalog.t('audit.title')} · ${days}`,
      isDemo: model.isDemo,
      branding,
      archive: model.archive,
      generatedAt: model.generatedAt,
    },
    audit: model,
    lastDay,
    // No charts: the chart script then signals that it is done at once.
    chartData: toSafeString(jsonForScriptElement({ charts: [] })),
    assets,
  };
}
