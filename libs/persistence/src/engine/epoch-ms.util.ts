// Instants of the large fact queries (a million rows a month) read as epoch milliseconds rather than as
// timestamptz text: the pg driver parses timestamptz text with regular expressions per value, which was the
// largest single cost of loading a month; a float8 is one parseFloat. The Date is the same instant:
// floor(epoch · 1000) is what the driver's parser yields too (it truncates microseconds to milliseconds).

/** SQL for a timestamptz column as epoch milliseconds (float8, exact below 2^53 ms); NULL stays NULL. */
export function epochMsSql(column: string): string {
  return `floor(extract(epoch FROM ${column}) * 1000)::float8`;
}

/** The Date of an epochMsSql value. */
export function instantOf(epochMs: number): Date {
  return new Date(epochMs);
}

/** The Date of a nullable epochMsSql value. */
export function instantOrNull(epochMs: number | null): Date | null {
  return epochMs === null ? null : new Date(epochMs);
}
