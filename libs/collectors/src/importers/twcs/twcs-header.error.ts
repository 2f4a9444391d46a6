import { InputError } from '#domain';

// A file whose header lacks twcs columns is not a twcs file (or was exported with another layout): nothing
// in it can be imported, so this is one error for the whole file rather than a rejection per row.
export class TwcsHeaderError extends InputError {
  override readonly name = 'TwcsHeaderError';

  constructor(
    readonly file: string,
    readonly missingColumns: string[],
    /** The header as found, column by column (empty when the file has no header line at all). */
    readonly foundHeader: string[],
    detail?: string,
  ) {
    super(
      `${file}: not a twcs file: ` +
        (detail ?? `missing column(s) ${missingColumns.join(', ')}`) +
        `; found header: ${foundHeader.length === 0 ? '(none)' : JSON.stringify(foundHeader.join(','))}`,
    );
  }
}
