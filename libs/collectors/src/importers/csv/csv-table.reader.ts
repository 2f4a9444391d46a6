import { createReadStream } from 'node:fs';
import { CsvBatchCollector } from './csv-batch.collector.js';
import type { CsvDelimiter } from './csv-record.scanner.js';
import { CsvTextDecoder, type CsvEncoding } from './csv-text.decoder.js';
import type { CsvBatch, CsvRowParser, CsvTotals } from './csv.types.js';

/** A file path, or any byte/text stream (a Node Readable, an upload, a decompressor). */
export type CsvSource = string | AsyncIterable<string | Uint8Array>;

export interface CsvTableOptions<Row> {
  /** Maps the header to a row parser; throws CsvHeaderError when the header is not the expected one. */
  header: (fields: string[]) => CsvRowParser<Row>;
  /** What the file is expected to be (`Meta Business Suite per-post export`), for errors. */
  expected: string;
  /** Name used in errors. Default: the path, or `stream`. */
  name?: string;
  /** Fixed delimiter, or `auto` (default): the most frequent of `,` `;` tab in the header line. */
  delimiter?: CsvDelimiter | 'auto';
  /** Rows plus rejections per batch. Default 2000: one multi-row upsert. */
  batchSize?: number;
  /** Read size for paths, in bytes. Default 1 MiB. */
  chunkBytes?: number;
  /** A record still open after this many characters is rejected and its line skipped. Default 1 Mi. */
  maxRecordChars?: number;
}

export const DEFAULT_CSV_BATCH_SIZE = 2000;
const DEFAULT_CHUNK_BYTES = 1 << 20;

/**
 * Reads any CSV export as batches of rows and rejections, in file order; the caller's header function
 * decides what a row is. Streaming with backpressure: one chunk is read only when the caller asks for the
 * next batch, so memory stays at about one chunk plus its batches whatever the file size. A header error
 * is thrown on the first iteration, before any row is produced. A reader is iterated once.
 */
export function readCsvTable<Row>(source: CsvSource, options: CsvTableOptions<Row>): CsvTableReader<Row> {
  return new CsvTableReader(source, options);
}

export class CsvTableReader<Row> implements AsyncIterable<CsvBatch<Row>> {
  private collector: CsvBatchCollector<Row> | null = null;
  private decoder: CsvTextDecoder | null = null;

  constructor(
    private readonly source: CsvSource,
    private readonly options: CsvTableOptions<Row>,
  ) {}

  /** Running totals; final once iteration has finished. */
  get totals(): CsvTotals {
    return { ...(this.collector?.totals ?? { read: 0, accepted: 0, rejected: 0 }) };
  }

  /** The row parser made from the header; null until the first batch has been asked for. */
  get parser(): CsvRowParser<Row> | null {
    return this.collector?.parser ?? null;
  }

  /** The delimiter found (or given); null until the header has been read. */
  get delimiter(): CsvDelimiter | null {
    return this.collector?.delimiter ?? null;
  }

  /** The encoding told from the byte order mark (text sources: utf-8). */
  get encoding(): CsvEncoding {
    return this.decoder?.encoding ?? 'utf-8';
  }

  get name(): string {
    return this.options.name ?? (typeof this.source === 'string' ? this.source : 'stream');
  }

  async *[Symbol.asyncIterator](): AsyncGenerator<CsvBatch<Row>, void, undefined> {
    if (this.collector !== null) throw new Error(`${this.name}: a CsvTableReader can be iterated only once`);
    const batchSize = this.options.batchSize ?? DEFAULT_CSV_BATCH_SIZE;
    if (!(Number.isInteger(batchSize) && batchSize > 0))
      throw new RangeError(`batchSize must be a positive integer`);
    const collector = new CsvBatchCollector<Row>({
      file: this.name,
      expected: this.options.expected,
      header: this.options.header,
      batchSize,
      maxRecordChars: this.options.maxRecordChars,
      delimiter: this.options.delimiter,
    });
    this.collector = collector;
    const decoder = new CsvTextDecoder();
    this.decoder = decoder;

    // Leaving the loop early (break, throw) ends the for-await, which destroys a file stream we opened.
    for await (const chunk of this.open()) {
      collector.push(typeof chunk === 'string' ? chunk : decoder.decode(chunk));
      yield* collector.takeFull();
    }
    const tail = decoder.end();
    if (tail.length > 0) collector.push(tail);
    collector.end();
    yield* collector.takeFull();
  }

  private open(): AsyncIterable<string | Uint8Array> {
    if (typeof this.source !== 'string') return this.source;
    return createReadStream(this.source, { highWaterMark: this.options.chunkBytes ?? DEFAULT_CHUNK_BYTES });
  }
}
