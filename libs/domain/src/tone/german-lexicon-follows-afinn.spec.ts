import { createRequire } from 'node:module';
import { GERMAN_NEGATORS, GERMAN_SENTIMENT_LEXICON } from './german-sentiment-lexicon.data.js';

// The German lexicon promises AFINN's score wherever it names an English equivalent, so that German
// and English replies are on one scale. Checked against the AFINN table the installed package uses.
const afinn = createRequire(import.meta.url)('sentiment/languages/en/labels.json') as Record<string, number>;

test.each(GERMAN_SENTIMENT_LEXICON.filter(([, , english]) => english !== null))(
  '%s scores %d like "%s"',
  (_word, score, english) => {
    expect(afinn[english!]).toBe(score);
  },
);

test('entries are lower-case, unique, within -5..5, and no negator scores', () => {
  const words = GERMAN_SENTIMENT_LEXICON.map(([word]) => word);
  expect(new Set(words).size).toBe(words.length);
  for (const [word, score] of GERMAN_SENTIMENT_LEXICON) {
    expect(word).toBe(word.toLowerCase());
    expect(Math.abs(score)).toBeLessThanOrEqual(5);
    expect(score).not.toBe(0);
    expect(GERMAN_NEGATORS).not.toContain(word);
  }
});
