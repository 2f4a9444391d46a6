import { extractSignature, signatureText } from '../attribution/signature.util.js';
import { findEmoji, isLongerThan, visibleLength } from './emoji.util.js';
import { findFormsOfAddress } from './form-of-address.util.js';
import type { HouseStyle, StyleBreak, StyledItem } from './house-style.types.js';
import { baseLanguage } from './language.util.js';

/** Outbound kinds that answer someone: signature and length rules are about these. */
export const REPLY_KINDS: readonly string[] = ['reply', 'comment', 'dm'];

const unique = (words: readonly string[]) => [...new Set(words)];

function addressBreak(item: StyledItem, style: HouseStyle): StyleBreak | null {
  if (style.formOfAddress === null) return null;
  // Only German has the rule; an item known to be in another language is not checked against it.
  const language = baseLanguage(item.language ?? style.language);
  if (language !== null && language !== 'de') return null;
  const forms = findFormsOfAddress(item.text);
  if (style.formOfAddress === 'Sie' && forms.du.length > 0) {
    const evidence = unique(forms.du);
    return { rule: 'form-of-address', evidence, detail: `du-form on a Sie account: ${evidence.join(', ')}` };
  }
  if (style.formOfAddress === 'du' && forms.sie.length > 0) {
    const evidence = unique(forms.sie);
    return { rule: 'form-of-address', evidence, detail: `Sie-form on a du account: ${evidence.join(', ')}` };
  }
  return null;
}

function signatureBreak(item: StyledItem, style: HouseStyle): StyleBreak | null {
  if (!style.signatureRequired || !REPLY_KINDS.includes(item.kind)) return null;
  if (extractSignature(item.text, style.signaturePattern) !== null) return null;
  // The last three words: where the signature should have been.
  const ending = signatureText(item.text).split(/\s+/u).slice(-3).join(' ');
  return { rule: 'signature', evidence: [ending], detail: `no signature at the end: "…${ending}"` };
}

function emojiBreak(item: StyledItem, style: HouseStyle): StyleBreak | null {
  if (style.emojiPolicy === 'allowed') return null;
  const emoji = findEmoji(item.text);
  const max = style.emojiPolicy === 'forbidden' ? 0 : (style.maxEmoji ?? 1);
  if (emoji.length <= max) return null;
  const detail =
    style.emojiPolicy === 'forbidden'
      ? `emoji on an account without emoji: ${emoji.join(' ')}`
      : `${emoji.length} emoji where ${max} are allowed: ${emoji.join(' ')}`;
  return { rule: 'emoji', evidence: emoji, detail };
}

function lengthBreak(item: StyledItem, style: HouseStyle): StyleBreak | null {
  if (style.maxReplyLength === null || !REPLY_KINDS.includes(item.kind)) return null;
  // Trailing links are left out: the platform appends them (attached media, quoted posts).
  const text = signatureText(item.text);
  if (!isLongerThan(text, style.maxReplyLength)) return null;
  const length = visibleLength(text);
  return {
    rule: 'reply-length',
    evidence: [`${length}`],
    detail: `${length} characters where ${style.maxReplyLength} are allowed`,
  };
}

/** The breaks of one outbound item against its account's house style, in rule order. */
export function checkHouseStyle(item: StyledItem, style: HouseStyle): StyleBreak[] {
  return [addressBreak, signatureBreak, emojiBreak, lengthBreak]
    .map((rule) => rule(item, style))
    .filter((found): found is StyleBreak => found !== null);
}
