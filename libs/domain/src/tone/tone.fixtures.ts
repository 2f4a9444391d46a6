// Small builders for tone scenarios (test-only; not exported from the folder's index).
import type { HouseStyle, StyledItem } from './house-style.types.js';

export function houseStyle(accountId: string, extra: Partial<HouseStyle> = {}): HouseStyle {
  return {
    accountId,
    language: 'de',
    formOfAddress: null,
    signatureRequired: false,
    signaturePattern: null,
    emojiPolicy: 'allowed',
    maxReplyLength: null,
    ...extra,
  };
}

let counter = 0;

export function reply(
  accountId: string,
  group: string,
  text: string,
  extra: Partial<StyledItem> = {},
): StyledItem {
  counter += 1;
  return { accountId, group, externalId: `r${counter}`, kind: 'reply', text, ...extra };
}
