import { Injectable } from '@nestjs/common';
import { WorkspaceRepository } from '#persistence';
import { readCsvTable, type CsvSource, type CsvTableReader } from '../csv/csv-table.reader.js';
import type { CsvRejection, CsvTotals } from '../csv/csv.types.js';
import { ExportImportService, type ExportImportResult } from '../export-items/export-import.service.js';
import type { ExportItemRow } from '../export-items/export-item.types.js';
import { exportTime } from '../export-items/export-time.source.js';
import { mapToolHeader, TOOL_EXPORT } from './tool-header.mapper.js';
import { ToolRowParser } from './tool-row.parser.js';

export const TOOL_SOURCE = 'import:tool';

export interface ToolImportOptions {
  workspaceId: string;
  /** File name shown in the run history and in errors. */
  name: string;
  /** Platform of rows whose Network is empty or absent. */
  platform?: string;
  /** Account handle of rows whose Profile is empty or absent. */
  account?: string;
  /** Zone of times without an offset; default: the account's (a new account gets the workspace's). */
  timeZone?: string;
  /** When the export was taken (the snapshot's time); default: the file's modification time. */
  exportedAt?: Date;
  onProgress?: (totals: CsvTotals, rejected: CsvRejection[]) => void;
}

/** The rows of a tool export, streamed; the header error comes on the first iteration. */
export function readToolExport(
  source: CsvSource,
  options: Pick<ToolImportOptions, 'name' | 'platform' | 'account'>,
): CsvTableReader<ExportItemRow> {
  const defaults = {
    platform: options.platform?.trim().toLowerCase() || null,
    account: options.account?.trim().replace(/^@/, '') || null,
  };
  return readCsvTable<ExportItemRow>(source, {
    name: options.name,
    expected: TOOL_EXPORT,
    header: (fields) =>
      new ToolRowParser(
        mapToolHeader(options.name, fields, {
          platformGiven: defaults.platform !== null,
          accountGiven: defaults.account !== null,
        }),
        defaults,
      ),
  });
}

/**
 * Imports a publishing tool's post export with a `Sent by` column (Sprout Social's Post Performance and
 * alike): posts of each profile, attributed to the named sender (METRICS.md step 2), with the counts the
 * export reports as an engagement snapshot at the export time.
 */
@Injectable()
export class ToolExportImportService {
  constructor(
    private readonly pipeline: ExportImportService,
    private readonly workspaces: WorkspaceRepository,
  ) {}

  async import(source: CsvSource, options: ToolImportOptions): Promise<ExportImportResult> {
    const workspace = await this.workspaces.findById(options.workspaceId);
    if (!workspace) throw new Error(`No workspace ${options.workspaceId}`);
    const capturedAt = await exportTime(source, options.exportedAt);
    const reader = readToolExport(source, options);
    return this.pipeline.import(reader, {
      workspaceId: options.workspaceId,
      name: options.name,
      source: TOOL_SOURCE,
      capturedAt,
      timeZone: options.timeZone,
      newAccountTimeZone: options.timeZone ?? workspace.timeZone,
      onProgress: options.onProgress,
    });
  }
}
