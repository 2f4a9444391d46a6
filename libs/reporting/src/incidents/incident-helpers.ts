// Template helpers for incidents: their headline, rule names and timeline words in the reader's language
// (incident-headline.ts, incident-timeline-text.ts do the work; these only find the locale of the render).
import type Handlebars from 'handlebars';
import type { HelperOptions } from 'handlebars';
import type { ReportRenderData } from '../report-helpers.js';
import { incidentHeadline, type HeadlineSource } from './incident-headline.js';
import { actorName, eventBody, ruleName, type TimelineEvent } from './incident-timeline-text.js';

export function registerIncidentHelpers(hbs: typeof Handlebars): void {
  const helpers: Record<string, Handlebars.HelperDelegate> = {
    /** `{{incidentHeadline headline}}`: the sentence for a HeadlineSource (the stored title for a manual one). */
    incidentHeadline: (source: HeadlineSource | undefined, options: HelperOptions) => {
      if (!source) throw new Error('incidentHeadline needs a HeadlineSource (the `headline` of an incident)');
      return incidentHeadline(source, renderData(options).catalog);
    },
    /** `{{ruleName "sla-breach-streak"}}` */
    ruleName: (rule: unknown, options: HelperOptions) => ruleName(String(rule), renderData(options).catalog),
    /** `{{eventBody this}}` for a timeline event; `{{actorName actor}}`. */
    eventBody: (event: TimelineEvent, options: HelperOptions) =>
      eventBody(event, renderData(options).catalog) ?? renderData(options).catalog.t('common.notAvailable'),
    actorName: (actor: unknown, options: HelperOptions) =>
      actorName(String(actor), renderData(options).catalog),
  };
  for (const [name, helper] of Object.entries(helpers)) hbs.registerHelper(name, helper);
}

function renderData(options: HelperOptions): ReportRenderData {
  const data = (options?.data as { report?: ReportRenderData } | undefined)?.report;
  if (!data?.catalog)
    throw new Error('Incident helpers need data.report (catalog, timeZone): render through ReportRenderer');
  return data;
}
