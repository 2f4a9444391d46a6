import type { ResponsivenessRow } from './metrics.types.js';

// A fixed locale, so the order does not depend on the server's; numeric, so "Agent 2" precedes "Agent 10".
const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/** By label; equal labels (two operators called Sam) by key, so the same data always prints the same order. */
export function compareRows(a: ResponsivenessRow, b: ResponsivenessRow): number {
  return collator.compare(a.label, b.label) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
}
