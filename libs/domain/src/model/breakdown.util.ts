import type { Breakdown, BreakdownRow, ItemOwner } from './breakdown.types.js';

export const TOTAL_KEY = 'total';

/**
 * Splits items by sourcing group and by account and summarises each part. Rows are ordered by key so
 * that the order of the input rows never shows in the output. `extraGroups`/`extraAccounts` name rows
 * that must appear even when they hold no items (a group with a cost model but no posts, say).
 */
export function buildBreakdown<Item, Summary>(
  items: readonly Item[],
  ownerOf: (item: Item) => ItemOwner,
  summarize: (items: readonly Item[], key: string) => Summary,
  extra: { groups?: readonly string[]; accounts?: readonly string[] } = {},
): Breakdown<Summary> {
  const byGroup = new Map<string, Item[]>((extra.groups ?? []).map((key) => [key, []]));
  const byAccount = new Map<string, Item[]>((extra.accounts ?? []).map((key) => [key, []]));
  for (const item of items) {
    const owner = ownerOf(item);
    push(byGroup, owner.group, item);
    push(byAccount, owner.accountId, item);
  }
  const rows = (parts: Map<string, Item[]>): BreakdownRow<Summary>[] =>
    [...parts.keys()].sort().map((key) => ({ key, summary: summarize(parts.get(key) ?? [], key) }));
  return {
    byGroup: rows(byGroup),
    byAccount: rows(byAccount),
    total: { key: TOTAL_KEY, summary: summarize(items, TOTAL_KEY) },
  };
}

function push<Item>(parts: Map<string, Item[]>, key: string, item: Item): void {
  const list = parts.get(key);
  if (list) list.push(item);
  else parts.set(key, [item]);
}
