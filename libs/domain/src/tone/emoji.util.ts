// Emoji as a reader sees them: one per emoji sequence, so 👍🏽, 👩‍👩‍👧 and 🇦🇹 count once each.

// An emoji is a pictograph (Unicode Extended_Pictographic: 😀, ❤ with or without U+FE0F) with its
// modifiers, tags and zero-width-joined partners, or a flag (two regional indicators), or a keycap.
// A regular expression rather than grapheme segmentation: segmenting costs about a microsecond a
// character, and a month of a million replies must be checked in seconds.
const EMOJI_SEQUENCE =
  /\p{Regional_Indicator}{2}|[#*0-9]\uFE0F?\u20E3|\p{Extended_Pictographic}[\uFE0F\p{Emoji_Modifier}\u{E0020}-\u{E007F}]*(?:\u200D\p{Extended_Pictographic}[\uFE0F\p{Emoji_Modifier}\u{E0020}-\u{E007F}]*)*/gu;
// Bare ©, ®, ™, ‼ and ⁉ are pictographs too but read as text symbols: they count only when U+FE0F asks
// for emoji style. Emoticons such as ":-)" are not emoji.
const TEXT_SYMBOLS = new Set(['\u00A9', '\u00AE', '\u2122', '\u203C', '\u2049']);

/** The emoji in a text, verbatim, in order. */
export function findEmoji(text: string): string[] {
  return (text.match(EMOJI_SEQUENCE) ?? []).filter((emoji) => !TEXT_SYMBOLS.has(emoji));
}

const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });

/**
 * Length as a reader counts it: grapheme clusters, so an emoji or an accented letter is one character.
 * A text is never longer in graphemes than in UTF-16 code units, so `text.length <= max` settles most
 * replies without segmenting them.
 */
export function visibleLength(text: string): number {
  let n = 0;
  for (const _ of graphemes.segment(text)) n += 1;
  return n;
}

/** Whether the text is longer than `max` characters (as visibleLength counts), segmenting only when needed. */
export function isLongerThan(text: string, max: number): boolean {
  return text.length > max && visibleLength(text) > max;
}
