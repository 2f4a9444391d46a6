import { germanSentiment } from './german-sentiment.util.js';
import { computeReplySentiment } from './reply-sentiment.util.js';
import { scoreSentiment } from './sentiment.util.js';
import { reply } from './tone.fixtures.js';

// Word scores from the lexicon (AFINN scale); comparative = score / words.
test('"Vielen Dank für Ihre Geduld!": Dank +2 over 5 words', () => {
  expect(germanSentiment('Vielen Dank für Ihre Geduld!')).toEqual({
    language: 'de',
    score: 2,
    comparative: 0.4,
    tokens: 5,
    matched: [{ word: 'dank', score: 2 }],
  });
});

test('"Das ist nicht gut." – nicht turns gut (+3) into -3', () => {
  expect(germanSentiment('Das ist nicht gut.')).toMatchObject({ score: -3, comparative: -0.75 });
});

test('"Kein Problem, gerne!" – kein turns Problem (-2) into +2, gerne +2: 4 over 3 words', () => {
  const result = germanSentiment('Kein Problem, gerne!');
  expect(result.matched).toEqual([
    { word: 'problem', score: 2 },
    { word: 'gerne', score: 2 },
  ]);
  expect(result.comparative).toBeCloseTo(4 / 3, 12);
});

test('"Das gefällt mir nicht" – the negation looks back: gefällt +2 becomes -2', () => {
  expect(germanSentiment('Das gefällt mir nicht').score).toBe(-2);
});

test('"Leider geht das nicht." – the nicht is the verb\'s; leider stays -1', () => {
  expect(germanSentiment('Leider geht das nicht.').score).toBe(-1);
});

test('"Keine Sorge, nicht schlecht!" – a negation stops at the comma: +3 and +3', () => {
  expect(germanSentiment('Keine Sorge, nicht schlecht!').score).toBe(6);
});

test('umlauts typed as ae, oe, ue and ss score the same: "schoen", "Aerger", "grossartig"', () => {
  expect(germanSentiment('schoen').score).toBe(3);
  expect(germanSentiment('So ein Aerger').score).toBe(-3);
  expect(germanSentiment('grossartig').score).toBe(3);
});

test('inflected forms are found by their stem: "schönen", "Probleme", "verspätete"', () => {
  expect(germanSentiment('Einen schönen Tag').score).toBe(3);
  expect(germanSentiment('Probleme mit der verspäteten Lieferung').score).toBe(-2 - 1);
});

test('English goes to AFINN: "Sorry for the delay, we are happy to help!" = -1 -1 +3 +2 = 3 over 9 words', () => {
  const result = scoreSentiment(
    '@customer Sorry for the delay, we are happy to help! https://t.co/x1',
    'en-GB',
  );
  expect(result).toMatchObject({ language: 'en', score: 3, tokens: 9 });
  expect(result?.comparative).toBeCloseTo(1 / 3, 12);
  expect(result?.matched.map((m) => m.word)).toEqual(['sorry', 'delay', 'happy', 'help']);
});

test('French is not scored', () => {
  expect(scoreSentiment('Merci beaucoup !', 'fr')).toBeNull();
});

// Staff answer warmly, the agency flatly; one agency reply is in French and one item is a post.
test('per group: staff mean +3 (2 positive), agency mean -0.5 (1 negative, 1 positive), French apart', () => {
  const items = [
    reply('bank', 'in_house', '@kunde Vielen Dank für Ihre Geduld!'),
    reply('bank', 'in_house', '@kunde Kein Problem, gerne!'),
    reply('bank', 'agency:x', '@kunde Das geht leider nicht. Wir entschuldigen uns.'),
    reply('bank', 'agency:x', '@kunde Bitte senden Sie uns eine DM.'),
    reply('bank', 'agency:x', '@client Merci de votre message', { language: 'fr' }),
    reply('bank', 'agency:x', 'Super Angebot!', { kind: 'post' }),
  ];
  const result = computeReplySentiment({ styles: [{ accountId: 'bank', language: 'de' }], items });
  const group = (key: string) => result.byGroup.find((row) => row.key === key)!.summary;
  // in_house: +2 and +4. agency: leider -1, entschuldigen -1 → -2; "Bitte …" +1 → mean (-2 + 1) / 2.
  expect(group('in_house')).toMatchObject({
    scored: 2,
    meanScore: 3,
    positive: 2,
    negative: 0,
    positiveShare: 1,
  });
  expect(group('agency:x')).toMatchObject({
    scored: 2,
    notScored: 1,
    meanScore: -0.5,
    positive: 1,
    neutral: 0,
    negative: 1,
    negativeShare: 0.5,
  });
  expect(result.replies).toHaveLength(5);
});
