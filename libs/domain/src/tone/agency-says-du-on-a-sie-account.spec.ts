import { computeStyleBreaks } from './style-breaks.util.js';
import { houseStyle, reply } from './tone.fixtures.js';

// @versicherung addresses customers with Sie, signs every reply (^XX), uses no emoji. Staff wrote two
// replies, the agency three replies and one post. The agency slipped into du once, sent an emoji in an
// unsigned reply, and put an emoji in a post (posts need no signature).
const style = houseStyle('versicherung', {
  formOfAddress: 'Sie',
  signatureRequired: true,
  emojiPolicy: 'forbidden',
});
const staff = (text: string) => reply('versicherung', 'in_house', text);
const agency = (text: string, kind = 'reply') => reply('versicherung', 'agency:social', text, { kind });

const items = [
  staff('@kunde Vielen Dank für Ihre Nachricht. Können Sie uns Ihre Vertragsnummer per DM senden? ^MK'),
  staff('@kunde Sie erreichen uns werktags von 8 bis 18 Uhr. ^MK'),
  agency('@kunde Hey, schick uns doch kurz deine Vertragsnummer per DM, dann schauen wir für dich nach! ^TL'),
  agency('@kunde Das tut uns leid 😕 Wir kümmern uns darum.'),
  agency('@kunde Danke, dass Sie uns Bescheid geben! ^TL'),
  agency('Unser neuer Tarif ist da 🎉 https://t.co/abc', 'post'),
];
const result = computeStyleBreaks({ styles: [style], items });
const group = (key: string) => result.byGroup.find((row) => row.key === key)!.summary;

test('the du reply is a break, with the words as evidence', () => {
  expect(result.checks[2].breaks).toEqual([
    {
      rule: 'form-of-address',
      evidence: ['deine', 'dich'],
      detail: 'du-form on a Sie account: deine, dich',
    },
  ]);
});

test('the unsigned reply with an emoji breaks two rules; the post only the emoji rule', () => {
  expect(result.checks[3].breaks.map((b) => b.rule)).toEqual(['signature', 'emoji']);
  expect(result.checks[3].breaks[0].evidence).toEqual(['kümmern uns darum.']);
  expect(result.checks[3].breaks[1].evidence).toEqual(['😕']);
  expect(result.checks[5].breaks.map((b) => b.rule)).toEqual(['emoji']);
});

test('staff: 0 of 2 items break the house style; agency: 3 of 4 = 75 %', () => {
  expect(group('in_house')).toMatchObject({ checked: 2, breaking: 0, share: 0 });
  expect(group('agency:social')).toMatchObject({
    checked: 4,
    breaking: 3,
    share: 0.75,
    byRule: { 'form-of-address': 1, signature: 1, emoji: 2, 'reply-length': 0 },
  });
  expect(result.byAccount[0].summary).toMatchObject({ checked: 6, breaking: 3, share: 0.5 });
});

test('four items are too few for a share with an interval: insufficient data', () => {
  expect(group('agency:social').shareEstimate).toEqual({
    status: 'insufficient',
    observations: 4,
    required: 20,
  });
});

test('a month of 25 agency replies, 5 of them in du: 20 %, Wilson 95 % interval 8.9 %–39.1 %', () => {
  const month = Array.from({ length: 25 }, (_, i) =>
    agency(i < 5 ? '@kunde Schreib uns deine Nummer ^TL' : '@kunde Schreiben Sie uns Ihre Nummer ^TL'),
  );
  const estimate = computeStyleBreaks({ styles: [style], items: month }).total.summary.shareEstimate;
  expect(estimate).toMatchObject({ status: 'estimate', value: 0.2, observations: 25 });
  if (estimate.status !== 'estimate') throw new Error('expected an estimate');
  expect(estimate.interval.lower).toBeCloseTo(0.0886, 4);
  expect(estimate.interval.upper).toBeCloseTo(0.3913, 4);
});

test('an account without a house style is not counted as compliant', () => {
  const other = reply('other', 'agency:social', 'hey du 😀');
  const withOther = computeStyleBreaks({ styles: [style], items: [...items, other] });
  expect(withOther.total.summary).toMatchObject({ checked: 6, breaking: 3, unchecked: 1 });
});

test('permuting the items changes no row', () => {
  const reversed = computeStyleBreaks({ styles: [style], items: [...items].reverse() });
  expect(reversed.byGroup).toEqual(result.byGroup);
  expect(reversed.byAccount).toEqual(result.byAccount);
  expect(reversed.total).toEqual(result.total);
});
