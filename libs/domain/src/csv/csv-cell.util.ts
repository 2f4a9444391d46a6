// Every CSV this product writes (metrics, comparisons, incident and audit exports, rejected rows) is opened in
// a spreadsheet sooner or later. A cell that starts with =, +, -, @, a tab or a carriage return is run there as
// a formula ("CSV injection", OWASP): an incident title or a rejected row's raw text is enough for an attacker
// to reach a consultant's machine. So such text gets a leading apostrophe, which spreadsheets show as text.
// The rule is reversible (`csvText`), because an audit export must be verifiable byte for byte afterwards: text
// that already starts with an apostrophe followed by one of those characters gets a second apostrophe.

/** Text a spreadsheet would run: a formula character at the start, after any apostrophes already there. */
const FORMULA_LIKE = /^'*[=+\-@\t\r]/;
/** A plain number ("-12.5", "+3e2") is not a formula, and a lone "-" or "+" means "none": left as they are. */
const PLAIN = /^([+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?|[+-])$/;

function neutralize(text: string): string {
  return FORMULA_LIKE.test(text) && !PLAIN.test(text) ? `'${text}` : text;
}

/** One RFC 4180 cell: null and undefined are empty; quoted when it holds a comma, a quote or a line break. */
export function csvCell(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  const text = typeof value === 'string' ? neutralize(value) : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The text a cell written by `csvCell` held, after a CSV parser has removed the quoting. */
export function csvText(cell: string): string {
  return cell.startsWith("'") && FORMULA_LIKE.test(cell) ? cell.slice(1) : cell;
}

/** A header line and one line per row. */
export function renderCsvLines(
  headers: readonly string[],
  rows: readonly (readonly (string | number | boolean | null | undefined)[])[],
  lineEnd = '\n',
): string {
  return [headers, ...rows].map((cells) => cells.map(csvCell).join(',')).join(lineEnd);
}
