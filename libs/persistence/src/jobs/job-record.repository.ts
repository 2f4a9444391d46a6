import type { DataSource } from 'typeorm';
import type { JobAttemptOutcome } from './job-attempt.entity.js';
import type { JobRecordState } from './job-record.entity.js';
import { clientQueueExecutor, type QueueSqlExecutor } from './queue-sql.executor.js';

export interface NewJobRecord {
  id: string;
  kind: string;
  workspaceId: string | null;
  accountId: string | null;
  scheduleKey: string | null;
  slot: Date | null;
  subject: string;
  data: Record<string, unknown>;
}

const UNFINISHED: JobRecordState[] = ['queued', 'running', 'retrying'];

/** The jobs' history and the ledger of schedule slots (see JobRecordEntity). */
export class JobRecordRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Records the jobs whose slot is still free and hands exactly those to `send` inside the same transaction,
   * so a job is in the queue if and only if its record is. Rows go in one sorted order: instances that tick
   * at the same moment wait on each other's first row instead of deadlocking.
   */
  async enqueue(
    records: NewJobRecord[],
    enqueuedAt: Date,
    send: (accepted: NewJobRecord[], tx: QueueSqlExecutor) => Promise<void>,
  ): Promise<NewJobRecord[]> {
    if (records.length === 0) return [];
    const sorted = [...records].sort(
      (a, b) =>
        (a.scheduleKey ?? '').localeCompare(b.scheduleKey ?? '') ||
        (a.slot?.getTime() ?? 0) - (b.slot?.getTime() ?? 0) ||
        a.id.localeCompare(b.id),
    );
    const runner = this.dataSource.createQueryRunner();
    const client = await runner.connect();
    await runner.startTransaction();
    try {
      const inserted: { id: string }[] = await runner.query(
        `INSERT INTO job_record (id, kind, workspace_id, account_id, schedule_key, slot, subject, data, state, enqueued_at)
         SELECT r.id, r.kind, r.workspace_id, r.account_id, r.schedule_key, r.slot, r.subject, r.data, 'queued', $9
         FROM unnest($1::uuid[], $2::text[], $3::uuid[], $4::uuid[], $5::text[], $6::timestamptz[], $7::text[],
                     $8::jsonb[]) WITH ORDINALITY
              AS r(id, kind, workspace_id, account_id, schedule_key, slot, subject, data, n)
         ORDER BY r.n
         ON CONFLICT DO NOTHING
         RETURNING id`,
        [
          sorted.map((r) => r.id),
          sorted.map((r) => r.kind),
          sorted.map((r) => r.workspaceId),
          sorted.map((r) => r.accountId),
          sorted.map((r) => r.scheduleKey),
          sorted.map((r) => r.slot),
          sorted.map((r) => r.subject),
          sorted.map((r) => JSON.stringify(r.data)),
          enqueuedAt,
        ],
      );
      const ids = new Set(inserted.map((r) => r.id));
      const accepted = sorted.filter((r) => ids.has(r.id));
      if (accepted.length > 0) await send(accepted, clientQueueExecutor(client));
      await runner.commitTransaction();
      return accepted;
    } catch (error) {
      await runner.rollbackTransaction();
      throw error;
    } finally {
      await runner.release();
    }
  }

  /**
   * Opens the next attempt of a job for a worker. An attempt of the same job still marked running belongs to a
   * worker that vanished or whose lease expired: it is marked lost. Returns the attempt number (1 = first run),
   * or null when the job has no history row any more.
   */
  async startAttempt(jobId: string, worker: string, now: Date): Promise<number | null> {
    return this.dataSource.transaction(async (tx) => {
      // No history row: its workspace or account was deleted (the rows cascade) while the job waited.
      const [started]: [unknown[], number] = await tx.query(
        `UPDATE job_record SET state = 'running', started_at = $2, finished_at = NULL WHERE id = $1 RETURNING id`,
        [jobId, now],
      );
      if (started.length === 0) return null;
      await tx.query(
        `UPDATE job_attempt SET outcome = 'lost', finished_at = $2 WHERE job_id = $1 AND outcome = 'running'`,
        [jobId, now],
      );
      const [{ attempt }]: { attempt: number }[] = await tx.query(
        `INSERT INTO job_attempt (job_id, attempt, worker, started_at, outcome)
         SELECT $1, COALESCE(max(attempt), 0) + 1, $2, $3, 'running' FROM job_attempt WHERE job_id = $1
         RETURNING attempt`,
        [jobId, worker, now],
      );
      await tx.query(`UPDATE job_record SET attempts = $2 WHERE id = $1`, [jobId, attempt]);
      return attempt;
    });
  }

  /**
   * Closes an attempt and sets the job's state. A late attempt (one that a newer attempt already replaced)
   * still records its own outcome but no longer changes the job's state.
   */
  async finishAttempt(
    jobId: string,
    attempt: number,
    now: Date,
    outcome: Exclude<JobAttemptOutcome, 'running' | 'lost'>,
    jobState: JobRecordState,
    details: { error?: string | null; result?: Record<string, unknown> | null } = {},
  ): Promise<void> {
    await this.dataSource.transaction(async (tx) => {
      await tx.query(
        `UPDATE job_attempt SET outcome = $3, finished_at = $4, error = $5
         WHERE job_id = $1 AND attempt = $2 AND outcome IN ('running', 'lost')`,
        [jobId, attempt, outcome, now, details.error ?? null],
      );
      await tx.query(
        `UPDATE job_record SET state = $3,
           finished_at = CASE WHEN $3 IN ('completed', 'dead', 'cancelled') THEN $4::timestamptz END,
           last_error = COALESCE($5, last_error), result = COALESCE($6::jsonb, result)
         WHERE id = $1 AND attempts = $2`,
        [
          jobId,
          attempt,
          jobState,
          now,
          details.error ?? null,
          details.result ? JSON.stringify(details.result) : null,
        ],
      );
    });
  }

  /** A stopping worker hands its unfinished attempts back to the queue: they are marked released. */
  async releaseRunning(worker: string, now: Date): Promise<string[]> {
    return this.dataSource.transaction(async (tx) => {
      // UPDATE … RETURNING comes back from TypeORM as [rows, affected count].
      const [released]: [{ job_id: string }[], number] = await tx.query(
        `UPDATE job_attempt SET outcome = 'released', finished_at = $2
         WHERE worker = $1 AND outcome = 'running' RETURNING job_id`,
        [worker, now],
      );
      const ids = released.map((r) => r.job_id);
      if (ids.length > 0) {
        await tx.query(
          `UPDATE job_record SET state = 'retrying' WHERE id = ANY($1::uuid[]) AND state = 'running'`,
          [ids],
        );
      }
      return ids;
    });
  }

  /**
   * Brings the history in line with what the queue decided on its own: a job failed by lease expiry after its
   * last attempt is dead; one whose lease expired with attempts left is waiting to be retried, and its running
   * attempt is lost. Reads pg-boss's job table (schema `pgboss`); returns the number of jobs changed.
   */
  async reconcileWithQueue(now: Date): Promise<number> {
    return this.dataSource.transaction(async (tx) => {
      const [changed]: [{ id: string; state: JobRecordState }[], number] = await tx.query(
        `UPDATE job_record r SET
           state = CASE q.state WHEN 'failed' THEN 'dead' WHEN 'cancelled' THEN 'cancelled' ELSE 'retrying' END,
           finished_at = CASE WHEN q.state IN ('failed', 'cancelled') THEN COALESCE(q.completed_on, $1) END,
           last_error = COALESCE(q.output->>'message', q.output->'value'->>'message', r.last_error)
         FROM pgboss.job q
         WHERE q.name = r.kind AND q.id = r.id AND r.state IN ('queued', 'running', 'retrying')
           AND ((q.state IN ('failed', 'cancelled')) OR (q.state = 'retry' AND r.state = 'running'))
         RETURNING r.id, r.state`,
        [now],
      );
      // A job the queue no longer holds expired there before any worker ran it (pg-boss archives jobs not
      // started within their retention): it is a dead letter, and its schedule is free again.
      const [expired]: [{ id: string }[], number] = await tx.query(
        `UPDATE job_record r SET state = 'dead', finished_at = $1,
           last_error = 'the queue no longer holds this job: it expired before a worker ran it'
         WHERE r.state IN ('queued', 'running', 'retrying')
           AND NOT EXISTS (SELECT 1 FROM pgboss.job q WHERE q.name = r.kind AND q.id = r.id)
         RETURNING r.id`,
        [now],
      );
      const ids = [...changed, ...expired].map((c) => c.id);
      if (ids.length > 0) {
        await tx.query(
          `UPDATE job_attempt SET outcome = 'lost', finished_at = $2
           WHERE job_id = ANY($1::uuid[]) AND outcome = 'running'`,
          [ids, now],
        );
      }
      return ids.length;
    });
  }

  /** Puts a dead or cancelled job back to queued (the caller re-queues it in pg-boss in the same breath). */
  async markRequeued(id: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE job_record SET state = 'queued', finished_at = NULL WHERE id = $1 AND state IN ('dead', 'cancelled')`,
      [id],
    );
  }

  /** Schedule keys that have a job not finished yet: the scheduler does not stack another slot on them. */
  async busyScheduleKeys(): Promise<Set<string>> {
    const rows: { schedule_key: string }[] = await this.dataSource.query(
      `SELECT DISTINCT schedule_key FROM job_record WHERE state = ANY($1::text[]) AND schedule_key IS NOT NULL`,
      [UNFINISHED],
    );
    return new Set(rows.map((r) => r.schedule_key));
  }

  /**
   * When the latest completed job of each schedule key started (by the unique (schedule key, slot) index):
   * the scheduler knows from it when a stream was last collected.
   */
  async lastCompletedStarts(keys: string[]): Promise<Map<string, Date>> {
    if (keys.length === 0) return new Map();
    const rows: { key: string; started_at: Date }[] = await this.dataSource.query(
      `SELECT k.key, last.started_at FROM unnest($1::text[]) AS k(key)
       CROSS JOIN LATERAL (
         SELECT r.started_at FROM job_record r
         WHERE r.schedule_key = k.key AND r.state = 'completed' ORDER BY r.slot DESC LIMIT 1) last`,
      [keys],
    );
    return new Map(rows.map((r) => [r.key, r.started_at]));
  }

  /**
   * Deletes finished jobs with their attempts: completed (or cancelled) recurring jobs that ended before
   * `recurringBefore`; dead letters and monthly report jobs (whose rows keep a month from being reported
   * twice) that ended before `keptBefore`. Returns how many.
   */
  async deleteFinished(recurringBefore: Date, keptBefore: Date): Promise<number> {
    const [, count]: [unknown, number] = await this.dataSource.query(
      `DELETE FROM job_record
       WHERE (state IN ('completed', 'cancelled') AND kind <> 'monthly-report' AND finished_at < $1)
          OR (state IN ('completed', 'dead', 'cancelled') AND finished_at < $2)`,
      [recurringBefore, keptBefore],
    );
    return count;
  }
}
