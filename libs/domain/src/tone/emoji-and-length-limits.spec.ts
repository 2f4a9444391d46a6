import { findEmoji, visibleLength } from './emoji.util.js';
import { checkHouseStyle } from './house-style.util.js';
import { houseStyle, reply } from './tone.fixtures.js';

// @cafe allows one emoji per item and replies of at most 60 characters.
const style = houseStyle('cafe', { emojiPolicy: 'limited', maxEmoji: 1, maxReplyLength: 60 });
const check = (text: string) => checkHouseStyle(reply('cafe', 'in_house', text), style);

test('one thumbs-up with a skin tone is one emoji: allowed', () => {
  expect(findEmoji('Danke! 👍🏽')).toEqual(['👍🏽']);
  expect(check('Danke! 👍🏽')).toEqual([]);
});

test('two party poppers are one too many', () => {
  expect(check('Glückwunsch 🎉🎉')).toEqual([
    { rule: 'emoji', evidence: ['🎉', '🎉'], detail: '2 emoji where 1 are allowed: 🎉 🎉' },
  ]);
});

test('a family, a flag, a keycap and a red heart are one emoji each; ©, ™ and :-) are none', () => {
  expect(findEmoji('👩‍👩‍👧 🇦🇹 1️⃣ ❤️ ❤ © ™ :-)')).toEqual(['👩‍👩‍👧', '🇦🇹', '1️⃣', '❤️', '❤']);
  expect(findEmoji('©️ 🏴󠁧󠁢󠁳󠁣󠁴󠁿 👋🏿👋')).toEqual(['©️', '🏴󠁧󠁢󠁳󠁣󠁴󠁿', '👋🏿', '👋']);
});

test('emoji found by sequence agree with grapheme segmentation on every emoji cluster', () => {
  const text = 'Hallo 👩‍💻 und 🧑🏽‍🚀, wir 🇩🇪 ❤️ 5️⃣ 😀😀 ✔ ✔️ Café';
  const clusters = [...new Intl.Segmenter('en', { granularity: 'grapheme' }).segment(text)]
    .map((s) => s.segment)
    .filter((s) => /\p{Extended_Pictographic}|\p{Regional_Indicator}|\u20E3/u.test(s));
  expect(findEmoji(text)).toEqual(clusters);
});

test('length counts what the reader sees; the link the platform appends is not counted', () => {
  const sixty = 'a'.repeat(58) + ' ☕';
  expect(visibleLength(sixty)).toBe(60);
  expect(sixty.length).toBe(60); // ☕ is one UTF-16 unit: no segmentation needed to know it fits
  expect(visibleLength('Café 👩‍👩‍👧')).toBe(6);
  expect(check(`${sixty} https://t.co/znUu1VJn9r`)).toEqual([]);
  expect(check(`${sixty}!`)).toEqual([
    { rule: 'reply-length', evidence: ['61'], detail: '61 characters where 60 are allowed' },
  ]);
});

test('posts have no length limit: the rule is about replies', () => {
  expect(checkHouseStyle(reply('cafe', 'in_house', 'x'.repeat(500), { kind: 'post' }), style)).toEqual([]);
});
