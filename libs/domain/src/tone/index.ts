export type {
  EmojiPolicy,
  FormOfAddress,
  HouseStyle,
  ItemStyleCheck,
  ReplySentiment,
  SentimentInput,
  SentimentResult,
  SentimentSummary,
  StyleBreak,
  StyledItem,
  StyleInput,
  StyleResult,
  StyleRule,
  StyleSummary,
} from './house-style.types.js';
export type { SentimentLanguage, SentimentScore } from './sentiment.types.js';
export { findFormsOfAddress, type AddressForms } from './form-of-address.util.js';
export { findEmoji, isLongerThan, visibleLength } from './emoji.util.js';
export { baseLanguage } from './language.util.js';
export { REPLY_KINDS, checkHouseStyle } from './house-style.util.js';
export { computeStyleBreaks, summarizeStyleChecks } from './style-breaks.util.js';
export {
  GERMAN_NEGATORS,
  GERMAN_NOT_NEGATED,
  GERMAN_SENTIMENT_LEXICON,
  type GermanLexiconEntry,
} from './german-sentiment-lexicon.data.js';
export { germanSentiment } from './german-sentiment.util.js';
export { englishSentiment } from './english-sentiment.util.js';
export { replyWords, scoreSentiment, sentimentLanguage } from './sentiment.util.js';
export { computeReplySentiment, summarizeSentiment } from './reply-sentiment.util.js';
