import Sentiment from 'sentiment';
import type { SentimentScore } from './sentiment.types.js';

// One analyser for the process. `analyze` is called without `extras`: the package merges extras into its
// shared label table for good, so one call with extras would change every later score.
const analyser = new Sentiment();

/**
 * Sentiment of an English text with the `sentiment` package (AFINN-165, with its English negation:
 * "not good" scores -3). The package's own tokens and scores are kept; only the shape is ours.
 */
export function englishSentiment(text: string): SentimentScore {
  const result = analyser.analyze(text);
  // The package walks tokens from the end; its calculation list is in reverse text order.
  const matched = result.calculation
    .map((entry) => {
      const [word, score] = Object.entries(entry)[0];
      return { word, score };
    })
    .reverse();
  return {
    language: 'en',
    score: result.score,
    comparative: result.comparative,
    tokens: result.tokens.length,
    matched,
  };
}
