import fs from 'node:fs';
import path from 'node:path';
import { csvCell } from '#domain';

/** A rejected row as every importer reports it. */
export interface RejectedRowOutput {
  line: number;
  reason: string;
  field?: string;
  raw?: string;
}

/** Streams every rejected row to a CSV file, created only when the first rejection arrives. */
export class RejectionWriter {
  private fd: number | null = null;

  constructor(readonly file: string) {}

  write(rejections: RejectedRowOutput[]): void {
    if (rejections.length === 0) return;
    if (this.fd === null) {
      fs.mkdirSync(path.dirname(this.file), { recursive: true });
      this.fd = fs.openSync(this.file, 'w');
      fs.writeSync(this.fd, 'line,field,reason,raw\n');
    }
    for (const r of rejections) {
      fs.writeSync(this.fd, [r.line, r.field ?? '', r.reason, r.raw ?? ''].map(csvCell).join(',') + '\n');
    }
  }

  close(): void {
    if (this.fd !== null) fs.closeSync(this.fd);
  }
}
