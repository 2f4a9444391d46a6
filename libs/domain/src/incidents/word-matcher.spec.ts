import { compileTextMatcher, parseWordList, wordPattern, type WordListEntry } from './word-matcher.util.js';

const word = (term: string, list = 'profanity', source = 'en'): WordListEntry => ({
  term,
  kind: 'word',
  list,
  source,
});

describe('word lists and patterns', () => {
  test('whole words only, any case, with the match as it appears in the text', () => {
    const matcher = compileTextMatcher([word('shit'), word('arsch', 'profanity', 'de')]);
    expect(matcher.match('Holy SHIT, what a Marsch; shitake mushrooms')).toEqual([
      { term: 'shit', list: 'profanity', source: 'en', match: 'SHIT', index: 5 },
    ]);
  });

  test('a * at either end stands for more letters', () => {
    const matcher = compileTextMatcher([word('fuck*'), word('*loch', 'profanity', 'de')]);
    expect(matcher.match('nobody knows how to f***ing drive').map((m) => m.match)).toEqual([]);
    expect(matcher.match('no one here knows how to fucking drive, Drecksloch').map((m) => m.match)).toEqual([
      'fucking',
      'Drecksloch',
    ]);
  });

  test('German words match with and without ß and umlauts, in any script-aware word boundary', () => {
    const matcher = compileTextMatcher([word('scheiß*', 'profanity', 'de'), word('möse', 'profanity', 'de')]);
    expect(matcher.match('So eine Scheisse! Echt ein Scheißladen.').map((m) => m.match)).toEqual([
      'Scheisse',
      'Scheißladen',
    ]);
    expect(matcher.match('Moese').map((m) => m.match)).toEqual(['Moese']);
    expect(
      compileTextMatcher([word('scheisse', 'profanity', 'de')])
        .match('Scheiße')
        .map((m) => m.match),
    ).toEqual(['Scheiße']);
  });

  test('workspace patterns are regular expressions; phrases match across spaces', () => {
    const matcher = compileTextMatcher([
      { term: 'free\\s+iphones?', kind: 'pattern', list: 'brand-terms', source: 'workspace' },
      word('never again', 'negative'),
    ]);
    expect(matcher.match('FREE  iPhones for all! Never   again.').map((m) => [m.list, m.match])).toEqual([
      ['brand-terms', 'FREE  iPhones'],
      ['negative', 'Never   again'],
    ]);
  });

  test('the same word on two lists is one finding; a bad pattern is refused with its text', () => {
    const matcher = compileTextMatcher([word('shit'), word('shit', 'brand-terms', 'workspace')]);
    expect(matcher.match('shit')).toHaveLength(1);
    expect(() =>
      compileTextMatcher([{ term: 'free(', kind: 'pattern', list: 'x', source: 'workspace' }]),
    ).toThrow(/invalid pattern "free\("/);
    expect(() =>
      compileTextMatcher([{ term: 'a*', kind: 'pattern', list: 'x', source: 'workspace' }]),
    ).toThrow(/empty/);
    expect(() => wordPattern('*')).toThrow(/no letters/);
  });

  test('word list files: one term a line, comments and blank lines ignored', () => {
    expect(parseWordList('# source: somewhere\nfuck*\n\n  shit  # mild\n', 'profanity', 'en')).toEqual([
      word('fuck*'),
      word('shit'),
    ]);
  });
});
