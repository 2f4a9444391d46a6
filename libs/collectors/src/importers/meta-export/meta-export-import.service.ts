import { Injectable } from '@nestjs/common';
import { WorkspaceRepository } from '#persistence';
import { readCsvTable, type CsvSource, type CsvTableReader } from '../csv/csv-table.reader.js';
import type { CsvRejection, CsvTotals } from '../csv/csv.types.js';
import { ExportImportService, type ExportImportResult } from '../export-items/export-import.service.js';
import type { ExportItemRow } from '../export-items/export-item.types.js';
import { exportTime } from '../export-items/export-time.source.js';
import { mapMetaHeader, META_EXPORT, type MetaPlatform } from './meta-header.mapper.js';
import { MetaRowParser } from './meta-row.parser.js';

export const META_SOURCE = 'import:meta';

export interface MetaImportOptions {
  workspaceId: string;
  /** File name shown in the run history and in errors. */
  name: string;
  /** Every post belongs to this account (found by handle, created if absent); else the file's account columns. */
  account?: string;
  /** Needed only when the header does not tell Facebook from Instagram; must agree with it otherwise. */
  platform?: MetaPlatform;
  /** Zone of the `Publish time` values; default: the account's (a new account gets the workspace's). */
  timeZone?: string;
  /** When the export was taken (the snapshot's time); default: the file's modification time. */
  exportedAt?: Date;
  onProgress?: (totals: CsvTotals, rejected: CsvRejection[]) => void;
}

/** The rows of a Meta per-post export, streamed; the header error comes on the first iteration. */
export function readMetaExport(
  source: CsvSource,
  options: Pick<MetaImportOptions, 'name' | 'account' | 'platform'>,
): CsvTableReader<ExportItemRow> {
  const account = options.account?.trim().replace(/^@/, '') || null;
  return readCsvTable<ExportItemRow>(source, {
    name: options.name,
    expected: META_EXPORT,
    header: (fields) =>
      new MetaRowParser(
        mapMetaHeader(options.name, fields, { platform: options.platform, accountGiven: account !== null }),
        account,
      ),
  });
}

/**
 * Imports a Meta Business Suite per-post export (Facebook Page or Instagram account): each row becomes a
 * post of the account with an engagement snapshot of its lifetime counts, taken at the export time.
 */
@Injectable()
export class MetaExportImportService {
  constructor(
    private readonly pipeline: ExportImportService,
    private readonly workspaces: WorkspaceRepository,
  ) {}

  async import(source: CsvSource, options: MetaImportOptions): Promise<ExportImportResult> {
    const workspace = await this.workspaces.findById(options.workspaceId);
    if (!workspace) throw new Error(`No workspace ${options.workspaceId}`);
    const capturedAt = await exportTime(source, options.exportedAt);
    const reader = readMetaExport(source, options);
    return this.pipeline.import(reader, {
      workspaceId: options.workspaceId,
      name: options.name,
      source: META_SOURCE,
      capturedAt,
      timeZone: options.timeZone,
      newAccountTimeZone: options.timeZone ?? workspace.timeZone,
      onProgress: options.onProgress,
    });
  }
}
