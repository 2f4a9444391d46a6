import { CsvHeaderError } from './csv-header.error.js';
import type { CsvDelimiter, CsvRecordSink } from './csv-record.scanner.js';
import { DelimiterSniffingScanner } from './delimiter-sniffing.scanner.js';
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
  parser: CsvRowParser<Row> | null = null;
  private readonly scanner: DelimiterSniffingScanner;
  private current: CsvBatch<Row> = emptyBatch();
  private full: CsvBatch<Row>[] = [];

  constructor(private readonly options: CsvBatchCollectorOptions<Row>) {
    this.scanner = new DelimiterSniffingScanner(this, options);
  }

  /** The delimiter told from the header line (or fixed); null before the header was read. */
  get delimiter(): CsvDelimiter | null {
    return this.scanner.delimiter;
  }

  push(text: string): void {
    this.scanner.push(text);
  }

  /** Flushes the last record; throws CsvHeaderError for a file without any header. */
  end(): void {
    this.scanner.end();
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
      this.reject(line, result.reason, this.scanner.currentRaw(), result.field);
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
