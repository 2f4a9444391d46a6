// Reading untrusted JSON from platforms: every accessor answers undefined instead of throwing, so a parser
// can reject one record with a reason and go on with the next.

export type Json = Record<string, unknown>;

export function asObject(value: unknown): Json | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Json) : undefined;
}

export function asArray(value: unknown): unknown[] | undefined {
  return Array.isArray(value) ? value : undefined;
}

export function asString(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/** A non-empty string, or a finite number written as a string (ids arrive as either). */
export function asId(value: unknown): string | undefined {
  if (typeof value === 'string' && value.trim() !== '') return value;
  if (typeof value === 'number' && Number.isSafeInteger(value)) return String(value);
  return undefined;
}

/** A non-negative whole count that fits the database's integer column; anything else is "not reported". */
export function asCount(value: unknown): number | null {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= 2_147_483_647
    ? value
    : null;
}

/** A timestamp the platform wrote (ISO 8601, Meta's `+0000` offset included); undefined when unreadable. */
export function asInstant(value: unknown): Date | undefined {
  if (typeof value !== 'string' || value.length > 40) return undefined;
  // Meta writes offsets without a colon (2021-07-09T19:09:52+0000), which Date.parse does not accept everywhere.
  const normalised = value.replace(/([+-]\d{2})(\d{2})$/, '$1:$2');
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(normalised)) return undefined;
  const ms = Date.parse(normalised);
  return Number.isNaN(ms) ? undefined : new Date(ms);
}

export function path(value: unknown, ...keys: string[]): unknown {
  let current = value;
  for (const key of keys) {
    const object = asObject(current);
    if (!object) return undefined;
    current = object[key];
  }
  return current;
}

/** Postgres text cannot hold NUL; platforms occasionally send it. */
export function cleanText(value: string): string {
  return value.includes('\u0000') ? value.replaceAll('\u0000', '') : value;
}

/** Larger of two numeric id strings (X and Mastodon ids are decimal snowflakes longer than 2^53). */
export function maxNumericId(a: string | null, b: string | null): string | null {
  if (a === null) return b;
  if (b === null) return a;
  if (!/^\d+$/.test(a) || !/^\d+$/.test(b)) return a >= b ? a : b;
  if (a.length !== b.length) return a.length > b.length ? a : b;
  return a >= b ? a : b;
}
