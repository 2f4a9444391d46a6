// The canonical form the audit chain hashes (docs/audit-log.md): JSON with object keys sorted, no whitespace,
// instants as ISO 8601 UTC strings with milliseconds. Two equal values always give the same bytes, whatever
// order their keys were written in and whether the database handed them back through jsonb or not.

/** A JSON value as the canonical form knows it (Dates are turned into ISO strings). */
export type CanonicalValue =
  null | boolean | number | string | CanonicalValue[] | { [key: string]: CanonicalValue };

/**
 * Serialises a value canonically. Object keys are sorted by UTF-16 code unit (JavaScript's default sort, the
 * same on every platform); keys whose value is undefined are left out, as JSON.stringify does; undefined in
 * an array becomes null. Dates become `toISOString()` strings. Non-finite numbers, bigints, functions and
 * symbols are refused: they have no JSON form, and a hash over a lossy form would prove nothing.
 */
export function canonicalJson(value: unknown): string {
  return write(value, '$');
}

/** The value as plain JSON data (Dates as ISO strings, keys sorted): what is stored, so that it reads back the same. */
export function toCanonicalValue(value: unknown): CanonicalValue {
  return JSON.parse(canonicalJson(value)) as CanonicalValue;
}

function write(value: unknown, path: string): string {
  if (value === null) return 'null';
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) throw new TypeError(`canonicalJson: invalid date at ${path}`);
    return JSON.stringify(value.toISOString());
  }
  switch (typeof value) {
    case 'boolean':
      return value ? 'true' : 'false';
    case 'number':
      if (!Number.isFinite(value)) throw new TypeError(`canonicalJson: ${value} at ${path} has no JSON form`);
      // JSON.stringify(-0) is "0" already; the shortest round-trip form is stable across engines.
      return JSON.stringify(value);
    case 'string':
      return JSON.stringify(value);
    case 'object':
      if (Array.isArray(value)) {
        return `[${value.map((v, i) => (v === undefined ? 'null' : write(v, `${path}[${i}]`))).join(',')}]`;
      }
      return writeObject(value as Record<string, unknown>, path);
    default:
      throw new TypeError(`canonicalJson: a ${typeof value} at ${path} has no JSON form`);
  }
}

function writeObject(object: Record<string, unknown>, path: string): string {
  const prototype = Object.getPrototypeOf(object) as unknown;
  if (prototype !== Object.prototype && prototype !== null) {
    throw new TypeError(`canonicalJson: only plain objects are serialised (at ${path})`);
  }
  const parts: string[] = [];
  for (const key of Object.keys(object).sort()) {
    const v = object[key];
    if (v === undefined) continue;
    parts.push(`${JSON.stringify(key)}:${write(v, `${path}.${key}`)}`);
  }
  return `{${parts.join(',')}}`;
}
