// A compact German sentiment lexicon for outbound customer-care replies (METRICS.md, tone).
//
// Source: compiled by hand for Channel Ledger (2026) from the vocabulary of German customer-care replies
// (thanks, apologies, problems, delays, praise, complaints). It is NOT a validated research lexicon such as
// SentiWS (Leipzig; licence CC BY-NC-SA, so not shipped here). Scores follow AFINN-165, the lexicon behind
// the `sentiment` package used for English: where an entry names an English equivalent, its score is
// AFINN's score for that word (a spec checks this against the installed package), so German and English
// replies are scored on the same scale. Entries with a null equivalent have no AFINN counterpart and a
// score chosen by the project; they are few and mild on purpose.
//
// Limits, on purpose small: about 120 base forms; inflection handled only by stripping the adjective and
// plural endings -e, -en, -em, -er, -es when the full word is not listed (german-sentiment.util.ts);
// compounds ("Lieferverzögerung") are not split; no intensifiers ("sehr"), no irony, no emoji. Words that
// open letters ("Liebe Grüße", "Lieber Herr …") are deliberately absent, or every signed reply would
// score as loving.

/** [lower-case word, score from -5 to 5, English AFINN equivalent or null]. */
export type GermanLexiconEntry = readonly [word: string, score: number, afinnEquivalent: string | null];

export const GERMAN_SENTIMENT_LEXICON: readonly GermanLexiconEntry[] = [
  // thanks, pleasure, praise
  ['danke', 2, 'thanks'],
  ['dank', 2, 'thanks'],
  ['danken', 2, 'thank'],
  ['bedanken', 2, 'thank'],
  ['dankbar', 2, 'thankful'],
  ['bitte', 1, 'please'],
  ['gerne', 2, null],
  ['gern', 2, null],
  ['willkommen', 2, 'welcome'],
  ['freuen', 3, 'glad'],
  ['freut', 3, 'glad'],
  ['freue', 3, 'glad'],
  ['froh', 3, 'glad'],
  ['glücklich', 3, 'happy'],
  ['zufrieden', 2, 'satisfied'],
  ['gut', 3, 'good'],
  ['besser', 2, 'better'],
  ['best', 3, 'best'],
  ['beste', 3, 'best'],
  ['super', 3, 'super'],
  ['toll', 3, 'great'],
  ['großartig', 3, 'great'],
  ['prima', 3, 'great'],
  ['klasse', 3, 'great'],
  ['spitze', 3, 'great'],
  ['perfekt', 3, 'perfect'],
  ['schön', 3, 'nice'],
  ['nett', 3, 'nice'],
  ['freundlich', 2, 'friendly'],
  ['wunderbar', 4, 'wonderful'],
  ['fantastisch', 4, 'fantastic'],
  ['genial', 4, 'awesome'],
  ['hervorragend', 3, 'excellent'],
  ['ausgezeichnet', 3, 'excellent'],
  ['cool', 1, 'cool'],
  ['spaß', 4, 'fun'],
  ['genießen', 2, 'enjoy'],
  ['gefällt', 2, 'like'],
  ['gefallen', 2, 'like'],
  ['mag', 2, 'like'],
  ['mögen', 2, 'like'],
  ['hoffen', 2, 'hope'],
  ['hoffe', 2, 'hope'],
  ['hoffentlich', 2, 'hope'],
  ['schätzen', 2, 'appreciate'],
  ['empfehlen', 2, 'recommend'],
  ['glückwunsch', 2, 'congratulations'],
  ['gratulation', 2, 'congratulations'],
  ['hilfe', 2, 'help'],
  ['helfen', 2, 'help'],
  ['hilfreich', 2, 'helpful'],
  ['gelöst', 1, 'solved'],
  ['lösen', 1, 'solve'],
  ['lösung', 1, 'solution'],
  ['kostenlos', 1, 'free'],
  ['gratis', 1, 'free'],
  // apologies and regret
  ['sorry', -1, 'sorry'],
  ['entschuldigung', -1, 'sorry'],
  ['entschuldigen', -1, 'apologize'],
  ['leider', -1, null],
  ['bedauern', -2, 'regret'],
  ['bedauerlich', -2, 'regret'],
  ['schade', -2, 'pity'],
  // problems, errors, delays
  ['problem', -2, 'problem'],
  ['fehler', -2, 'error'],
  ['irrtum', -2, 'mistake'],
  ['falsch', -2, 'wrong'],
  ['kaputt', -1, 'broken'],
  ['defekt', -3, 'defective'],
  ['störung', -2, 'disruption'],
  ['verspätung', -1, 'delay'],
  ['verzögerung', -1, 'delay'],
  ['verspätet', -1, 'delayed'],
  ['verzögert', -1, 'delayed'],
  ['verloren', -3, 'lost'],
  ['fehlt', -2, 'missing'],
  ['storniert', -1, 'cancelled'],
  ['stornieren', -1, 'cancel'],
  ['katastrophe', -2, 'disaster'],
  ['katastrophal', -3, 'disastrous'],
  ['sorge', -3, 'worry'],
  ['besorgt', -3, 'worried'],
  // complaints and anger
  ['beschwerde', -2, 'complaint'],
  ['reklamation', -2, 'complaint'],
  ['ärger', -3, 'anger'],
  ['ärgern', -2, 'annoy'],
  ['ärgerlich', -2, 'annoying'],
  ['verärgert', -2, 'annoyed'],
  ['nervig', -2, 'annoying'],
  ['nerven', -2, 'annoy'],
  ['enttäuscht', -2, 'disappointed'],
  ['enttäuschung', -2, 'disappointment'],
  ['enttäuschend', -2, 'disappointing'],
  ['frustriert', -2, 'frustrated'],
  ['frustrierend', -2, 'frustrating'],
  ['unzufrieden', -2, 'dissatisfied'],
  ['unglücklich', -2, 'unhappy'],
  ['traurig', -2, 'sad'],
  ['wütend', -3, 'angry'],
  ['sauer', -3, 'angry'],
  ['unverschämt', -3, 'outrageous'],
  ['unfreundlich', -2, null],
  ['schlecht', -3, 'bad'],
  ['schlimm', -3, 'bad'],
  ['furchtbar', -3, 'terrible'],
  ['schrecklich', -3, 'horrible'],
  ['mies', -2, 'lousy'],
  ['mist', -3, 'crap'],
  ['scheiße', -4, 'shit'],
  ['blöd', -2, 'stupid'],
  ['dumm', -2, 'stupid'],
  ['unsinn', -2, 'nonsense'],
  ['quatsch', -2, 'nonsense'],
  ['hassen', -3, 'hate'],
  ['betrug', -4, 'fraud'],
];

/** Words that negate the sentiment word they govern ("nicht gut", "kein Problem", "gefällt mir nicht"). */
export const GERMAN_NEGATORS: readonly string[] = [
  'nicht',
  'kein',
  'keine',
  'keinen',
  'keinem',
  'keiner',
  'keines',
  'nie',
  'niemals',
  'nichts',
  'ohne',
];

/**
 * Courtesy words a negation does not turn around: in "Leider geht das nicht" the "nicht" belongs to the
 * verb, not to "leider"; "Danke, nicht nötig" stays thanks.
 */
export const GERMAN_NOT_NEGATED: readonly string[] = [
  'danke',
  'dank',
  'bitte',
  'gerne',
  'gern',
  'leider',
  'sorry',
  'entschuldigung',
];
