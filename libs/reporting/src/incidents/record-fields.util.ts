// Nested records (evidence as captured, rule hits, audit payloads) flattened to `path: value` lines an auditor
// can read and quote. Values are shown as they were stored: strings as they are, everything else as JSON.

import type { RecordField } from './incident-audit.model.js';

export function recordFields(value: unknown, prefix = ''): RecordField[] {
  if (value === null || value === undefined) return prefix ? [{ key: prefix, value: 'null' }] : [];
  if (Array.isArray(value)) {
    if (value.length === 0) return prefix ? [{ key: prefix, value: '[]' }] : [];
    // A list of plain values reads best on one line.
    if (value.every((v) => v === null || typeof v !== 'object'))
      return [{ key: prefix || '[]', value: value.map(leaf).join(', ') }];
    return value.flatMap((v, i) => recordFields(v, `${prefix}[${i}]`));
  }
  if (value instanceof Date) return [{ key: prefix, value: value.toISOString() }];
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>);
    if (entries.length === 0) return prefix ? [{ key: prefix, value: '{}' }] : [];
    return entries
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .flatMap(([key, v]) => recordFields(v, prefix ? `${prefix}.${key}` : key));
  }
  return [{ key: prefix, value: leaf(value) }];
}

function leaf(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value instanceof Date) return value.toISOString();
  return JSON.stringify(value) ?? String(value);
}
