// The shapes every streaming CSV import produces, whatever the file's layout: rows of the caller's type in
// batches, and rejections that name the physical line (and the field, where one is at fault).

/** A record that was not imported. The import goes on; the caller reports these with their line. */
export interface CsvRejection {
  /** 1-based physical line where the record starts (quoted line breaks counted). */
  line: number;
  /** Human-readable; names the field and the offending value where there is one. */
  reason: string;
  /** Header name of the offending column, when one column is at fault. */
  field?: string;
  /** The record's text as found in the file (clipped to 500 characters). */
  raw?: string;
}

/** A slice of the file in file order, sized for one multi-row upsert. */
export interface CsvBatch<Row> {
  rows: Row[];
  /** `lines[i]` is the physical line where `rows[i]` starts. */
  lines: number[];
  rejected: CsvRejection[];
}

/** Running totals; final once iteration has finished. */
export interface CsvTotals {
  /** Data records met (not the header, not blank or all-empty lines): accepted + rejected. */
  read: number;
  accepted: number;
  rejected: number;
}

/** Why one record was not turned into a row. A class, so the hot path tells it from a row with instanceof. */
export class CsvRowFault {
  constructor(
    readonly reason: string,
    readonly field?: string,
  ) {}
}

/** Turns the fields of one data record into a row, or says what is wrong with it. */
export interface CsvRowParser<Row> {
  parse(fields: string[], line: number, terminated: boolean): Row | CsvRowFault;
}
