// The template context of reports/prospect-audit.hbs, and the short summary the command line prints.
import type Handlebars from 'handlebars';
import type { ProspectSlice } from '#domain';
import { formatFigure } from '../figure-helpers.js';
import { formatDate } from '../format/date.formatter.js';
import { jsonForScriptElement } from '../html-embedding.js';
import type { LocaleCatalog } from '../locale/locale-catalog.js';
import type { ReportAssets } from '../monthly/monthly-report.context.js';
import type { ReportDocument } from '../report-document.js';
import type { ProspectAuditModel } from './prospect-audit.model.js';

export interface ProspectAuditContext {
  doc: ReportDocument;
  prospect: ProspectAuditModel;
  lastDay: Date;
  slices: { key: 'all' | 'weekday' | 'weekend'; slice: ProspectSlice }[];
  chartData: Handlebars.SafeString;
  assets: ReportAssets;
}

export function buildProspectAuditContext(
  model: ProspectAuditModel,
  catalog: LocaleCatalog,
  assets: ReportAssets,
  toSafeString: (html: string) => Handlebars.SafeString,
): ProspectAuditContext {
  const lastDay = new Date(model.periodTo.getTime() - 1);
  const period = periodText(model, catalog);
  return {
    doc: {
      lang: model.locale,
      title: catalog.t('prospect.documentTitle', { account: model.account.address, period }),
      subtitle: `${catalog.t('prospect.title')} · ${model.account.address} · ${period}`,
      isDemo: false,
      branding: model.branding,
      archive: null,
      generatedAt: model.generatedAt,
    },
    prospect: model,
    lastDay,
    slices: (['all', 'weekday', 'weekend'] as const).map((key) => ({ key, slice: model.estimate[key] })),
    chartData: toSafeString(jsonForScriptElement({ charts: [] })),
    assets,
  };
}

/** The lines `ledger prospect` prints: every figure with its interval and the words "estimated from public data". */
export function prospectSummaryLines(model: ProspectAuditModel, catalog: LocaleCatalog): string[] {
  const { all } = model.estimate;
  const t = (key: string, params: Record<string, string | number> = {}) =>
    catalog.t(`prospect.cli.${key}`, params);
  const n = (value: number) => new Intl.NumberFormat(catalog.intlLocale).format(value);
  const frt = all.medianFrtSeconds;
  return [
    t('heading', { account: model.account.address, period: periodText(model, catalog) }),
    `  ${t('asks', { n: n(all.asks), mentions: n(model.estimate.asksBySource.mention), replies: n(model.estimate.asksBySource.reply_to_account) })}`,
    `  ${t('responseRate', { figure: formatFigure(all.responseRateEstimate, 'proportion', catalog), answered: n(all.responseRate.answeredWithin72h), decided: n(all.responseRate.decided) })}`,
    `  ${t('medianFrt', { figure: formatFigure(frt, 'seconds', catalog) })}`,
    `  ${t('withinDay', { figure: formatFigure(all.withinDay, 'proportion', catalog), answered: n(all.withinDayCounts.answered), decided: n(all.withinDayCounts.decided) })}`,
    `  ${t('weekdayWeekend', { weekday: formatFigure(model.estimate.weekday.responseRateEstimate, 'proportion', catalog), weekend: formatFigure(model.estimate.weekend.responseRateEstimate, 'proportion', catalog) })}`,
    `  ${catalog.t('prospect.estimatedNote')}`,
  ];
}

function periodText(model: ProspectAuditModel, catalog: LocaleCatalog): string {
  const lastDay = new Date(model.periodTo.getTime() - 1);
  return `${formatDate(model.periodFrom, catalog.intlLocale, model.timeZone)} – ${formatDate(lastDay, catalog.intlLocale, model.timeZone)}`;
}
