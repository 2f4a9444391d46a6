// Dates for the report, always in the workspace time zone: a reader in Berlin expects "00:00" for the start of
// the month, not the server's UTC "22:00".

/** Day and time, e.g. "1 Apr 2025, 00:00" (en-GB) or "01.04.2025, 00:00" (de-DE). */
export function formatDateTime(value: Date, intlLocale: string, timeZone: string): string {
  return new Intl.DateTimeFormat(intlLocale, { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(
    value,
  );
}

/** Calendar date, e.g. "1 Apr 2025" (en-GB) or "01.04.2025" (de-DE). */
export function formatDate(value: Date, intlLocale: string, timeZone: string): string {
  return new Intl.DateTimeFormat(intlLocale, { dateStyle: 'medium', timeZone }).format(value);
}

/** "2025-04" → "April 2025" / "April 2025"; "2025-03" → "March 2025" / "März 2025". */
export function formatMonth(month: string, intlLocale: string): string {
  return new Intl.DateTimeFormat(intlLocale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    calendarDate(month.length === 7 ? `${month}-01` : month),
  );
}

/** A calendar day "2025-04-01" (already in the workspace zone) as a short axis label: "1 Apr" / "1. Apr.". */
export function formatDayShort(day: string, intlLocale: string): string {
  return new Intl.DateTimeFormat(intlLocale, { day: 'numeric', month: 'short', timeZone: 'UTC' }).format(
    calendarDate(day),
  );
}

// A calendar day is not an instant: pin it to UTC midnight and format it in UTC so no zone shifts it.
function calendarDate(day: string): Date {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) throw new RangeError(`Expected a calendar day YYYY-MM-DD or month YYYY-MM, got "${day}"`);
  return new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
}
