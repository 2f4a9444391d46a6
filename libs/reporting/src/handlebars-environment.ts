// One isolated Handlebars instance per template set (never the global one): helpers and partials registered
// here cannot leak into, or be overridden by, anything else in the process.
import Handlebars from 'handlebars';
import { registerFigureHelpers } from './figure-helpers.js';
import { registerIncidentHelpers } from './incidents/incident-helpers.js';
import { registerReportHelpers, type ReportRenderData } from './report-helpers.js';
import type { ReportTemplateSet } from './report-template-set.js';

export interface HandlebarsEnvironment {
  /** Names of the report templates (top-level .hbs files). */
  readonly templateNames: string[];
  render(templateName: string, context: object, data: ReportRenderData): string;
}

export function createHandlebarsEnvironment(set: ReportTemplateSet): HandlebarsEnvironment {
  const hbs = Handlebars.create();
  registerReportHelpers(hbs);
  registerFigureHelpers(hbs);
  registerIncidentHelpers(hbs);
  for (const [name, source] of Object.entries(set.partials)) hbs.registerPartial(name, source);
  // Layouts are partials with a block: a report template wraps its body in {{#> layouts/base}} … {{/layouts/base}}.
  for (const [name, source] of Object.entries(set.layouts)) hbs.registerPartial(`layouts/${name}`, source);

  const compiled = new Map<string, Handlebars.TemplateDelegate>();
  for (const [name, source] of Object.entries(set.templates)) {
    // preventIndent: partials must not re-indent their output (it would change text inside <pre> and scripts).
    compiled.set(name, hbs.compile(source, { preventIndent: true }));
  }

  return {
    templateNames: [...compiled.keys()].sort(),
    render(templateName, context, data) {
      const template = compiled.get(templateName);
      if (!template) {
        throw new Error(
          `No report template "${templateName}.hbs" in ${set.dir} (have: ${[...compiled.keys()].join(', ')})`,
        );
      }
      return template(context, { data: { report: data } });
    },
  };
}
