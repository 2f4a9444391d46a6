// Words and patterns found in a text, with where and what matched: the evidence a content rule shows.

export interface WordListEntry {
  /** A word (case-insensitive, whole word; `*` at either end stands for more letters) or a regex source. */
  term: string;
  kind: 'word' | 'pattern';
  /** Which list: `profanity`, `negative`, or a workspace's own list name. */
  list: string;
  /** Where the entry comes from: a shipped file (`en`, `de`) or `workspace`. */
  source: string;
}

export interface TextMatch {
  term: string;
  list: string;
  source: string;
  /** The text as it appears in the item. */
  match: string;
  /** Position in the item's text (UTF-16 code units). */
  index: number;
}

export interface TextMatcher {
  readonly size: number;
  match(text: string): TextMatch[];
}

// Letters and digits of any script: a word boundary that \b (ASCII only) would get wrong for "Scheiße".
const WORD_CHAR = '[\\p{L}\\p{N}]';
// German spelling without the special letters: "scheisse" for "scheiße", "moese" for "möse".
const SPELLING_VARIANTS: Record<string, string> = {
  ß: '(?:ß|ss)',
  ä: '(?:ä|ae)',
  ö: '(?:ö|oe)',
  ü: '(?:ü|ue)',
};

/** Reads a shipped word list: one term a line; `#` starts a comment; blank lines are ignored. */
export function parseWordList(text: string, list: string, source: string): WordListEntry[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.replace(/#.*$/, '').trim())
    .filter(Boolean)
    .map((term) => ({ term, kind: 'word' as const, list, source }));
}

/** The regex source for one word entry; throws on an entry that has nothing but wildcards. */
export function wordPattern(term: string): string {
  const leading = term.startsWith('*');
  const trailing = term.endsWith('*') && term.length > 1;
  const core = term.slice(leading ? 1 : 0, trailing ? -1 : undefined).trim();
  if (!core) throw new Error(`word list entry "${term}" has no letters`);
  const body = core
    .toLowerCase()
    .split(/\s+/)
    .map((word) =>
      word
        .split('ss')
        .map((part) => [...part].map((ch) => SPELLING_VARIANTS[ch] ?? escapeRegex(ch)).join(''))
        .join(SPELLING_VARIANTS.ß),
    )
    .join('\\s+');
  return (
    `(?<!${WORD_CHAR})` +
    (leading ? `${WORD_CHAR}*` : '') +
    body +
    (trailing ? `${WORD_CHAR}*` : '') +
    `(?!${WORD_CHAR})`
  );
}

function escapeRegex(ch: string): string {
  return /[.*+?^${}()|[\]\\/]/.test(ch) ? `\\${ch}` : ch;
}

/** Checks a workspace pattern before it is stored, so that a typo is refused when it is typed. */
export function checkPattern(source: string): void {
  try {
    new RegExp(source, 'giu');
  } catch (error) {
    throw new Error(`invalid pattern ${JSON.stringify(source)}: ${(error as Error).message}`, {
      cause: error,
    });
  }
  if (new RegExp(source, 'giu').test(''))
    throw new Error(`pattern ${JSON.stringify(source)} matches empty text`);
}

/**
 * Compiles entries into one matcher. A combined expression screens each text first, so the common case
 * (nothing found) costs one regex run whatever the size of the lists.
 */
export function compileTextMatcher(entries: readonly WordListEntry[]): TextMatcher {
  const compiled = dedupe(entries).map((entry) => {
    const source = entry.kind === 'word' ? wordPattern(entry.term) : entry.term;
    if (entry.kind === 'pattern') checkPattern(source);
    return { entry, source };
  });
  if (compiled.length === 0) return { size: 0, match: () => [] };
  const screen = new RegExp(compiled.map((c) => `(?:${c.source})`).join('|'), 'iu');
  const each = compiled.map((c) => ({ entry: c.entry, regex: new RegExp(c.source, 'giu') }));
  return {
    size: compiled.length,
    match(text: string): TextMatch[] {
      if (!screen.test(text)) return [];
      const found: TextMatch[] = [];
      for (const { entry, regex } of each) {
        regex.lastIndex = 0;
        for (const m of text.matchAll(regex)) {
          if (m[0].length === 0) continue;
          found.push({
            term: entry.term,
            list: entry.list,
            source: entry.source,
            match: m[0],
            index: m.index,
          });
        }
      }
      // Two lists naming the same word at the same place are one finding: keep the first.
      const seen = new Set<string>();
      return found
        .sort((a, b) => a.index - b.index || b.match.length - a.match.length)
        .filter((f) => {
          const key = `${f.index}:${f.match.length}`;
          if (seen.has(key)) return false;
          seen.add(key);
          return true;
        });
    },
  };
}

function dedupe(entries: readonly WordListEntry[]): WordListEntry[] {
  const seen = new Set<string>();
  return entries.filter((e) => {
    const key = `${e.kind}:${e.list}:${e.kind === 'word' ? e.term.toLowerCase() : e.term}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
