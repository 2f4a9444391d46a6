import { detectDelimiter } from '../csv/csv-delimiter.util.js';
import { CsvRecordScanner } from '../csv/csv-record.scanner.js';
import { RosterFileError } from './roster-file.error.js';
import type { RawRosterEntry } from './roster-entry.validator.js';
import { ROSTER_FIELDS, type RosterField, type RosterRejection } from './roster.types.js';

const REQUIRED: readonly RosterField[] = ['account', 'operator', 'group', 'from'];

/**
 * A CSV roster has a header naming its columns (any order; signature, to and shifts may be left out) and
 * one entry per record (see examples/roster.example.csv). Lines whose first cell starts with `#` are
 * comments, and rows with every cell empty (spreadsheet padding) are skipped. Uses the twcs importer's
 * scanner for the same quoting rules and line numbers.
 */
export function readRosterCsv(
  file: string,
  text: string,
): { raw: RawRosterEntry[]; rejected: RosterRejection[] } {
  const raw: RawRosterEntry[] = [];
  const rejected: RosterRejection[] = [];
  let columns: (RosterField | null)[] | null = null;

  // The delimiter is told from the header (the first line that is neither a comment nor blank): a roster kept
  // in Excel under a European locale is saved with semicolons.
  const headerLine = text.split('\n').find((line) => line.trim() !== '' && !line.trimStart().startsWith('#'));
  const scanner = new CsvRecordScanner(
    {
      record(fields, line) {
        if (fields[0].trimStart().startsWith('#') || fields.every((cell) => cell.trim() === '')) return;
        if (columns === null) {
          columns = mapHeader(file, fields);
          return;
        }
        if (fields.length !== columns.length) {
          rejected.push({
            line,
            field: 'entry',
            reason: `expected ${columns.length} columns, found ${fields.length}`,
          });
          return;
        }
        const values: Partial<Record<RosterField, unknown>> = {};
        columns.forEach((column, index) => {
          if (column !== null) values[column] = fields[index];
        });
        raw.push({ line, values });
      },
      broken(line, reason) {
        if (columns === null) throw new RosterFileError(file, `the header line is malformed (${reason})`);
        rejected.push({ line, field: 'entry', reason });
      },
    },
    { delimiter: detectDelimiter(headerLine ?? '') },
  );
  scanner.push(text);
  scanner.end();
  if (columns === null)
    throw new RosterFileError(file, `no header line (expected ${ROSTER_FIELDS.join(',')})`);
  return { raw, rejected };
}

function mapHeader(file: string, header: string[]): RosterField[] {
  const names = header.map((name) => name.trim().toLowerCase());
  const unknown = names.filter((name) => !(ROSTER_FIELDS as readonly string[]).includes(name));
  const missing = REQUIRED.filter((field) => !names.includes(field));
  const duplicated = names.filter((name, index) => names.indexOf(name) !== index);
  const problems = [
    missing.length > 0 ? `missing column(s) ${missing.join(', ')}` : '',
    // An unknown column is most often a misspelt one; ignoring it would silently drop its values.
    unknown.length > 0 ? `unknown column(s) ${unknown.map((name) => JSON.stringify(name)).join(', ')}` : '',
    duplicated.length > 0 ? `column(s) ${duplicated.join(', ')} appear more than once` : '',
  ].filter((problem) => problem.length > 0);
  if (problems.length > 0) {
    throw new RosterFileError(file, `${problems.join('; ')}; found header: ${header.join(',')}`);
  }
  return names as RosterField[];
}
