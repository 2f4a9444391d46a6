import { Injectable } from '@nestjs/common';
import {
  AuditLogService,
  CollectionRunRepository,
  MAX_STORED_REJECTIONS,
  TwcsStagingRepository,
  type MaterializeResult,
} from '#persistence';
import { AttributionService, type AttributionRunResult } from '../../attribution/attribution.service.js';
import { readTwcsFile, type TwcsSource } from './twcs-file.reader.js';
import type { TwcsRejection, TwcsTotals } from './twcs.types.js';

export const TWCS_SOURCE = 'import:twcs';
/** twcs files are Twitter (now X) conversations. */
export const TWCS_PLATFORM = 'x';

export interface TwcsImportOptions {
  workspaceId: string;
  /** File name shown in the run history and in errors. */
  name: string;
  /** Called after each staged batch with the running totals and that batch's rejected rows. */
  onProgress?: (totals: TwcsTotals, rejected: TwcsRejection[]) => void;
}

export interface TwcsImportResult {
  runId: string;
  totals: TwcsTotals;
  /** The first rejected rows (all of them up to MAX_STORED_REJECTIONS); totals.rejected has the count. */
  rejections: TwcsRejection[];
  facts: MaterializeResult;
  attribution: AttributionRunResult;
  durationMs: number;
}

/**
 * Import of a twcs-style conversation file: stream → staging (batched upserts) → accounts, outbound and
 * inbound items (one set-based pass) → attribution. Good rows are kept whatever the bad ones do; running
 * the same file again changes nothing. Every run is recorded with its rejected rows.
 */
@Injectable()
export class TwcsImportService {
  constructor(
    private readonly runs: CollectionRunRepository,
    private readonly staging: TwcsStagingRepository,
    private readonly attribution: AttributionService,
    private readonly audit: AuditLogService,
  ) {}

  async import(source: TwcsSource, options: TwcsImportOptions): Promise<TwcsImportResult> {
    const started = Date.now();
    const run = await this.runs.start(options.workspaceId, TWCS_SOURCE, options.name, new Date(started));
    const reader = readTwcsFile(source, { name: options.name });
    const rejections: TwcsRejection[] = [];
    try {
      for await (const batch of reader) {
        await this.staging.stage(options.workspaceId, batch.rows);
        if (rejections.length < MAX_STORED_REJECTIONS)
          rejections.push(...batch.rejected.slice(0, MAX_STORED_REJECTIONS - rejections.length));
        options.onProgress?.(reader.totals, batch.rejected);
      }
      const facts = await this.staging.materialize(options.workspaceId, TWCS_PLATFORM, TWCS_SOURCE);
      const attribution = await this.attribution.attributeWorkspace(options.workspaceId);
      const totals = reader.totals;
      await this.runs.finish(run.id, {
        status: totals.rejected > 0 ? 'partial' : 'succeeded',
        finishedAt: new Date(),
        rowsRead: totals.read,
        rowsImported: totals.accepted,
        rowsRejected: totals.rejected,
        rejections: rejections.map(({ line, field, reason }) => ({ line, field, reason })),
      });
      await this.audit.record({
        workspaceId: options.workspaceId,
        action: 'import.completed',
        entityType: 'collection_run',
        entityId: run.id,
        payload: { source: TWCS_SOURCE, file: options.name, totals, facts, attribution },
      });
      return { runId: run.id, totals, rejections, facts, attribution, durationMs: Date.now() - started };
    } catch (error) {
      const totals = reader.totals;
      await this.runs.finish(run.id, {
        status: 'failed',
        finishedAt: new Date(),
        rowsRead: totals.read,
        rowsImported: 0,
        rowsRejected: totals.rejected,
        rejections: rejections.map(({ line, field, reason }) => ({ line, field, reason })),
        error: error instanceof Error ? error.message : String(error),
      });
      throw error;
    }
  }
}
