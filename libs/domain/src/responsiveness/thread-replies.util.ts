import type { OutboundItemFact } from '../model/facts.js';
import { itemKey } from './item-key.util.js';

/** Outbound items that reply to a parent, grouped by itemKey(account, parent id), earliest first. */
export function indexThreadReplies(outbound: readonly OutboundItemFact[]): Map<string, OutboundItemFact[]> {
  const byParent = new Map<string, OutboundItemFact[]>();
  for (const item of outbound) {
    if (item.inReplyToExternalId === null) continue;
    const key = itemKey(item.accountId, item.inReplyToExternalId);
    const replies = byParent.get(key);
    if (replies) replies.push(item);
    else byParent.set(key, [item]);
  }
  for (const replies of byParent.values()) replies.sort(byCreatedAt);
  return byParent;
}

// Ties broken by external id so the same data always credits the same responder.
export function byCreatedAt(a: OutboundItemFact, b: OutboundItemFact): number {
  return (
    a.createdAt.getTime() - b.createdAt.getTime() ||
    (a.externalId < b.externalId ? -1 : a.externalId > b.externalId ? 1 : 0)
  );
}
