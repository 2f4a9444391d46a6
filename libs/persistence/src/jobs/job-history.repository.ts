import type { DataSource } from 'typeorm';
import type { JobAttemptEntity } from './job-attempt.entity.js';
import type { JobRecordEntity, JobRecordState } from './job-record.entity.js';

export interface JobListFilter {
  states?: JobRecordState[];
  kind?: string;
  workspaceId?: string;
  limit?: number;
  offset?: number;
}

/** A job with the names people know it by. */
export interface JobListItem extends Omit<JobRecordEntity, 'workspace' | 'account'> {
  workspaceSlug: string | null;
  accountHandle: string | null;
}

const LIST_COLUMNS = `r.id, r.kind, r.workspace_id AS "workspaceId", r.account_id AS "accountId",
  r.schedule_key AS "scheduleKey", r.slot, r.subject, r.data, r.state, r.attempts, r.enqueued_at AS "enqueuedAt",
  r.started_at AS "startedAt", r.finished_at AS "finishedAt", r.last_error AS "lastError", r.result,
  w.slug AS "workspaceSlug", a.handle AS "accountHandle"`;

const FILTER = `($1::text[] IS NULL OR r.state = ANY($1::text[]))
  AND ($2::text IS NULL OR r.kind = $2) AND ($3::uuid IS NULL OR r.workspace_id = $3)`;

function filterParams(filter: JobListFilter): unknown[] {
  return [filter.states ?? null, filter.kind ?? null, filter.workspaceId ?? null];
}

/** The job history as people read it: lists, one job, its attempts, counts. */
export class JobHistoryRepository {
  constructor(private readonly dataSource: DataSource) {}

  findById(id: string): Promise<JobListItem | null> {
    return this.dataSource
      .query(
        `SELECT ${LIST_COLUMNS} FROM job_record r
         LEFT JOIN workspace w ON w.id = r.workspace_id LEFT JOIN account a ON a.id = r.account_id
         WHERE r.id = $1`,
        [id],
      )
      .then((rows: JobListItem[]) => rows[0] ?? null);
  }

  /** Newest first. */
  list(filter: JobListFilter = {}): Promise<JobListItem[]> {
    return this.dataSource.query(
      `SELECT ${LIST_COLUMNS} FROM job_record r
       LEFT JOIN workspace w ON w.id = r.workspace_id LEFT JOIN account a ON a.id = r.account_id
       WHERE ${FILTER}
       ORDER BY r.enqueued_at DESC, r.id
       LIMIT $4 OFFSET $5`,
      [...filterParams(filter), filter.limit ?? 100, filter.offset ?? 0],
    );
  }

  /** How many jobs match the filter (limit and offset aside). */
  async count(filter: JobListFilter = {}): Promise<number> {
    const [{ count }]: { count: number }[] = await this.dataSource.query(
      `SELECT count(*)::int AS count FROM job_record r WHERE ${FILTER}`,
      filterParams(filter),
    );
    return count;
  }

  attempts(jobId: string): Promise<Omit<JobAttemptEntity, 'job'>[]> {
    return this.dataSource.query(
      `SELECT id, job_id AS "jobId", attempt, worker, started_at AS "startedAt", finished_at AS "finishedAt",
              outcome, error
       FROM job_attempt WHERE job_id = $1 ORDER BY attempt`,
      [jobId],
    );
  }

  /** Jobs per kind and state. */
  async counts(): Promise<{ kind: string; state: JobRecordState; count: number }[]> {
    return this.dataSource.query(
      `SELECT kind, state, count(*)::int AS count FROM job_record GROUP BY kind, state ORDER BY kind, state`,
    );
  }
}
