// House style: how an account is meant to sound, and the breaks an outbound item makes against it.
import type { Breakdown, ItemOwner } from '../model/breakdown.types.js';
import type { SentimentScore } from './sentiment.types.js';
import type { Estimated } from '../statistics/estimate.types.js';

/** German form of address: informal du (dich, dein, euch …) or formal Sie (Ihnen, Ihr …). */
export type FormOfAddress = 'du' | 'Sie';

export type EmojiPolicy = 'allowed' | 'forbidden' | 'limited';

export interface HouseStyle {
  accountId: string;
  /** The account's language (ISO 639-1, 'de', 'en'); an item's own language, where known, wins. */
  language: string | null;
  /** Checked on German items only; null: no rule. */
  formOfAddress: FormOfAddress | null;
  /** Replies must end in a signature (the account's pattern, as attribution reads it). */
  signatureRequired: boolean;
  /** The account's signature pattern (AccountFact.signaturePattern); null: the default pattern. */
  signaturePattern: string | null;
  emojiPolicy: EmojiPolicy;
  /** With 'limited': at most this many emoji per item. Default 1. */
  maxEmoji?: number;
  /** Longest reply allowed, in characters (user-perceived), trailing links not counted; null: no limit. */
  maxReplyLength: number | null;
}

/** An outbound item as the tone checks need it. */
export interface StyledItem extends ItemOwner {
  externalId: string;
  /** post, reply, comment, dm. Signature and length rules apply to replies (reply, comment, dm) only. */
  kind: string;
  text: string;
  /** The item's language where the platform says (X `lang`); else the account's. */
  language?: string | null;
}

export type StyleRule = 'form-of-address' | 'signature' | 'emoji' | 'reply-length';

export interface StyleBreak {
  rule: StyleRule;
  /** What was found, verbatim from the text: the du/Sie words, the emoji, the reply's last words. */
  evidence: string[];
  /** One sentence for the reader: "du-form on a Sie account: dich, dein". */
  detail: string;
}

export interface ItemStyleCheck {
  item: StyledItem;
  /** False when the account has no house style: the item is counted apart, not as compliant. */
  checked: boolean;
  breaks: readonly StyleBreak[];
}

export interface StyleSummary {
  /** Items checked against a house style. */
  checked: number;
  /** Checked items with at least one break. */
  breaking: number;
  /** breaking / checked; null when nothing was checked. */
  share: number | null;
  /** The share with its Wilson 95 % interval, or "insufficient data" below 20 checked items. */
  shareEstimate: Estimated;
  /** Items breaking each rule (an item can break several). */
  byRule: Record<StyleRule, number>;
  /** Items of accounts without a house style. */
  unchecked: number;
}

export interface StyleInput {
  styles: readonly HouseStyle[];
  items: readonly StyledItem[];
}

export interface StyleResult extends Breakdown<StyleSummary> {
  checks: ItemStyleCheck[];
}

export interface ReplySentiment {
  item: StyledItem;
  /** Null: the reply's language is not English or German (or unknown). */
  sentiment: SentimentScore | null;
}

export interface SentimentSummary {
  /** Replies scored. */
  scored: number;
  /** Replies in a language the product does not score. */
  notScored: number;
  meanScore: number | null;
  meanComparative: number | null;
  medianComparative: number | null;
  positive: number;
  neutral: number;
  negative: number;
  /** positive / scored and negative / scored; null when nothing was scored. (Counts above, for Wilson.) */
  positiveShare: number | null;
  negativeShare: number | null;
}

export interface SentimentInput {
  /** For each account's language; only accountId and language are read. */
  styles: readonly Pick<HouseStyle, 'accountId' | 'language'>[];
  items: readonly StyledItem[];
}

export interface SentimentResult extends Breakdown<SentimentSummary> {
  replies: ReplySentiment[];
}
