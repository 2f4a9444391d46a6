// The data fingerprint of a report: SHA-256 over the canonical form (libs/domain/src/audit, the audit log's
// form: keys sorted, instants as ISO 8601 UTC) of every fact the report's numbers rest on. An auditor who
// re-runs the report next year on the same data gets the same fingerprint; one changed fact changes it.
import { createHash } from 'node:crypto';
import { canonicalJson } from '#domain';

/** Version of what is fingerprinted and how; stored in the report's parameters beside the fingerprint. */
export const DATA_FINGERPRINT_VERSION = 1;

/**
 * Facts are sets, not sequences: a repository that returns the same rows in another order (no ORDER BY, a
 * different plan on PostgreSQL 15 than on PGlite) must not change the fingerprint. So every array is sorted by
 * the canonical form of its elements before hashing; the order of keys is already canonical.
 */
export function dataFingerprint(facts: Record<string, unknown>): string {
  const canonical = canonicalJson({ v: DATA_FINGERPRINT_VERSION, facts: asSets(plain(facts)) });
  return createHash('sha256').update(canonical, 'utf8').digest('hex');
}

export function sha256Hex(content: Uint8Array | string): string {
  return createHash('sha256').update(content).digest('hex');
}

// Entities and other class instances become plain JSON data (Dates as ISO strings, undefined dropped), as
// canonicalJson accepts only plain objects.
function plain(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value, (_key, v: unknown) => (typeof v === 'bigint' ? v.toString() : v)));
}

function asSets(value: unknown): unknown {
  if (Array.isArray(value)) {
    return value
      .map((element) => asSets(element))
      .map((element) => ({ element, key: canonicalJson(element) }))
      .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
      .map(({ element }) => element);
  }
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>).map(([key, v]) => [key, asSets(v)]),
    );
  }
  return value;
}
