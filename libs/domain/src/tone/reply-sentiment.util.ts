import { buildBreakdown } from '../model/breakdown.util.js';
import { mean } from '../statistics/mean.util.js';
import { median } from '../statistics/median.util.js';
import { REPLY_KINDS } from './house-style.util.js';
import type {
  ReplySentiment,
  SentimentInput,
  SentimentResult,
  SentimentSummary,
} from './house-style.types.js';
import type { SentimentScore } from './sentiment.types.js';
import { scoreSentiment, sentimentLanguage } from './sentiment.util.js';

export function summarizeSentiment(replies: readonly ReplySentiment[]): SentimentSummary {
  const scores = replies.flatMap((reply) => (reply.sentiment ? [reply.sentiment] : []));
  const positive = scores.filter((s) => s.score > 0).length;
  const negative = scores.filter((s) => s.score < 0).length;
  const n = scores.length;
  return {
    scored: n,
    notScored: replies.length - n,
    meanScore: mean(scores.map((s) => s.score)),
    meanComparative: mean(scores.map((s) => s.comparative)),
    medianComparative: median(scores.map((s) => s.comparative)),
    positive,
    neutral: n - positive - negative,
    negative,
    positiveShare: n > 0 ? positive / n : null,
    negativeShare: n > 0 ? negative / n : null,
  };
}

/**
 * Sentiment of outbound replies (kinds reply, comment, dm; posts are campaigns, not conversation) per
 * sourcing group and account. A reply is scored in its own language where known, else the account's.
 */
export function computeReplySentiment(input: SentimentInput): SentimentResult {
  const languages = new Map(input.styles.map((style) => [style.accountId, style.language]));
  // Replies repeat themselves (templates, "Thanks, we are on it"): a text is scored once per language. The
  // score is a pure function of the two, and the shared score objects are only read.
  const scored = new Map<string, SentimentScore | null>();
  const scoreOf = (text: string, language: string | null) => {
    // A language the product does not score is answered without a look-up (most accounts have no style).
    if (sentimentLanguage(language) === null) return null;
    const key = `${language ?? ''}\u0000${text}`;
    let score = scored.get(key);
    if (score === undefined) scored.set(key, (score = scoreSentiment(text, language)));
    return score;
  };
  const replies: ReplySentiment[] = input.items
    .filter((item) => REPLY_KINDS.includes(item.kind))
    .map((item) => ({
      item,
      sentiment: scoreOf(item.text, item.language ?? languages.get(item.accountId) ?? null),
    }));
  return { ...buildBreakdown(replies, (reply) => reply.item, summarizeSentiment), replies };
}
