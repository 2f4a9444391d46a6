import type { SentimentScore } from './sentiment.types.js';
import {
  GERMAN_NEGATORS,
  GERMAN_NOT_NEGATED,
  GERMAN_SENTIMENT_LEXICON,
} from './german-sentiment-lexicon.data.js';

// Umlauts and ß are folded (ä → ae, ß → ss) on both sides: people type "schoen" and "Aerger" where the
// keyboard or the habit lacks them, and the incident word lists match either way too.
const FOLD: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss' };
const fold = (word: string) => word.replace(/[äöüß]/gu, (c) => FOLD[c]);

const LEXICON = new Map(GERMAN_SENTIMENT_LEXICON.map(([word, score]) => [fold(word), score]));
const NEGATORS = new Set(GERMAN_NEGATORS.map(fold));
const NOT_NEGATED = new Set(GERMAN_NOT_NEGATED.map(fold));
// Adjective and plural endings tried, longest first, when the word itself is not in the lexicon.
const ENDINGS = ['en', 'em', 'er', 'es', 'e'];
// A negation looks this far for its word: forward first ("nicht gut", "keine großen Probleme"), then
// backward ("gefällt mir nicht"). Backward only two words, or "Leider geht das nicht" would reach back.
const FORWARD = 3;
const BACKWARD = 2;
// Clause boundaries: a negation never crosses them.
const CLAUSE = /[.,;:!?()\n"„“]+/;

function lookup(word: string): number | undefined {
  const exact = LEXICON.get(word);
  if (exact !== undefined) return exact;
  for (const ending of ENDINGS) {
    if (word.length > ending.length + 2 && word.endsWith(ending)) {
      const stem = LEXICON.get(word.slice(0, -ending.length));
      if (stem !== undefined) return stem;
    }
  }
  return undefined;
}

interface Token {
  word: string;
  score: number | undefined;
  negated: boolean;
}

/** Each negator turns around the nearest scoring word of its clause, at most one, each word at most once. */
function applyNegation(clause: Token[]): void {
  clause.forEach((token, i) => {
    if (!NEGATORS.has(fold(token.word))) return;
    const candidates: number[] = [];
    for (let j = i + 1; j <= Math.min(clause.length - 1, i + FORWARD); j++) candidates.push(j);
    for (let j = i - 1; j >= Math.max(0, i - BACKWARD); j--) candidates.push(j);
    const target = candidates.find(
      (j) => clause[j].score !== undefined && !clause[j].negated && !NOT_NEGATED.has(fold(clause[j].word)),
    );
    if (target !== undefined) clause[target].negated = true;
  });
}

/**
 * Sentiment of a German text with the project's compact lexicon (german-sentiment-lexicon.data.ts):
 * words lower-cased, scored from the lexicon (with simple ending stripping), negated within their clause.
 */
export function germanSentiment(text: string): SentimentScore {
  const matched: { word: string; score: number }[] = [];
  let tokens = 0;
  for (const part of text.toLowerCase().split(CLAUSE)) {
    const clause: Token[] = (part.match(/\p{L}+/gu) ?? []).map((word) => {
      const folded = fold(word);
      return { word, score: NEGATORS.has(folded) ? undefined : lookup(folded), negated: false };
    });
    tokens += clause.length;
    applyNegation(clause);
    for (const token of clause) {
      if (token.score === undefined) continue;
      matched.push({ word: token.word, score: token.negated ? -token.score : token.score });
    }
  }
  const score = matched.reduce((sum, m) => sum + m.score, 0);
  return { language: 'de', score, comparative: tokens > 0 ? score / tokens : 0, tokens, matched };
}
