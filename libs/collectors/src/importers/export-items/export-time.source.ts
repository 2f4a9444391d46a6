import { stat } from 'node:fs/promises';
import type { CsvSource } from '../csv/csv-table.reader.js';

/**
 * When an export was taken, for its engagement snapshot: the time given (--exported-at), else the file's
 * modification time (the download wrote it). A stream has no such time: without one given, the export
 * stores no snapshot rather than one at a made-up time.
 */
export async function exportTime(source: CsvSource, given: Date | undefined): Promise<Date | null> {
  if (given !== undefined) {
    if (Number.isNaN(given.getTime())) throw new RangeError('the export time is not a valid date');
    return given;
  }
  if (typeof source !== 'string') return null;
  // Whole seconds: file systems keep different precisions, and the same file must give the same snapshot.
  const { mtimeMs } = await stat(source);
  return new Date(Math.floor(mtimeMs / 1000) * 1000);
}
