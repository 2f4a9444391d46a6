import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Injectable } from '@nestjs/common';
import Handlebars from 'handlebars';
import { localDay } from '#domain';
import { findUpwards } from '#persistence';
import {
  formatDuration,
  formatMonth,
  formatNumber,
  formatPercent,
  LocaleCatalog,
  type MessageTree,
} from '#reporting';
import { PAGE_LOCALES, type PageLocale } from './page-locale.js';

/**
 * The server's own pages (not reports): handlebars templates in apps/server/views, compiled once with an
 * isolated Handlebars instance, strings from views/locales/<locale>.json. Found by walking up from this
 * module, which runs from source and from dist. Every context carries `locale`.
 */
@Injectable()
export class PageRenderer {
  private readonly handlebars = Handlebars.create();
  private readonly templates = new Map<string, Handlebars.TemplateDelegate>();
  private readonly viewsDir = findViewsDir();
  readonly catalogs: Record<PageLocale, LocaleCatalog>;

  constructor() {
    this.catalogs = Object.fromEntries(
      PAGE_LOCALES.map((locale) => {
        const file = path.join(this.viewsDir, 'locales', `${locale}.json`);
        return [
          locale,
          new LocaleCatalog(locale, JSON.parse(fs.readFileSync(file, 'utf8')) as MessageTree, file),
        ];
      }),
    ) as Record<PageLocale, LocaleCatalog>;
    this.registerHelpers();
    for (const partial of ['layout', 'nav', 'runs-table']) {
      this.handlebars.registerPartial(
        partial,
        fs.readFileSync(path.join(this.viewsDir, `${partial}.hbs`), 'utf8'),
      );
    }
  }

  render(view: string, context: Record<string, unknown> & { locale: PageLocale }): string {
    let template = this.templates.get(view);
    if (!template) {
      template = this.handlebars.compile(fs.readFileSync(path.join(this.viewsDir, `${view}.hbs`), 'utf8'), {
        strict: false,
      });
      this.templates.set(view, template);
    }
    return template(context);
  }

  private registerHelpers(): void {
    const catalog = (options: Handlebars.HelperOptions): LocaleCatalog =>
      this.catalogs[(options.data?.root?.locale as PageLocale) ?? 'en'] ?? this.catalogs.en;
    const h = this.handlebars;
    h.registerHelper('t', (key: string, options: Handlebars.HelperOptions) =>
      catalog(options).t(key, options.hash),
    );
    h.registerHelper('isoDate', (d: Date | string | null) =>
      d ? new Date(d).toISOString().slice(0, 10) : '',
    );
    h.registerHelper('isoTime', (d: Date | string | null) =>
      d ? new Date(d).toISOString().replace('T', ' ').slice(0, 16) + ' UTC' : '',
    );
    h.registerHelper('duration', (seconds: number | null, options: Handlebars.HelperOptions) => {
      if (seconds === null || seconds === undefined) return '–';
      const c = catalog(options);
      const units = {
        second: c.t('units.second'),
        minute: c.t('units.minute'),
        hour: c.t('units.hour'),
        day: c.t('units.day'),
      };
      return formatDuration(seconds, units, c.intlLocale);
    });
    h.registerHelper('percent', (ratio: number | null, options: Handlebars.HelperOptions) =>
      ratio === null || ratio === undefined ? '–' : formatPercent(ratio, catalog(options).intlLocale),
    );
    h.registerHelper('number', (n: number | null, options: Handlebars.HelperOptions) =>
      n === null || n === undefined ? '–' : formatNumber(n, catalog(options).intlLocale, 0),
    );
    // A calendar day in the workspace's time zone: a month starting at local midnight is not the UTC day before.
    h.registerHelper('zonedDay', (d: Date | string | null, timeZone: string) =>
      d ? localDay(new Date(d), typeof timeZone === 'string' ? timeZone : 'UTC') : '',
    );
    h.registerHelper('month', (month: string, options: Handlebars.HelperOptions) =>
      formatMonth(month, catalog(options).intlLocale),
    );
    h.registerHelper('eq', (a: unknown, b: unknown) => a === b);
    h.registerHelper('concat', (...args: unknown[]) => args.slice(0, -1).join(''));
  }
}

function findViewsDir(): string {
  return findUpwards(
    path.dirname(fileURLToPath(import.meta.url)),
    path.join('apps', 'server', 'views'),
    'layout.hbs',
  );
}
