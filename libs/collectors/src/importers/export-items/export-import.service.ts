import { Injectable, Optional } from '@nestjs/common';
import {
  AssignmentRepository,
  AuditLogService,
  CollectionRunRepository,
  ExportFactsRepository,
  MAX_STORED_REJECTIONS,
  OperatorRepository,
} from '#persistence';
import { AttributionService, type AttributionRunResult } from '../../attribution/attribution.service.js';
import type { CsvTableReader } from '../csv/csv-table.reader.js';
import type { CsvRejection, CsvTotals } from '../csv/csv.types.js';
import { ExportBatchWriter, type ExportFactsResult } from './export-batch.writer.js';
import type { ExportItemRow, ExportRowParser } from './export-item.types.js';
import { ToolAttribution } from './tool-attribution.resolver.js';

export interface ExportImportOptions {
  workspaceId: string;
  /** File name shown in the run history. */
  name: string;
  /** Run and item source: `import:meta`, `import:tool`, `import:csv`. */
  source: string;
  /** When the export was taken: the engagement snapshot's time. Null: store no snapshots. */
  capturedAt: Date | null;
  /** Zone of times without an offset; unset: each account's own zone. */
  timeZone?: string;
  /** Zone given to accounts this import creates. */
  newAccountTimeZone: string;
  /** Called after each batch with the running totals and that batch's rejected rows. */
  onProgress?: (totals: CsvTotals, rejected: CsvRejection[]) => void;
}

export interface ExportImportResult {
  runId: string;
  totals: CsvTotals;
  /** The first rejected rows (up to MAX_STORED_REJECTIONS); totals.rejected has the count. */
  rejections: CsvRejection[];
  facts: ExportFactsResult;
  attribution: AttributionRunResult;
  /** What the header said (`Facebook, Views as impressions`), the encoding and delimiter found. */
  format: { description: string; encoding: string; delimiter: string; ignoredColumns: string[] };
  capturedAt: Date | null;
  durationMs: number;
}

/**
 * The pipeline every export importer shares: stream the file's rows in batches → find or create their
 * accounts → read local times in the account's zone → attribute rows that name their sender → upsert
 * items and engagement snapshots → the workspace's attribution pass. Good rows are kept whatever the bad
 * ones do, every run is recorded with its rejected rows, and importing the same file again changes nothing.
 */
@Injectable()
export class ExportImportService {
  constructor(
    private readonly runs: CollectionRunRepository,
    private readonly facts: ExportFactsRepository,
    private readonly operators: OperatorRepository,
    private readonly assignments: AssignmentRepository,
    private readonly attribution: AttributionService,
    /** Records each completed import; absent in unit tests that build the pipeline by hand. */
    @Optional() private readonly audit?: AuditLogService,
  ) {}

  async import(
    reader: CsvTableReader<ExportItemRow>,
    options: ExportImportOptions,
  ): Promise<ExportImportResult> {
    const started = Date.now();
    const { workspaceId } = options;
    const run = await this.runs.start(workspaceId, options.source, options.name, new Date(started));
    const writer = new ExportBatchWriter(
      this.facts,
      new ToolAttribution(workspaceId, this.operators, this.assignments),
      options,
    );
    const rejections: CsvRejection[] = [];
    let lateRejections = 0;
    const totals = (): CsvTotals => {
      const read = reader.totals;
      return {
        read: read.read,
        accepted: read.accepted - lateRejections,
        rejected: read.rejected + lateRejections,
      };
    };
    try {
      for await (const batch of reader) {
        const parser = reader.parser as ExportRowParser;
        const late = await writer.write(batch.rows, batch.lines, parser.createdAtField);
        lateRejections += late.length;
        const rejected = [...batch.rejected, ...late].sort((a, b) => a.line - b.line);
        if (rejections.length < MAX_STORED_REJECTIONS)
          rejections.push(...rejected.slice(0, MAX_STORED_REJECTIONS - rejections.length));
        options.onProgress?.(totals(), rejected);
      }
      const attribution = await this.attribution.attributeWorkspace(workspaceId);
      const final = totals();
      await this.runs.finish(run.id, {
        status: final.rejected > 0 ? 'partial' : 'succeeded',
        finishedAt: new Date(),
        rowsRead: final.read,
        rowsImported: final.accepted,
        rowsRejected: final.rejected,
        rejections: rejections.map(({ line, field, reason }) => ({ line, field, reason })),
      });
      await this.audit?.record({
        workspaceId,
        action: 'import.completed',
        entityType: 'collection_run',
        entityId: run.id,
        payload: {
          source: options.source,
          file: options.name,
          totals: final,
          facts: writer.result,
          attribution,
        },
      });
      const parser = reader.parser as ExportRowParser;
      return {
        runId: run.id,
        totals: final,
        rejections: rejections.sort((a, b) => a.line - b.line),
        facts: writer.result,
        attribution,
        format: {
          description: parser.description,
          encoding: reader.encoding,
          delimiter: reader.delimiter ?? ',',
          ignoredColumns: parser.ignoredColumns,
        },
        capturedAt: options.capturedAt,
        durationMs: Date.now() - started,
      };
    } catch (error) {
      const final = totals();
      await this.runs.finish(run.id, {
        status: 'failed',
        finishedAt: new Date(),
        rowsRead: final.read,
        rowsImported: 0,
        rowsRejected: final.rejected,
        rejections: rejections.map(({ line, field, reason }) => ({ line, field, reason })),
        error: error instanceof Error ? error.message : String(error),
      });
      throw error;
    }
  }
}
