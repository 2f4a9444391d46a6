import type { DataSource } from 'typeorm';
import { CollectionRunEntity, type RejectedRow } from '../entities/collection-run.entity.js';
import { MAX_STORED_REJECTIONS } from '../repositories/collection-run.repository.js';
import { CollectionWindowEntity } from './collection-window.entity.js';

/** What one stream's run read, stored and covered; written once when the run ends. */
export interface StreamRunOutcome {
  status: 'succeeded' | 'partial' | 'failed';
  finishedAt: Date;
  rowsRead: number;
  rowsImported: number;
  rowsRejected: number;
  rejections: RejectedRow[];
  error: string | null;
  window: Pick<
    CollectionWindowEntity,
    'windowFrom' | 'windowTo' | 'complete' | 'pages' | 'skipped' | 'deletionsNoticed' | 'warnings'
  >;
}

/** One row of the run history: per account and stream, what was collected, when, and what failed. */
export interface StreamRunRow {
  runId: string;
  accountId: string | null;
  source: string;
  stream: string | null;
  status: string;
  startedAt: Date;
  finishedAt: Date | null;
  rowsRead: number;
  rowsImported: number;
  rowsRejected: number;
  error: string | null;
  windowFrom: Date | null;
  windowTo: Date | null;
  complete: boolean | null;
  pages: number | null;
  skipped: Record<string, number> | null;
  deletionsNoticed: number | null;
  warnings: string[] | null;
}

/** A window that was asked for but not fully collected: reports show it as a gap, never as zeros. */
export interface CollectionGap {
  accountId: string;
  stream: string;
  windowFrom: Date | null;
  windowTo: Date;
  status: string;
  error: string | null;
  runId: string;
}

/** Collection runs of platform streams: the collection_run row (one per account and stream) and its window. */
export class StreamRunRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Opens a run with the window it means to collect, recorded as incomplete until `finish` says otherwise: a
   * process killed in between (SIGKILL, a lost machine) leaves a gap that reports show, not a silent hole.
   * Runs of the same account and stream still `running` from before are closed as `interrupted`: one process
   * collects a stream at a time (the queue's singleton keys), so such a run's process is gone. Should an older
   * run still be alive after all, its own `finish` writes its real outcome over this one.
   */
  async start(
    workspaceId: string,
    accountId: string,
    source: string,
    stream: string,
    startedAt: Date,
    window: { windowFrom: Date | null; windowTo: Date },
  ): Promise<string> {
    return this.dataSource.transaction(async (tx) => {
      await tx.query(
        `UPDATE collection_run SET status = 'interrupted', finished_at = $4,
           error = 'interrupted: the run never ended (its process stopped); noticed when the next run of this stream began'
         WHERE workspace_id = $1 AND account_id = $2 AND subject = $3 AND status = 'running'
           AND source LIKE 'collector:%' AND started_at <= $4`,
        [workspaceId, accountId, stream, startedAt],
      );
      const repo = tx.getRepository(CollectionRunEntity);
      const run = await repo.save(
        repo.create({ workspaceId, accountId, source, subject: stream, status: 'running', startedAt }),
      );
      await tx
        .getRepository(CollectionWindowEntity)
        .save({ collectionRunId: run.id, workspaceId, accountId, stream, ...window, complete: false });
      return run.id;
    });
  }

  async finish(
    runId: string,
    workspaceId: string,
    accountId: string,
    stream: string,
    outcome: StreamRunOutcome,
  ) {
    await this.dataSource.transaction(async (tx) => {
      await tx.getRepository(CollectionRunEntity).update(runId, {
        status: outcome.status,
        finishedAt: outcome.finishedAt,
        rowsRead: outcome.rowsRead,
        rowsImported: outcome.rowsImported,
        rowsRejected: outcome.rowsRejected,
        rejections: outcome.rejections.slice(0, MAX_STORED_REJECTIONS),
        error: outcome.error,
      });
      await tx
        .getRepository(CollectionWindowEntity)
        .save({ collectionRunId: runId, workspaceId, accountId, stream, ...outcome.window });
    });
  }

  async listRecent(
    workspaceId: string,
    options: { accountId?: string; limit?: number } = {},
  ): Promise<StreamRunRow[]> {
    const rows: Record<string, unknown>[] = await this.dataSource.query(
      `SELECT r.id, r.account_id, r.source, r.subject, r.status, r.started_at, r.finished_at, r.rows_read,
              r.rows_imported, r.rows_rejected, r.error, w.window_from, w.window_to, w.complete, w.pages,
              w.skipped, w.deletions_noticed, w.warnings
       FROM collection_run r LEFT JOIN collection_window w ON w.collection_run_id = r.id
       WHERE r.workspace_id = $1 AND r.source LIKE 'collector:%' AND ($2::uuid IS NULL OR r.account_id = $2)
       ORDER BY r.started_at DESC, r.subject
       LIMIT $3`,
      [workspaceId, options.accountId ?? null, options.limit ?? 50],
    );
    return rows.map((r) => ({
      runId: r.id as string,
      accountId: r.account_id as string | null,
      source: r.source as string,
      stream: r.subject as string | null,
      status: r.status as string,
      startedAt: r.started_at as Date,
      finishedAt: r.finished_at as Date | null,
      rowsRead: r.rows_read as number,
      rowsImported: r.rows_imported as number,
      rowsRejected: r.rows_rejected as number,
      error: r.error as string | null,
      windowFrom: r.window_from as Date | null,
      windowTo: r.window_to as Date | null,
      complete: r.complete as boolean | null,
      pages: r.pages as number | null,
      skipped: r.skipped as Record<string, number> | null,
      deletionsNoticed: r.deletions_noticed as number | null,
      warnings: r.warnings as string[] | null,
    }));
  }

  /**
   * Incomplete windows overlapping [from, to) that no complete window of the same account and stream has
   * covered since: what is still missing.
   */
  async listGaps(workspaceId: string, from: Date, to: Date): Promise<CollectionGap[]> {
    const rows: {
      account_id: string;
      stream: string;
      window_from: Date | null;
      window_to: Date;
      status: string;
      error: string | null;
      run_id: string;
    }[] = await this.dataSource.query(
      `SELECT w.account_id, w.stream, w.window_from, w.window_to, r.status, r.error, r.id AS run_id
       FROM collection_window w JOIN collection_run r ON r.id = w.collection_run_id
       WHERE w.workspace_id = $1 AND NOT w.complete
         AND (w.window_from IS NULL OR w.window_from < $3) AND w.window_to > $2
         AND NOT EXISTS (
           SELECT 1 FROM collection_window c
           WHERE c.account_id = w.account_id AND c.stream = w.stream AND c.complete
             AND c.window_to >= w.window_to
             AND (c.window_from IS NULL OR (w.window_from IS NOT NULL AND c.window_from <= w.window_from)))
       ORDER BY w.account_id, w.stream, w.window_to`,
      [workspaceId, from, to],
    );
    return rows.map((r) => ({
      accountId: r.account_id,
      stream: r.stream,
      windowFrom: r.window_from,
      windowTo: r.window_to,
      status: r.status,
      error: r.error,
      runId: r.run_id,
    }));
  }
}
