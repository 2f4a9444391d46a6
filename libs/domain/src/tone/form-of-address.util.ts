// Which German form of address a text uses. Informal forms are unambiguous in any case ("du", "Dich",
// "euch"). Formal forms are the capitalised Sie, Ihnen, Ihr …, which read the same as "sie" (she, they)
// and "ihr" (her, their) at the start of a sentence: there they are ambiguous and ignored. A formal
// reply almost always has a mid-sentence form too ("…, können Sie …", "… Ihre Bestellung").

const DU_FORMS = new Set([
  'du',
  'dich',
  'dir',
  'dein',
  'deine',
  'deinem',
  'deinen',
  'deiner',
  'deines',
  'euch',
  'euer',
  'eure',
  'eurem',
  'euren',
  'eurer',
  'eures',
]);
// Lower-case "ihr" is left out: it is far more often "her"/"their" than the informal plural "you".
const SIE_FORMS = new Set(['Sie', 'Ihnen', 'Ihr', 'Ihre', 'Ihrem', 'Ihren', 'Ihrer', 'Ihres']);

// Candidates only: the forms above as whole words, any case. Most of a reply is never looked at.
const CANDIDATE =
  /(?<![\p{L}\p{N}_@#])(?:du|dich|dir|dein(?:e[mnrs]?)?|euch|euer|eure[mnrs]?|sie|ihnen|ihr(?:e[mnrs]?)?)(?![\p{L}\p{N}_])/giu;
const WORD_CHAR = /[\p{L}\p{N}_]/u;
const SENTENCE_END = /[.!?:\n]/u;

/**
 * Whether the word at `index` opens a sentence: only spaces, punctuation and @handles or #hashtags lie
 * between it and the start of the text or the last . ! ? : or line break (a reply opens "@kunde Sie …").
 */
function opensSentence(text: string, index: number): boolean {
  let j = index;
  for (;;) {
    while (j > 0 && !WORD_CHAR.test(text[j - 1])) {
      if (SENTENCE_END.test(text[j - 1])) return true;
      j -= 1;
    }
    if (j === 0) return true;
    let k = j;
    while (k > 0 && WORD_CHAR.test(text[k - 1])) k -= 1;
    if (k === 0 || (text[k - 1] !== '@' && text[k - 1] !== '#')) return false;
    j = k - 1;
  }
}

export interface AddressForms {
  /** Informal words found, verbatim, in text order. */
  du: string[];
  /** Formal words found mid-sentence, verbatim, in text order. */
  sie: string[];
}

export function findFormsOfAddress(text: string): AddressForms {
  const forms: AddressForms = { du: [], sie: [] };
  for (const match of text.matchAll(CANDIDATE)) {
    const word = match[0];
    if (DU_FORMS.has(word.toLowerCase())) forms.du.push(word);
    else if (SIE_FORMS.has(word) && !opensSentence(text, match.index)) forms.sie.push(word);
  }
  return forms;
}
