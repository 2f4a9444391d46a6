// Model in, HTML out. The HTML is complete on its own (styles, chart.js and data inline): it can be saved,
// opened from a file without network, or handed to PdfRenderer.
import Handlebars from 'handlebars';
import { createHandlebarsEnvironment, type HandlebarsEnvironment } from './handlebars-environment.js';
import { cssForStyleElement, scriptForScriptElement } from './html-embedding.js';
import type { LocaleCatalog } from './locale/locale-catalog.js';
import type { DeliveryMailContext } from './delivery/delivery-mail.model.js';
import { buildIncidentAuditContext } from './incidents/incident-audit.context.js';
import type { IncidentAuditModel } from './incidents/incident-audit.model.js';
import { buildMonthlyReportContext, type ReportAssets } from './monthly/monthly-report.context.js';
import type { MonthlyReportModel } from './monthly/monthly-report.model.js';
import { buildProspectAuditContext } from './prospect/prospect-audit.context.js';
import type { ProspectAuditModel } from './prospect/prospect-audit.model.js';
import { loadReportTemplateSet, type ReportTemplateSet } from './report-template-set.js';

export const MONTHLY_REPORT_TEMPLATE = 'monthly-comparison';
export const INCIDENT_AUDIT_TEMPLATE = 'incident-audit';
export const DELIVERY_MAIL_TEMPLATE = 'delivery-mail';
export const PROSPECT_AUDIT_TEMPLATE = 'prospect-audit';

export interface ReportRendererOptions {
  /**
   * Folder with layouts/, partials/, locales/, styles/, scripts/ and the report templates.
   * Default: the repository's reports/ (see findReportsDir).
   */
  templatesDir?: string;
}

export class ReportRenderer {
  private constructor(
    private readonly templateSet: ReportTemplateSet,
    private readonly environment: HandlebarsEnvironment,
    private readonly assets: ReportAssets,
  ) {}

  /** Reads and compiles the templates once; the renderer is then reusable for any number of reports. */
  static async create(options: ReportRendererOptions = {}): Promise<ReportRenderer> {
    const templateSet = await loadReportTemplateSet(options.templatesDir);
    const assets: ReportAssets = {
      css: new Handlebars.SafeString(cssForStyleElement(templateSet.css)),
      chartJs: new Handlebars.SafeString(scriptForScriptElement(templateSet.chartJs)),
      chartScript: new Handlebars.SafeString(scriptForScriptElement(templateSet.chartScript)),
    };
    return new ReportRenderer(templateSet, createHandlebarsEnvironment(templateSet), assets);
  }

  get locales(): string[] {
    return Object.keys(this.templateSet.catalogs).sort();
  }

  renderMonthlyReport(model: MonthlyReportModel): string {
    const catalog = this.catalogFor(model.locale);
    const context = buildMonthlyReportContext(
      model,
      catalog,
      this.assets,
      (html) => new Handlebars.SafeString(html),
    );
    return this.environment.render(MONTHLY_REPORT_TEMPLATE, context, {
      catalog,
      timeZone: model.workspace.timeZone,
    });
  }

  renderIncidentAudit(model: IncidentAuditModel): string {
    const catalog = this.catalogFor(model.locale);
    const context = buildIncidentAuditContext(
      model,
      catalog,
      this.assets,
      (html) => new Handlebars.SafeString(html),
    );
    return this.environment.render(INCIDENT_AUDIT_TEMPLATE, context, {
      catalog,
      timeZone: model.workspace.timeZone,
    });
  }

  /** The prospect audit (reports/prospect-audit.hbs): one account's public service, estimated. */
  renderProspectAudit(model: ProspectAuditModel): string {
    const catalog = this.catalogFor(model.locale);
    const context = buildProspectAuditContext(
      model,
      catalog,
      this.assets,
      (html) => new Handlebars.SafeString(html),
    );
    return this.environment.render(PROSPECT_AUDIT_TEMPLATE, context, { catalog, timeZone: model.timeZone });
  }

  /** The HTML body of a report mail (reports/delivery-mail.hbs), in the context's language. */
  renderDeliveryMail(context: DeliveryMailContext, timeZone: string): string {
    const catalog = this.catalogFor(context.lang);
    return this.environment.render(DELIVERY_MAIL_TEMPLATE, context, { catalog, timeZone });
  }

  /** The strings of a locale, for text that is not a template (mail subjects, plain-text bodies). */
  catalog(locale: string): LocaleCatalog {
    return this.catalogFor(locale);
  }

  private catalogFor(locale: string): LocaleCatalog {
    const catalog = this.templateSet.catalogs[locale];
    if (!catalog) {
      throw new Error(
        `No locale file locales/${locale}.json in ${this.templateSet.dir} (have: ${this.locales.join(', ')})`,
      );
    }
    return catalog;
  }
}

/** Renders one monthly report. Reads the templates on every call, so edits to reports/ show up without a restart. */
export async function renderMonthlyReportHtml(
  model: MonthlyReportModel,
  options: ReportRendererOptions = {},
): Promise<string> {
  const renderer = await ReportRenderer.create(options);
  return renderer.renderMonthlyReport(model);
}
