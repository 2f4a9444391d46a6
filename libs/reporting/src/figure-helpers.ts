// Template helpers for the comparison engine's numbers: a figure with its interval, signed differences,
// percentage points, money, decisions and labels looked up by key. Like the other helpers they return plain
// strings, which Handlebars escapes.
import type Handlebars from 'handlebars';
import type { HelperOptions } from 'handlebars';
import { formatDuration } from './format/duration.formatter.js';
import { formatFixed, formatNumber, formatPercent } from './format/number.formatter.js';
import type { LocaleCatalog } from './locale/locale-catalog.js';
import type { Estimated } from '#domain';
import { figureOf, type Figure, type FigureUnit } from './monthly/engine/figure.util.js';
import { durationUnits, type ReportRenderData } from './report-helpers.js';

const MINUS = '\u2212';

export function registerFigureHelpers(hbs: typeof Handlebars): void {
  const helpers: Record<string, Handlebars.HelperDelegate> = {
    /**
     * `{{measure value "seconds" signed=true}}`: one number in its unit; – when there is none. Money takes its
     * currency: `{{measure cost "money" currency="EUR"}}` → `4,13 €`.
     */
    measure: (value: unknown, unit: unknown, options: HelperOptions) => {
      const { catalog } = renderData(options);
      if (typeof value !== 'number' || !Number.isFinite(value)) return catalog.t('common.notAvailable');
      return measure(value, unit as FigureUnit, catalog, options.hash.signed === true, currencyOf(options));
    },
    /** `{{figure f "proportion" signed=true}}`: `+3.1 pp [0.4 pp; 5.9 pp]`, a plain value, or "insufficient data". */
    figure: (figure: unknown, unit: unknown, options: HelperOptions) =>
      formatFigure(
        figure as Figure | Estimated | undefined,
        unit as FigureUnit,
        renderData(options).catalog,
        options.hash.signed === true,
        currencyOf(options),
      ),
    /** `{{money amount currency}}`: an amount in its currency, whole units; `decimals=2` for unit costs. */
    money: (value: unknown, currency: unknown, options: HelperOptions) => {
      const { catalog } = renderData(options);
      if (typeof value !== 'number' || !Number.isFinite(value)) return catalog.t('common.notAvailable');
      const decimals = typeof options.hash.decimals === 'number' ? options.hash.decimals : 0;
      return signed(
        formatMoney(Math.abs(value), typeof currency === 'string' ? currency : null, catalog, decimals),
        value,
        options.hash.signed === true,
        decimals,
      );
    },
    /** A scorecard score, signed with two decimals: +0.18. */
    score: (value: unknown, options: HelperOptions) => {
      const { catalog } = renderData(options);
      if (typeof value !== 'number' || !Number.isFinite(value)) return catalog.t('common.notAvailable');
      return signed(formatFixed(Math.abs(value), catalog.intlLocale, 2), value, true, 2);
    },
    /** `{{label "decisions" decision}}`: the locale's word for a key, or the key itself when it has none. */
    label: (prefix: unknown, key: unknown, options: HelperOptions) => {
      const { catalog } = renderData(options);
      const path = `${String(prefix)}.${String(key)}`;
      return catalog.has(path) ? catalog.t(path) : String(key ?? '');
    },
    eq: (a: unknown, b: unknown) => a === b,
    /** True for a finite number, zero included (where `#if` would hide a 0 %). */
    isNumber: (value: unknown) => typeof value === 'number' && Number.isFinite(value),
    /** Weekday name, 0 = Monday … 6 = Sunday (heat map rows). */
    weekday: (index: unknown, options: HelperOptions) => {
      const { catalog } = renderData(options);
      // 2024-01-01 was a Monday.
      const day = new Date(Date.UTC(2024, 0, 1 + Number(index)));
      return new Intl.DateTimeFormat(catalog.intlLocale, { weekday: 'short', timeZone: 'UTC' }).format(day);
    },
    pad2: (n: unknown) => String(n).padStart(2, '0'),
    add: (a: unknown, b: unknown) => Number(a) + Number(b),
    negative: (value: unknown) => typeof value === 'number' && value < 0,
    abs: (value: unknown) => (typeof value === 'number' ? Math.abs(value) : value),
    /** A ShiftWindow day (0 = Sunday) as the weekday helper's index (0 = Monday). */
    sundayFirst: (day: unknown) => (Number(day) + 6) % 7,
    /** Minutes since midnight as 24-hour wall-clock time: 1020 → 17:00, 1440 → 24:00. */
    clock: (minutes: unknown) => {
      const m = Number(minutes);
      return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
    },
  };
  for (const [name, helper] of Object.entries(helpers)) hbs.registerHelper(name, helper);
}

export function formatFigure(
  given: Figure | Estimated | null | undefined,
  unit: FigureUnit,
  catalog: LocaleCatalog,
  isSigned = false,
  currency: string | null = null,
): string {
  // The engine's own Estimated (with `interval`) prints as its Figure does.
  const figure = given && 'interval' in given ? figureOf(given) : (given as Figure | null | undefined);
  if (!figure || figure.status === 'none') return catalog.t('common.notAvailable');
  if (figure.status === 'insufficient') {
    return catalog.t('common.insufficientCount', { n: figure.observations, required: figure.required });
  }
  const value = measure(figure.value, unit, catalog, isSigned, currency);
  if (figure.status === 'value') return value;
  const lower = measure(figure.lower, unit, catalog, isSigned, currency);
  const upper = measure(figure.upper, unit, catalog, isSigned, currency);
  return `${value} [${lower}; ${upper}]`;
}

export function measure(
  value: number,
  unit: FigureUnit,
  catalog: LocaleCatalog,
  isSigned: boolean,
  currency: string | null = null,
): string {
  const locale = catalog.intlLocale;
  switch (unit) {
    case 'seconds':
      return signed(formatDuration(Math.abs(value), durationUnits(catalog), locale), value, isSigned, 0);
    case 'proportion':
      // A difference of shares is in percentage points, never in percent of a percent.
      return isSigned
        ? signed(
            `${formatFixed(Math.abs(value) * 100, locale, 1)}\u00a0${catalog.t('units.percentagePoint')}`,
            value * 100,
            true,
            1,
          )
        : formatPercent(value, locale);
    case 'rate':
      return signed(formatFixed(Math.abs(value), locale, 2), value, isSigned, 2);
    case 'money':
      return signed(formatMoney(Math.abs(value), currency, catalog, 2), value, isSigned, 2);
    case 'count':
      return signed(formatNumber(Math.abs(value), locale, 0), value, isSigned, 0);
  }
}

/**
 * Every amount of money in a report: `5.133 €` and `4,13 €` (de), `€5,133` and `€4.13` (en), with exactly
 * `digits` decimals; without a currency, the number alone.
 */
export function formatMoney(
  value: number,
  currency: string | null,
  catalog: LocaleCatalog,
  digits: number,
): string {
  if (!currency) return formatFixed(value, catalog.intlLocale, digits);
  try {
    return new Intl.NumberFormat(catalog.intlLocale, {
      style: 'currency',
      currency,
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
    }).format(value);
  } catch {
    // Not an ISO 4217 code Intl knows: the number and the code as given.
    return `${formatFixed(value, catalog.intlLocale, digits)} ${currency}`;
  }
}

function currencyOf(options: HelperOptions): string | null {
  return typeof options.hash.currency === 'string' ? options.hash.currency : null;
}

// A value that rounds to zero at the precision shown gets no sign: "+0.0 pp" would claim a direction.
function signed(text: string, value: number, isSigned: boolean, digits: number): string {
  const rounded = Number(Math.abs(value).toFixed(digits));
  if (rounded === 0) return text;
  if (value < 0) return `${MINUS}${text}`;
  return isSigned ? `+${text}` : text;
}

function renderData(options: HelperOptions): ReportRenderData {
  const data = (options?.data as { report?: ReportRenderData } | undefined)?.report;
  if (!data?.catalog)
    throw new Error('Figure helpers need data.report (catalog, timeZone): render through ReportRenderer');
  return data;
}
