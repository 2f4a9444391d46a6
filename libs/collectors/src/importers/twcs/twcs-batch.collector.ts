import type { CsvRecordSink } from '../csv/csv-record.scanner.js';
import { DelimiterSniffingScanner } from '../csv/delimiter-sniffing.scanner.js';
import { TwcsHeaderError } from './twcs-header.error.js';
import { mapTwcsHeader, type TwcsHeaderMap } from './twcs-header.mapper.js';
import { parseTwcsRecord, TwcsRowFault } from './twcs-row.parser.js';
import { TWCS_COLUMNS, type TwcsBatch, type TwcsTotals } from './twcs.types.js';

/**
 * Receives scanned records: the first is the header, the rest become rows or rejections, gathered into
 * batches. Synchronous on purpose: one decoded chunk is processed in a tight loop and the reader yields the
 * batches it filled afterwards, so there is no promise per row.
 */
export class TwcsBatchCollector implements CsvRecordSink {
  header: TwcsHeaderMap | null = null;
  readonly totals: TwcsTotals = { read: 0, accepted: 0, rejected: 0 };
  private current: TwcsBatch = emptyBatch();
  private full: TwcsBatch[] = [];
  private readonly scanner: DelimiterSniffingScanner;

  constructor(
    private readonly file: string,
    private readonly batchSize: number,
    maxRecordChars?: number,
  ) {
    // The twcs layout is comma-separated, but a copy re-saved by Excel under a European locale is not.
    this.scanner = new DelimiterSniffingScanner(this, { maxRecordChars });
  }

  push(text: string): void {
    this.scanner.push(text);
  }

  /** Flushes the last record; throws TwcsHeaderError for a file without any header. */
  end(): void {
    this.scanner.end();
    if (this.header === null)
      throw new TwcsHeaderError(this.file, [...TWCS_COLUMNS], [], 'the file is empty');
    if (this.current.rows.length + this.current.rejected.length > 0) this.full.push(this.current);
    this.current = emptyBatch();
  }

  /** Batches filled so far, handed over once. */
  takeFull(): TwcsBatch[] {
    const full = this.full;
    this.full = [];
    return full;
  }

  record(fields: string[], line: number, terminated: boolean): void {
    if (this.header === null) {
      this.header = mapTwcsHeader(this.file, fields);
      return;
    }
    this.totals.read++;
    const result = parseTwcsRecord(fields, this.header, terminated);
    if (result instanceof TwcsRowFault) {
      this.reject(line, result.reason, this.scanner.currentRaw(), result.field);
    } else {
      this.current.rows.push(result);
      this.current.lines.push(line);
      this.totals.accepted++;
      this.closeBatchIfFull();
    }
  }

  broken(line: number, reason: string, raw: string): void {
    if (this.header === null) {
      throw new TwcsHeaderError(
        this.file,
        [...TWCS_COLUMNS],
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
    if (this.current.rows.length + this.current.rejected.length < this.batchSize) return;
    this.full.push(this.current);
    this.current = emptyBatch();
  }
}

function emptyBatch(): TwcsBatch {
  return { rows: [], lines: [], rejected: [] };
}
