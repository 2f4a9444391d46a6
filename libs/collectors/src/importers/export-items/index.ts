export type {
  EngagementCounts,
  ExportAccountRef,
  ExportItemRow,
  LocalDateTime,
} from './export-item.types.js';
export type { ExportFactsResult } from './export-batch.writer.js';
export * from './export-import.service.js';
export { parseExportTime } from './export-time.parser.js';
