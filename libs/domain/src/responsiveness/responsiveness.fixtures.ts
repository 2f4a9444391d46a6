// Small builders for responsiveness scenarios (test-only; not exported from the folder's index).
import type { InboundItemFact, OutboundItemFact } from '../model/facts.js';

export function customer(
  externalId: string,
  createdAt: string,
  extra: Partial<InboundItemFact> = {},
): InboundItemFact {
  return {
    accountId: 'acc',
    externalId,
    createdAt: new Date(createdAt),
    conversationId: null,
    actionable: true,
    ...extra,
  };
}

export function brand(
  externalId: string,
  createdAt: string,
  extra: Partial<OutboundItemFact> = {},
): OutboundItemFact {
  return {
    accountId: 'acc',
    externalId,
    createdAt: new Date(createdAt),
    inReplyToExternalId: null,
    conversationId: null,
    operatorId: 'op-agency',
    attributionSource: 'signature',
    ...extra,
  };
}
