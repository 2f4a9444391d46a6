// Bytes to text for CSV imports. Exports arrive as UTF-8 (with or without a byte order mark) from the
// platforms and tools; a copy re-saved by Excel as "Unicode text" is UTF-16 with a byte order mark. The
// encoding is told from the first bytes, so streaming is never interrupted; bytes that are not valid in it
// become U+FFFD, which the row parsers report (see csv-field.util.ts) instead of storing garbled text.

export type CsvEncoding = 'utf-8' | 'utf-16le' | 'utf-16be';

/** Decodes a byte stream chunk by chunk; characters cut by a chunk boundary are carried to the next chunk. */
export class CsvTextDecoder {
  private decoder: TextDecoder | null = null;
  /** Bytes held back until there are enough to recognise a byte order mark. */
  private pending: Uint8Array | null = null;
  private detected: CsvEncoding = 'utf-8';

  /** The encoding in use; final after the first decode() that returned text. */
  get encoding(): CsvEncoding {
    return this.detected;
  }

  decode(chunk: Uint8Array): string {
    if (this.decoder === null) {
      const bytes = this.pending === null ? chunk : concat(this.pending, chunk);
      // Three bytes tell all three byte order marks apart; fewer are held back until more arrive.
      if (bytes.length < 3) {
        this.pending = bytes;
        return '';
      }
      this.pending = null;
      this.start(bytes);
      return this.decoder!.decode(bytes, { stream: true });
    }
    return this.decoder.decode(chunk, { stream: true });
  }

  /** Flushes what is held back (a short file, a character cut at the very end). */
  end(): string {
    if (this.decoder === null) {
      const bytes = this.pending ?? new Uint8Array(0);
      this.pending = null;
      this.start(bytes);
      return this.decoder!.decode(bytes);
    }
    return this.decoder.decode();
  }

  private start(bytes: Uint8Array): void {
    if (bytes[0] === 0xff && bytes[1] === 0xfe) this.detected = 'utf-16le';
    else if (bytes[0] === 0xfe && bytes[1] === 0xff) this.detected = 'utf-16be';
    // The decoder drops the byte order mark itself (ignoreBOM is false by default).
    this.decoder = new TextDecoder(this.detected);
  }
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const joined = new Uint8Array(a.length + b.length);
  joined.set(a, 0);
  joined.set(b, a.length);
  return joined;
}
