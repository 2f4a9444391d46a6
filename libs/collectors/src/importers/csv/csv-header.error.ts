import { InputError } from '#domain';

// A file whose header lacks the columns an importer needs is not that kind of export (or was saved with
// another layout): nothing in it can be imported, so this is one error for the whole file rather than a
// rejection per row. The message names what is missing and what was found, with a hint when the header
// shows why (a delimiter or an encoding the reader did not expect).
export class CsvHeaderError extends InputError {
  override readonly name = 'CsvHeaderError';

  constructor(
    readonly file: string,
    /** What the file was expected to be, e.g. `Meta Business Suite per-post export`. */
    readonly expected: string,
    readonly missingColumns: string[],
    /** The header as found, column by column (empty when the file has no header line at all). */
    readonly foundHeader: string[],
    detail?: string,
  ) {
    super(
      `${file}: not a ${expected}: ` +
        (detail ?? `missing column(s) ${missingColumns.map((c) => JSON.stringify(c)).join(', ')}`) +
        `; found header: ${describeHeader(foundHeader)}` +
        headerHint(foundHeader),
    );
  }
}

function describeHeader(header: string[]): string {
  if (header.length === 0) return '(none)';
  const text = header.join(',');
  return JSON.stringify(text.length > 300 ? `${text.slice(0, 300)}…` : text);
}

/** Explains the usual reasons a real export's header does not match, as seen from the header itself. */
function headerHint(header: string[]): string {
  const text = header.join(',');
  if (text.includes('\u0000'))
    return ' (the header contains NUL characters: the file is probably UTF-16 without a byte order mark; save it as "CSV UTF-8")';
  if (text.includes('\uFFFD'))
    return ' (the header is not valid UTF-8: save the file as "CSV UTF-8" and import it again)';
  return '';
}
