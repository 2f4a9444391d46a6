// Template helpers. Locale and time zone arrive per render as Handlebars data (options.data.report), so one
// compiled environment serves every locale. Helpers return plain strings, which Handlebars escapes: platform
// text (operator names, workspace names) can never become markup.
import { UNKNOWN_OPERATOR_LABEL } from '#domain';
import type Handlebars from 'handlebars';
import type { HelperOptions } from 'handlebars';
import { formatDate, formatDateTime, formatMonth } from './format/date.formatter.js';
import { formatDuration, type DurationUnits } from './format/duration.formatter.js';
import { formatNumber, formatPercent } from './format/number.formatter.js';
import type { LocaleCatalog } from './locale/locale-catalog.js';
import { sourcingGroupName } from './locale/sourcing-group-name.js';
import { MIN_OBSERVATIONS } from './report-thresholds.js';

/** Passed to every template as `data: { report: ReportRenderData }`. */
export interface ReportRenderData {
  catalog: LocaleCatalog;
  timeZone: string;
}

export function registerReportHelpers(hbs: typeof Handlebars): void {
  const helpers: Record<string, Handlebars.HelperDelegate> = {
    t: (key: unknown, options: HelperOptions) =>
      renderData(options, 't').catalog.t(String(key), options.hash),
    number: (value: unknown, options: HelperOptions) =>
      orNotAvailable(value, options, 'number', (n, { catalog }) => formatNumber(n, catalog.intlLocale)),
    percent: (value: unknown, options: HelperOptions) =>
      orNotAvailable(value, options, 'percent', (n, { catalog }) => formatPercent(n, catalog.intlLocale)),
    duration: (value: unknown, options: HelperOptions) =>
      orNotAvailable(value, options, 'duration', (n, { catalog }) =>
        formatDuration(n, durationUnits(catalog), catalog.intlLocale),
      ),
    date: (value: unknown, options: HelperOptions) =>
      orNotAvailableDate(value, options, 'date', (d, { catalog, timeZone }) =>
        formatDate(d, catalog.intlLocale, timeZone),
      ),
    dateTime: (value: unknown, options: HelperOptions) =>
      orNotAvailableDate(value, options, 'dateTime', (d, { catalog, timeZone }) =>
        formatDateTime(d, catalog.intlLocale, timeZone),
      ),
    monthTitle: (month: unknown, options: HelperOptions) =>
      formatMonth(String(month), renderData(options, 'monthTitle').catalog.intlLocale),
    groupName: (group: unknown, options: HelperOptions) =>
      sourcingGroupName(group as string | null | undefined, renderData(options, 'groupName').catalog),
    /** A table row's name: its label, except the unknown responder, which is named in the reader's language. */
    rowLabel: (row: { key?: unknown; label?: unknown } | undefined, options: HelperOptions) => {
      const { catalog } = renderData(options, 'rowLabel');
      return row?.key === UNKNOWN_OPERATOR_LABEL ? catalog.t('groups.unknown') : String(row?.label ?? '');
    },
    sourceName: (source: unknown, options: HelperOptions) => {
      const { catalog } = renderData(options, 'sourceName');
      const key = `sources.${String(source)}`;
      return catalog.has(key) ? catalog.t(key) : String(source);
    },
    /** True when a count is large enough to show the metric built on it. */
    sufficient: (count: unknown) => typeof count === 'number' && count >= MIN_OBSERVATIONS,
  };
  for (const [name, helper] of Object.entries(helpers)) hbs.registerHelper(name, helper);
}

export function durationUnits(catalog: LocaleCatalog): DurationUnits {
  return {
    second: catalog.t('units.second'),
    minute: catalog.t('units.minute'),
    hour: catalog.t('units.hour'),
    day: catalog.t('units.day'),
  };
}

function renderData(options: HelperOptions | undefined, helper: string): ReportRenderData {
  const data = (options?.data as { report?: ReportRenderData } | undefined)?.report;
  if (!data?.catalog) {
    throw new Error(
      `Helper "${helper}" needs data.report (catalog, timeZone): render through ReportRenderer`,
    );
  }
  return data;
}

function orNotAvailable(
  value: unknown,
  options: HelperOptions,
  helper: string,
  format: (value: number, data: ReportRenderData) => string,
): string {
  const data = renderData(options, helper);
  if (typeof value !== 'number' || !Number.isFinite(value)) return data.catalog.t('common.notAvailable');
  return format(value, data);
}

function orNotAvailableDate(
  value: unknown,
  options: HelperOptions,
  helper: string,
  format: (value: Date, data: ReportRenderData) => string,
): string {
  const data = renderData(options, helper);
  // Models that went through JSON (a queued job) carry ISO strings instead of Dates.
  const date = value instanceof Date ? value : typeof value === 'string' ? new Date(value) : null;
  if (!date || Number.isNaN(date.getTime())) return data.catalog.t('common.notAvailable');
  return format(date, data);
}
