// Locale-aware numbers and percentages. Intl does the grouping and decimal marks (1,234.5 in en, 1.234,5 in de);
// formatters are cached because a report formats a few thousand cells.

const cache = new Map<string, Intl.NumberFormat>();

function numberFormat(intlLocale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${intlLocale}|${JSON.stringify(options)}`;
  let format = cache.get(key);
  if (!format) {
    format = new Intl.NumberFormat(intlLocale, options);
    cache.set(key, format);
  }
  return format;
}

/** A count or measure: at most `maximumFractionDigits` decimals (default 1), grouped thousands. */
export function formatNumber(value: number, intlLocale: string, maximumFractionDigits = 1): string {
  return numberFormat(intlLocale, { maximumFractionDigits }).format(value);
}

/**
 * A ratio between 0 and 1 as a percentage with exactly one decimal, so a column of them lines up:
 * 0.875 → "87.5%" (en), "87,5 %" (de); 0.12 → "12.0%".
 */
export function formatPercent(ratio: number, intlLocale: string): string {
  return numberFormat(intlLocale, {
    style: 'percent',
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  }).format(ratio);
}

/** Exactly `digits` decimals, grouped thousands: 0.2 → "0.20"; for columns of differences and scores. */
export function formatFixed(value: number, intlLocale: string, digits: number): string {
  return numberFormat(intlLocale, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(
    value,
  );
}
