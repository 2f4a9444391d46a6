import { englishSentiment } from './english-sentiment.util.js';
import { germanSentiment } from './german-sentiment.util.js';
import type { SentimentLanguage, SentimentScore } from './sentiment.types.js';
import { baseLanguage } from './language.util.js';

const MENTION = /(^|[\s(])@\w+/gu;
const LINK = /https?:\/\/\S+/gu;

/** The words a reply says: @mentions and links removed, so that they neither score nor dilute `comparative`. */
export function replyWords(text: string): string {
  return text.replace(LINK, ' ').replace(MENTION, '$1').replace(/\s+/gu, ' ').trim();
}

/** 'de', 'de-AT', 'de_CH' → 'de'; 'en', 'en-GB' → 'en'; anything else is a language the product does not score. */
export function sentimentLanguage(language: string | null | undefined): SentimentLanguage | null {
  const base = baseLanguage(language);
  return base === 'de' || base === 'en' ? base : null;
}

/** Sentiment of a reply in English or German; null for any other language (counted as "not scored"). */
export function scoreSentiment(text: string, language: string | null | undefined): SentimentScore | null {
  const lang = sentimentLanguage(language);
  if (lang === null) return null;
  const words = replyWords(text);
  if (!/\p{L}/u.test(words)) return { language: lang, score: 0, comparative: 0, tokens: 0, matched: [] };
  return lang === 'de' ? germanSentiment(words) : englishSentiment(words);
}
