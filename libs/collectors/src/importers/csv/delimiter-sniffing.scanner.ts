import { detectDelimiter } from './csv-delimiter.util.js';
import {
  CsvRecordScanner,
  DEFAULT_MAX_RECORD_CHARS,
  type CsvDelimiter,
  type CsvRecordSink,
} from './csv-record.scanner.js';

/**
 * A CsvRecordScanner whose delimiter is told from the header line (or fixed): text is held back until the
 * first line is complete, then everything is scanned with the delimiter found. A file saved by Excel under a
 * European locale is `;`-separated, and the importers should read it as it is.
 */
export class DelimiterSniffingScanner {
  /** The delimiter in use; null until the header line was seen. */
  delimiter: CsvDelimiter | null = null;
  private scanner: CsvRecordScanner | null = null;
  private head = '';

  constructor(
    private readonly sink: CsvRecordSink,
    private readonly options: { maxRecordChars?: number; delimiter?: CsvDelimiter | 'auto' } = {},
  ) {}

  push(text: string): void {
    if (this.scanner !== null) {
      this.scanner.push(text);
      return;
    }
    this.head += text;
    const limit = this.options.maxRecordChars ?? DEFAULT_MAX_RECORD_CHARS;
    if (text.indexOf('\n') !== -1 || this.head.length > limit) this.start();
  }

  end(): void {
    if (this.scanner === null) this.start();
    this.scanner!.end();
  }

  /** The raw text of the record being handed to the sink (for rejections). */
  currentRaw(): string {
    return this.scanner?.currentRaw() ?? '';
  }

  private start(): void {
    const chosen = this.options.delimiter ?? 'auto';
    const lf = this.head.indexOf('\n');
    this.delimiter =
      chosen === 'auto' ? detectDelimiter(lf === -1 ? this.head : this.head.slice(0, lf)) : chosen;
    this.scanner = new CsvRecordScanner(this.sink, {
      maxRecordChars: this.options.maxRecordChars,
      delimiter: this.delimiter,
    });
    const head = this.head;
    this.head = '';
    if (head.length > 0) this.scanner.push(head);
  }
}
