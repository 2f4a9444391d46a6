import { findFormsOfAddress } from './form-of-address.util.js';
import { checkHouseStyle } from './house-style.util.js';
import { houseStyle, reply } from './tone.fixtures.js';

// @sneakershop says du. Capitalised Sie, Ihnen, Ihr … in mid-sentence are formal; at the start of a
// sentence they may be "she", "they" or "her" and are not held against anyone.
const style = houseStyle('sneakershop', { formOfAddress: 'du' });
const check = (text: string, extra = {}) =>
  checkHouseStyle(reply('sneakershop', 'agency:social', text, extra), style);

test('"Können Sie uns Ihre Bestellnummer schicken?" is formal: Sie, Ihre', () => {
  expect(check('@kunde Können Sie uns Ihre Bestellnummer schicken?')).toEqual([
    { rule: 'form-of-address', evidence: ['Sie', 'Ihre'], detail: 'Sie-form on a du account: Sie, Ihre' },
  ]);
});

test('"Deine Bestellung ist da. Sie kommt morgen." – Sie is the parcel: no break', () => {
  expect(check('@kunde Deine Bestellung ist da. Sie kommt morgen.')).toEqual([]);
});

test('a reply opening with @handles still starts a sentence: "@kunde @shop Sie ist unterwegs"', () => {
  expect(findFormsOfAddress('@kunde @shop Sie ist unterwegs').sie).toEqual([]);
});

test('lower-case "sie" and "ihr" are she, they and her, never formal address', () => {
  expect(findFormsOfAddress('Wir haben sie gestern an ihr Postfach geschickt')).toEqual({ du: [], sie: [] });
});

test('an item the platform marks as English is not checked for German address', () => {
  expect(check('Our menu du jour: Sie-cret sauce', { language: 'en' })).toEqual([]);
  expect(check('Our menu du jour', { language: 'de-AT' })).toHaveLength(0);
  expect(houseStyle('x').formOfAddress).toBeNull();
});

test('du forms are found in any case: Du, DICH, euch', () => {
  expect(findFormsOfAddress('Du kannst DICH gern melden, wir helfen euch').du).toEqual([
    'Du',
    'DICH',
    'euch',
  ]);
});

test('after a greeting and a comma Sie is formal; after "!" or a line break it opens a sentence', () => {
  expect(findFormsOfAddress('Hallo Anna, Sie können uns jederzeit schreiben').sie).toEqual(['Sie']);
  expect(findFormsOfAddress('Super! Ihre Bestellung ist da').sie).toEqual([]);
  expect(findFormsOfAddress('Hallo Anna\nSie ist schon unterwegs').sie).toEqual([]);
  expect(findFormsOfAddress('Siehe Ihren Posteingang, Dirk').sie).toEqual(['Ihren']);
});
