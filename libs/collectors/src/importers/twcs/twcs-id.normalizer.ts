const ZERO = 0x30;
const NINE = 0x39;
const DOT = 0x2e;
const SPACE = 0x20;

/**
 * Canonical decimal string of a twcs id, or null when the text is not a non-negative integer.
 * pandas writes an id column that has gaps as floats (`119237.0`), so a fraction of zeros is accepted;
 * anything else (`1.5`, `12a`, `-3`, `1e5`) is rejected rather than guessed at. Leading zeros and
 * surrounding spaces are dropped so that the same tweet always gets the same key.
 * A character loop, not a regular expression: this runs up to three times per row on millions of rows.
 */
export function normalizeTwcsId(value: string): string | null {
  let start = 0;
  let end = value.length;
  while (start < end && value.charCodeAt(start) === SPACE) start++;
  while (end > start && value.charCodeAt(end - 1) === SPACE) end--;

  let i = start;
  while (i < end && isDigit(value.charCodeAt(i))) i++;
  const integerEnd = i;
  if (integerEnd === start) return null;
  if (i < end) {
    if (value.charCodeAt(i) !== DOT || i + 1 === end) return null;
    for (i++; i < end; i++) if (value.charCodeAt(i) !== ZERO) return null;
  }

  let first = start;
  while (first < integerEnd - 1 && value.charCodeAt(first) === ZERO) first++;
  return first === 0 && integerEnd === value.length ? value : value.slice(first, integerEnd);
}

function isDigit(code: number): boolean {
  return code >= ZERO && code <= NINE;
}
