// Lexicon-based sentiment of outbound replies: one score per reply, summarised per group and account.

/** Languages the product scores: English with the `sentiment` package (AFINN-165), German with its own lexicon. */
export type SentimentLanguage = 'en' | 'de';

export interface SentimentScore {
  language: SentimentLanguage;
  /** Sum of the word scores after negation (AFINN scale, each word -5 … 5). */
  score: number;
  /** score / tokens: comparable between short and long replies. 0 for a reply without words. */
  comparative: number;
  tokens: number;
  /** The words that scored, with their scores after negation, in text order. */
  matched: { word: string; score: number }[];
}
