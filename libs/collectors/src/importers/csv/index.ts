export {
  CsvRecordScanner,
  DEFAULT_MAX_RECORD_CHARS,
  type CsvDelimiter,
  type CsvRecordSink,
  type CsvScannerOptions,
} from './csv-record.scanner.js';
export * from './csv.types.js';
export * from './csv-header.error.js';
export { readCsvTable, CsvTableReader, type CsvSource, type CsvTableOptions } from './csv-table.reader.js';
export type { CsvEncoding } from './csv-text.decoder.js';
