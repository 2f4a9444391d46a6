import { Injectable } from '@nestjs/common';
import { WorkspaceRepository } from '#persistence';
import { readCsvTable, type CsvSource, type CsvTableReader } from '../csv/csv-table.reader.js';
import type { CsvRejection, CsvTotals } from '../csv/csv.types.js';
import { ExportImportService, type ExportImportResult } from '../export-items/export-import.service.js';
import type { ExportItemRow } from '../export-items/export-item.types.js';
import { exportTime } from '../export-items/export-time.source.js';
import type { ColumnMapping } from './column-mapping.types.js';
import { mapMappedHeader, MAPPED_CSV } from './mapped-header.mapper.js';
import { MappedRowParser } from './mapped-row.parser.js';

export const MAPPED_CSV_SOURCE = 'import:csv';

export interface MappedCsvImportOptions {
  workspaceId: string;
  /** File name shown in the run history and in errors. */
  name: string;
  mapping: ColumnMapping;
  /** When the export was taken (for mapped engagement counts); default: the file's modification time. */
  exportedAt?: Date;
  onProgress?: (totals: CsvTotals, rejected: CsvRejection[]) => void;
}

/** The rows of a CSV read through its mapping, streamed; the header error comes on the first iteration. */
export function readMappedCsv(
  source: CsvSource,
  options: Pick<MappedCsvImportOptions, 'name' | 'mapping'>,
): CsvTableReader<ExportItemRow> {
  const { mapping } = options;
  return readCsvTable<ExportItemRow>(source, {
    name: options.name,
    expected: MAPPED_CSV,
    delimiter: mapping.delimiter,
    header: (fields) => new MappedRowParser(mapMappedHeader(options.name, fields, mapping), mapping),
  });
}

/**
 * Imports any tool's CSV through a column mapping (readColumnMapping): inbound and outbound items of the
 * accounts the rows name, senders the export names attributed as `tool`, and engagement counts, where the
 * mapping has them, as a snapshot at the export time.
 */
@Injectable()
export class MappedCsvImportService {
  constructor(
    private readonly pipeline: ExportImportService,
    private readonly workspaces: WorkspaceRepository,
  ) {}

  async import(source: CsvSource, options: MappedCsvImportOptions): Promise<ExportImportResult> {
    const workspace = await this.workspaces.findById(options.workspaceId);
    if (!workspace) throw new Error(`No workspace ${options.workspaceId}`);
    const { mapping } = options;
    const reader = readMappedCsv(source, options);
    return this.pipeline.import(reader, {
      workspaceId: options.workspaceId,
      name: options.name,
      source: MAPPED_CSV_SOURCE,
      capturedAt: await exportTime(source, options.exportedAt),
      timeZone: mapping.timeZone ?? undefined,
      newAccountTimeZone: mapping.timeZone ?? workspace.timeZone,
      onProgress: options.onProgress,
    });
  }
}
