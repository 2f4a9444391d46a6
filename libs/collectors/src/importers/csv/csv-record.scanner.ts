// A streaming CSV record scanner (RFC 4180 plus the leniencies real exports need), written by hand instead of
// using csv-parse because imports must (a) report the physical line where a record starts even after quoted
// line breaks, (b) treat a lone carriage return inside an unquoted field as data, not as a line break, and
// (c) recover from an unterminated quote by rejecting its line and resuming on the next one, within a bounded
// buffer. It scans with native indexOf over whole lines, which keeps it fast on multi-million-row files.
//
// Text in, callbacks out, no I/O: the file readers feed it decoded chunks and turn records into rows.

const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;
const BOM = 0xfeff;

/** Receives records in file order. `line` is the 1-based physical line where the record starts. */
export interface CsvRecordSink {
  /** `terminated` is false only for a last record with no line break after it (possibly truncated). */
  record(fields: string[], line: number, terminated: boolean): void;
  /** A record the scanner could not split (unterminated quote, oversized record); scanning goes on. */
  broken(line: number, reason: string, raw: string): void;
}

export interface CsvScannerOptions {
  /**
   * Longest record kept in memory while waiting for its end. Beyond it the record is rejected as broken
   * (almost always a stray opening quote) and scanning resumes on the next physical line.
   */
  maxRecordChars?: number;
  /**
   * Field separator. Default `,`; Excel saves `;` under European locales and a tab in "Unicode text"
   * (UTF-16) files, and a consultant is as likely to be handed those as the original.
   */
  delimiter?: CsvDelimiter;
}

export type CsvDelimiter = ',' | ';' | '\t';

export const DEFAULT_MAX_RECORD_CHARS = 1 << 20;
/** Rejections quote at most this much of the offending text. */
export const MAX_RAW_CHARS = 500;

/** Sentinel for "this record is not complete in the buffer yet". */
const INCOMPLETE = -1;

export class CsvRecordScanner {
  private buffer = '';
  /** Physical line number of the first character in `buffer`. */
  private line = 1;
  private started = false;
  /** Set after an oversized line was dropped whole: discard input up to the next line break. */
  private skippingLine = false;
  /** Line breaks inside quoted fields of the record being scanned. */
  private quotedLineBreaks = 0;
  /** Column of the quoted field that was still open when scanRecord() last came back INCOMPLETE. */
  private openQuoteColumn = 0;
  // Where the record being delivered sits, so a sink can quote it in a rejection without copying every row.
  private rawText = '';
  private rawStart = 0;
  private rawEnd = 0;
  private readonly maxRecordChars: number;
  private readonly delimiter: CsvDelimiter;
  private readonly delimiterCode: number;

  constructor(
    private readonly sink: CsvRecordSink,
    options: CsvScannerOptions = {},
  ) {
    this.maxRecordChars = options.maxRecordChars ?? DEFAULT_MAX_RECORD_CHARS;
    this.delimiter = options.delimiter ?? ',';
    this.delimiterCode = this.delimiter.charCodeAt(0);
  }

  push(chunk: string): void {
    if (!this.started) {
      this.started = true;
      if (chunk.charCodeAt(0) === BOM) chunk = chunk.slice(1);
    }
    if (this.skippingLine) {
      const lf = chunk.indexOf('\n');
      if (lf === -1) return;
      this.skippingLine = false;
      this.line++;
      chunk = chunk.slice(lf + 1);
    }
    this.buffer = this.buffer.length === 0 ? chunk : this.buffer + chunk;
    this.scan(false);
    while (this.buffer.length > this.maxRecordChars) this.dropOversizedRecord();
  }

  /** Flushes the last record and reports an unterminated one. Call once, after the last push(). */
  end(): void {
    this.started = true;
    this.skippingLine = false;
    this.scan(true);
  }

  private scan(final: boolean): void {
    for (;;) {
      const text = this.buffer;
      let pos = 0;
      while (pos < text.length) {
        const next = this.scanRecord(text, pos, final);
        if (next === INCOMPLETE) break;
        pos = next;
      }
      this.buffer = pos === 0 ? text : text.slice(pos);
      if (!final || this.buffer.length === 0) return;
      // At the end of input an incomplete record can only be an unterminated quote: reject the line where it
      // starts and rescan what follows, so the good records after a stray quote are still imported.
      this.rejectFirstLine(`unterminated quoted field (column ${this.openQuoteColumn}) at end of file`);
    }
  }

  private dropOversizedRecord(): void {
    this.rejectFirstLine(
      `record longer than ${this.maxRecordChars} characters (unterminated quoted field?); skipped this line`,
    );
    if (this.buffer.length > 0) this.scan(false);
  }

  /** Rejects the first physical line of the buffer and drops it. */
  private rejectFirstLine(reason: string): void {
    const lf = this.buffer.indexOf('\n');
    const firstLine = lf === -1 ? this.buffer : this.buffer.slice(0, lf);
    this.sink.broken(this.line, reason, clip(stripCr(firstLine)));
    if (lf === -1) {
      this.buffer = '';
      this.skippingLine = true;
    } else {
      this.buffer = this.buffer.slice(lf + 1);
      this.line++;
    }
  }

  /** Scans one record starting at `start`; returns the offset after it, or INCOMPLETE. */
  private scanRecord(text: string, start: number, final: boolean): number {
    const length = text.length;
    let lf = text.indexOf('\n', start);
    if (lf === -1 && !final) return INCOMPLETE;

    // Blank lines separate nothing and are skipped, as pandas does; they still count as lines.
    const first = text.charCodeAt(start);
    if (first === LF || (first === CR && lf === start + 1)) {
      this.line++;
      return lf + 1;
    }

    const fields: string[] = [];
    this.quotedLineBreaks = 0;
    let i = start;
    for (;;) {
      if (text.charCodeAt(i) === QUOTE) {
        const end = this.scanQuoted(text, i, final, fields);
        if (end === INCOMPLETE) {
          this.openQuoteColumn = fields.length + 1;
          return INCOMPLETE;
        }
        if (lf !== -1 && lf < end) {
          // The field spans lines: every line break from `lf` up to its end lies inside it.
          this.quotedLineBreaks += countLineBreaks(text, lf, end);
          lf = text.indexOf('\n', end);
          if (lf === -1 && !final) return INCOMPLETE;
        }
        i = end;
        const c = text.charCodeAt(i);
        if (c === this.delimiterCode) {
          i++;
          continue;
        }
        if (i >= length) return this.emit(fields, text, start, length, false);
        if (c === LF) return this.emit(fields, text, start, i + 1, true);
        if (c === CR && i + 1 === lf) return this.emit(fields, text, start, lf + 1, true);
        // Text after a closing quote (`"a"b`): keep it, as pandas does, up to the next separator.
        const lineEnd = lf === -1 ? length : lf;
        const comma = text.indexOf(this.delimiter, i);
        const stop = comma !== -1 && comma < lineEnd ? comma : trimCrBefore(text, lineEnd, i);
        fields[fields.length - 1] += text.slice(i, stop);
        i = stop;
        if (i === comma) {
          i++;
          continue;
        }
        return lf === -1
          ? this.emit(fields, text, start, length, false)
          : this.emit(fields, text, start, lf + 1, true);
      }

      const lineEnd = lf === -1 ? length : lf;
      const comma = text.indexOf(this.delimiter, i);
      if (comma !== -1 && comma < lineEnd) {
        fields.push(text.slice(i, comma));
        i = comma + 1;
        continue;
      }
      // Last field: only the CR of a CRLF pair is a line ending; any other CR stays in the field.
      fields.push(text.slice(i, trimCrBefore(text, lineEnd, i)));
      return lf === -1
        ? this.emit(fields, text, start, length, false)
        : this.emit(fields, text, start, lf + 1, true);
    }
  }

  /** Scans a quoted field at `open`, pushes its value and returns the offset after the closing quote. */
  private scanQuoted(text: string, open: number, final: boolean, fields: string[]): number {
    let value = '';
    let segment = open + 1;
    let from = segment;
    for (;;) {
      const quote = text.indexOf('"', from);
      if (quote === -1) return INCOMPLETE;
      // A quote as the last character may be the first half of an escaped pair split across chunks.
      if (quote + 1 === text.length && !final) return INCOMPLETE;
      if (text.charCodeAt(quote + 1) === QUOTE) {
        value += text.slice(segment, quote + 1);
        segment = from = quote + 2;
        continue;
      }
      value += text.slice(segment, quote);
      fields.push(value);
      return quote + 1;
    }
  }

  private emit(fields: string[], text: string, start: number, next: number, terminated: boolean): number {
    const line = this.line;
    this.line += this.quotedLineBreaks + (terminated ? 1 : 0);
    this.rawText = text;
    this.rawStart = start;
    this.rawEnd = next;
    this.sink.record(fields, line, terminated);
    this.rawText = '';
    return next;
  }

  /** The raw text of the record being passed to `record()`, clipped; only valid during that call. */
  currentRaw(): string {
    let end = this.rawEnd;
    if (end > this.rawStart && this.rawText.charCodeAt(end - 1) === LF) end--;
    return clip(stripCr(this.rawText.slice(this.rawStart, end)));
  }
}

function countLineBreaks(text: string, from: number, to: number): number {
  let count = 0;
  let lf = text.indexOf('\n', from);
  while (lf !== -1 && lf < to) {
    count++;
    lf = text.indexOf('\n', lf + 1);
  }
  return count;
}

/** End offset of a field that ends a line: excludes the CR of a CRLF pair (or a CR just before end of file). */
function trimCrBefore(text: string, lineEnd: number, fieldStart: number): number {
  return lineEnd > fieldStart && text.charCodeAt(lineEnd - 1) === CR ? lineEnd - 1 : lineEnd;
}

function stripCr(line: string): string {
  return line.endsWith('\r') ? line.slice(0, -1) : line;
}

function clip(text: string): string {
  return text.length > MAX_RAW_CHARS ? `${text.slice(0, MAX_RAW_CHARS)}…` : text;
}
