// The data fingerprint of a report: SHA-256 over the canonical form (libs/domain/src/audit, the audit log's
// form: keys sorted, instants as ISO 8601 UTC) of every fact the report's numbers rest on. An auditor who
// re-runs the report next year on the same data gets the same fingerprint; one changed fact changes it.
import { createHash } from 'node:crypto';

/**
 * Version of what is fingerprinted and how; stored in the report's parameters beside the fingerprint.
 * 2: operators carry their dated group memberships (the group at the time is a fact the numbers rest on).
 */
export const DATA_FINGERPRINT_VERSION = 2;

/**
 * Facts are sets, not sequences: a repository that returns the same rows in another order (no ORDER BY, a
 * different plan on PostgreSQL 15 than on PGlite) must not change the fingerprint. So every array is written
 * in the order of its elements' canonical forms; the order of keys is canonical already. The result is
 * `canonicalJson({ v, facts })` with every array so sorted, built in one pass: a month of 50 accounts has
 * hundreds of thousands of facts, and sorting by re-serialising each element at every level of nesting took
 * longer than computing the report.
 */
export function dataFingerprint(facts: Record<string, unknown>): string {
  const canonical = `{"facts":${setJson(facts)},"v":${DATA_FINGERPRINT_VERSION}}`;
  return createHash('sha256').update(canonical, 'utf8').digest('hex');
}

export function sha256Hex(content: Uint8Array | string): string {
  return createHash('sha256').update(content).digest('hex');
}

/**
 * The canonical JSON of a value read as JSON.stringify reads it (entities and other class instances as their
 * own enumerable data, Dates and anything with toJSON through it, bigints as decimal strings, undefined and
 * functions dropped from objects and null in arrays), with object keys sorted by UTF-16 code unit and array
 * elements sorted by their canonical form.
 */
function setJson(value: unknown): string {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return JSON.stringify(value);
    case 'number':
      return Number.isFinite(value) ? JSON.stringify(value) : 'null';
    case 'bigint':
      return JSON.stringify(value.toString());
    case 'object':
      break;
    default:
      return 'null';
  }
  const json = value as { toJSON?: () => unknown };
  if (typeof json.toJSON === 'function') return setJson(json.toJSON());
  if (Array.isArray(value)) return `[${value.map(setJson).sort().join(',')}]`;
  const object = value as Record<string, unknown>;
  const parts: string[] = [];
  for (const key of Object.keys(object).sort()) {
    const v = object[key];
    if (v === undefined || typeof v === 'function' || typeof v === 'symbol') continue;
    parts.push(`${JSON.stringify(key)}:${setJson(v)}`);
  }
  return `{${parts.join(',')}}`;
}
