// Writes CSV text for tests the way exports are written: cells quoted when they hold a space, a delimiter,
// a quote or a line break (as the observed Meta header quotes `"Post ID"`), optional BOM and CRLF.

export interface CsvTextOptions {
  /** Prefix a UTF-8 byte order mark. Default true (Meta's downloads may have one). */
  bom?: boolean;
  lineEnd?: '\n' | '\r\n';
  /** `,` as Meta writes; `\t` as Excel's "Unicode text", `;` as Excel under European locales. */
  delimiter?: ',' | ';' | '\t';
}

export function csvCell(value: string): string {
  return /[\s,;"]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export function csvText(rows: string[][], options: CsvTextOptions = {}): string {
  const lineEnd = options.lineEnd ?? '\n';
  const delimiter = options.delimiter ?? ',';
  const body = rows.map((row) => row.map(csvCell).join(delimiter)).join(lineEnd) + lineEnd;
  return ((options.bom ?? true) ? '\uFEFF' : '') + body;
}
