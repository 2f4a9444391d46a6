import { CsvHeaderError } from './csv-header.error.js';
import { detectDelimiter } from './csv-delimiter.util.js';
import { CsvRecordScanner, type CsvDelimiter, type CsvRecordSink } from './csv-record.scanner.js';
import { CsvRowFault, type CsvBatch, type CsvRowParser, type CsvTotals } from './csv.types.js';

export interface CsvBatchCollectorOptions<Row> {
  /** File name for errors. */
  file: string;
  /** What the file is expected to be, for the error about a file without a header. */
  expected: string;
  /** Maps the header to a row parser; throws CsvHeaderError when the header is not the expected one. */
  header: (fields: string[]) => CsvRowParser<Row>;
  batchSize: number;
  maxRecordChars?: number;
  /** Fixed delimiter, or `auto` (default): told from the header line. */
  delimiter?: CsvDelimiter | 'auto';
}

/**
 * Receives decoded text, finds the delimiter from the header line, scans records and turns them into rows
 * or rejections, gathered into batches. Synchronous: the reader pushes one chunk and takes the batches it
 * filled, so there is no promise per row. Records whose every field is empty (spreadsheet padding such as
 * `,,,,`) are skipped like blank lines: they hold no row to store or to report.
 */
export class CsvBatchCollector<Row> implements CsvRecordSink {
  readonly totals: CsvTotals = { read: 0, accepted: 0, rejected: 0 };
  delimiter: CsvDelimiter | null = null;
  parser: CsvRowParser<Row> | null = null;
  private scanner: CsvRecordScanner | null = null;
  /** Text held back until the header line is complete and the delimiter can be told. */
  private head = '';
  private current: CsvBatch<Row> = emptyBatch();
  private full: CsvBatch<Row>[] = [];

  constructor(private readonly options: CsvBatchCollectorOptions<Row>) {}

  push(text: string): void {
    if (this.scanner !== null) {
      this.scanner.push(text);
      return;
    }
    this.head += text;
    const limit = this.options.maxRecordChars ?? 1 << 20;
    if (text.indexOf('\n') !== -1 || this.head.length > limit) this.startScanner();
  }

  /** Flushes the last record; throws CsvHeaderError for a file without any header. */
  end(): void {
    if (this.scanner === null) this.startScanner();
    this.scanner!.end();
    if (this.parser === null)
      throw new CsvHeaderError(this.options.file, this.options.expected, [], [], 'the file is empty');
    if (this.current.rows.length + this.current.rejected.length > 0) this.full.push(this.current);
    this.current = emptyBatch();
  }

  /** Batches filled so far, handed over once. */
  takeFull(): CsvBatch<Row>[] {
    const full = this.full;
    this.full = [];
    return full;
  }

  record(fields: string[], line: number, terminated: boolean): void {
    if (isEmptyRecord(fields)) return;
    if (this.parser === null) {
      this.parser = this.options.header(fields);
      return;
    }
    this.totals.read++;
    let result: Row | CsvRowFault;
    try {
      result = this.parser.parse(fields, line, terminated);
    } catch (error) {
      // A parser bug must cost one row, not the import: the row is reported with what went wrong.
      result = new CsvRowFault(
        `could not be read: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
    if (result instanceof CsvRowFault) {
      this.reject(line, result.reason, this.scanner!.currentRaw(), result.field);
    } else {
      this.current.rows.push(result);
      this.current.lines.push(line);
      this.totals.accepted++;
      this.closeBatchIfFull();
    }
  }

  broken(line: number, reason: string, raw: string): void {
    if (this.parser === null) {
      throw new CsvHeaderError(
        this.options.file,
        this.options.expected,
        [],
        [raw],
        `the header line is malformed (${reason})`,
      );
    }
    this.totals.read++;
    this.reject(line, reason, raw);
  }

  private startScanner(): void {
    const chosen = this.options.delimiter ?? 'auto';
    const lf = this.head.indexOf('\n');
    this.delimiter =
      chosen === 'auto' ? detectDelimiter(lf === -1 ? this.head : this.head.slice(0, lf)) : chosen;
    this.scanner = new CsvRecordScanner(this, {
      maxRecordChars: this.options.maxRecordChars,
      delimiter: this.delimiter,
    });
    const head = this.head;
    this.head = '';
    if (head.length > 0) this.scanner.push(head);
  }

  private reject(line: number, reason: string, raw: string, field?: string): void {
    this.current.rejected.push(field === undefined ? { line, reason, raw } : { line, reason, field, raw });
    this.totals.rejected++;
    this.closeBatchIfFull();
  }

  // Rejections count towards the batch size too: a file of garbage must not pile up in memory either.
  private closeBatchIfFull(): void {
    if (this.current.rows.length + this.current.rejected.length < this.options.batchSize) return;
    this.full.push(this.current);
    this.current = emptyBatch();
  }
}

function isEmptyRecord(fields: string[]): boolean {
  for (const field of fields) if (field.length > 0 && field.trim().length > 0) return false;
  return true;
}

function emptyBatch<Row>(): CsvBatch<Row> {
  return { rows: [], lines: [], rejected: [] };
}
