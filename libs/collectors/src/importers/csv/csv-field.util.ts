// Checks for the values exports carry: ids, counts and free text. Each returns the value or a CsvRowFault
// that names the column and quotes the offending value, so a rejection tells a person what to fix.
import { CsvRowFault } from './csv.types.js';

/** The largest count the database keeps (engagement columns are 32-bit integers). */
export const MAX_COUNT = 2_147_483_647;

const SCIENTIFIC = /^[+-]?\d+(?:[.,]\d+)?[eE][+-]?\d+$/;
// `.` is not among them: `12.000` is 12 in a US export and 12,000 in a German one, so it is not guessed at.
const THOUSANDS = /^\d{1,3}(?:([, \u00a0\u202f'])\d{3})(?:\1\d{3})*$/;

/** A value quoted for a rejection, clipped so one absurd field does not flood the report. */
export function shown(value: string): string {
  return JSON.stringify(value.length > 80 ? `${value.slice(0, 80)}…` : value);
}

export function fault(field: string, value: string, problem: string): CsvRowFault {
  return new CsvRowFault(`${field} ${shown(value)} ${problem}`, field);
}

/**
 * An id as the platform wrote it, trimmed. Excel shows long numbers in scientific notation and, once the
 * file is saved, that is all that is left: `1.22158E+17` has lost the last twelve digits of the id, so no
 * post can be matched to it. Such values are refused with that explanation, never rounded into a wrong id.
 */
export function parseExternalId(value: string, field: string): string | CsvRowFault {
  const id = value.trim();
  if (id.length === 0) return new CsvRowFault(`${field} is empty`, field);
  if (SCIENTIFIC.test(id)) {
    return fault(
      field,
      value,
      'is in scientific notation: the file was saved by Excel, which rounded the id, and the real id is lost. ' +
        'Export the file again and import it without opening and saving it in Excel',
    );
  }
  if (id.length > 200) return fault(field, value, 'is too long for an id (more than 200 characters)');
  const bad = textProblem(id);
  if (bad !== null) return fault(field, value, bad);
  return id;
}

/**
 * A non-negative whole count, or null when the cell is empty (not reported is not zero). Thousands
 * separators as spreadsheets write them (`1,234`, `1 234`) and pandas' float spelling (`12.0`) are read;
 * anything else (negative, fractional, text) is refused rather than guessed at.
 */
export function parseCount(value: string, field: string): number | null | CsvRowFault {
  const text = value.trim();
  if (text.length === 0) return null;
  let digits: string | null = null;
  if (/^\d+$/.test(text)) digits = text;
  else if (/^\d+\.0$/.test(text)) digits = text.slice(0, -2);
  else if (THOUSANDS.test(text)) digits = text.replace(/\D/g, '');
  if (digits === null) return fault(field, value, 'is not a whole non-negative number');
  const count = Number(digits);
  if (count > MAX_COUNT) return fault(field, value, `is larger than ${MAX_COUNT}`);
  return count;
}

/**
 * Why a text cannot be stored as it is, or null. U+FFFD stands for bytes the decoder could not read: the
 * file is not in the encoding it claims (most often Windows-1252 saved by an old Excel), and storing the
 * text would keep it garbled for good. PostgreSQL text cannot hold NUL at all.
 */
export function textProblem(value: string): string | null {
  if (value.includes('\u0000'))
    return 'contains a NUL character (the file is probably UTF-16 or binary, not a CSV text file)';
  if (value.includes('\uFFFD'))
    return 'contains bytes that are not valid UTF-8 (the file was saved in another encoding, e.g. Windows-1252); save it as "CSV UTF-8" and import it again';
  return null;
}

/** Free text (captions, messages, names) as found, or a fault when it cannot be stored (see textProblem). */
export function parseText(value: string, field: string): string | CsvRowFault {
  const bad = textProblem(value);
  return bad === null ? value : new CsvRowFault(`${field} ${bad}`, field);
}

/** The record has the header's width, or a fault that says whether the file was cut short. */
export function widthFault(fields: string[], width: number, terminated: boolean): CsvRowFault | null {
  if (fields.length === width) return null;
  const found = `expected ${width} columns, found ${fields.length}`;
  // Only the last record can lack a line break; too few columns there means the file was cut short.
  return new CsvRowFault(
    !terminated && fields.length < width ? `${found}: the file ends inside this record (truncated)` : found,
  );
}
