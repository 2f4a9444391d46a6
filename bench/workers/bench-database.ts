// The workers benchmark's database: copies of the seeded database, one per run, and what it reads back to
// check a run: the collection jobs' states and attempts, and the rows the collectors stored, counted and
// fingerprinted without ids or capture instants (equal fingerprints: the same facts were stored, whichever
// worker stored them).
import pg from 'pg';

export interface JobProgress {
  total: number;
  completed: number;
  /** Failed for good: dead, cancelled. */
  dead: number;
  /** Attempts recorded for the collection jobs (one per job when nothing failed or ran twice). */
  attempts: number;
  failedAttempts: number;
  /** Jobs with more than one attempt. */
  repeated: number;
  /** Epoch milliseconds of the first job's start. */
  firstStartedMs: number | null;
  /** Epoch milliseconds of the last finished job (the database server's clock, this machine's). */
  lastFinishedMs: number | null;
  /** Mean seconds from a job's start to its end. */
  meanJobSeconds: number | null;
  /** Workers that ran at least one attempt. */
  workers: string[];
}

export interface StoredRows {
  outbound: number;
  inbound: number;
  snapshots: number;
  profiles: number;
  captures: number;
  succeededRuns: number;
  otherRuns: number;
  /** md5 over the natural keys and values of the stored facts. */
  fingerprint: string;
}

export async function withClient<T>(url: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** A fresh copy of `template` (a database on the same server nobody is connected to); returns its URL. */
export async function copyDatabase(
  serverUrl: string,
  template: string,
  name: string,
): Promise<{ url: string; drop: () => Promise<void> }> {
  const admin = (sql: string) => withClient(serverUrl, (c) => c.query(sql));
  await admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await admin(`CREATE DATABASE "${name}" TEMPLATE "${template}"`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: () => admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`).then(() => {}),
  };
}

/** Transactions committed in a database so far (one per statement outside a transaction): its round trips. */
export async function transactionsOf(client: pg.Client, database: string): Promise<number> {
  const { rows } = await client.query(
    `SELECT (xact_commit + xact_rollback)::float8 AS n FROM pg_stat_database WHERE datname = $1`,
    [database],
  );
  return Number((rows[0] as { n: number } | undefined)?.n ?? 0);
}

export async function jobProgress(client: pg.Client): Promise<JobProgress> {
  const { rows } = await client.query(
    `SELECT count(*)::int AS total,
            count(*) FILTER (WHERE state = 'completed')::int AS completed,
            count(*) FILTER (WHERE state IN ('dead', 'cancelled'))::int AS dead,
            count(*) FILTER (WHERE attempts > 1)::int AS repeated,
            (extract(epoch FROM min(started_at)) * 1000)::float8 AS "firstStartedMs",
            (extract(epoch FROM max(finished_at)) * 1000)::float8 AS "lastFinishedMs",
            extract(epoch FROM avg(finished_at - started_at))::float8 AS "meanJobSeconds"
     FROM job_record WHERE kind = 'collect'`,
  );
  const attempts = await client.query(
    `SELECT a.worker, count(*)::int AS n, count(*) FILTER (WHERE a.outcome <> 'completed')::int AS failed
     FROM job_attempt a JOIN job_record r ON r.id = a.job_id
     WHERE r.kind = 'collect' GROUP BY a.worker ORDER BY a.worker`,
  );
  const byWorker = attempts.rows as { worker: string; n: number; failed: number }[];
  return {
    ...(rows[0] as Omit<JobProgress, 'attempts' | 'failedAttempts' | 'workers'>),
    attempts: byWorker.reduce((sum, w) => sum + w.n, 0),
    failedAttempts: byWorker.reduce((sum, w) => sum + w.failed, 0),
    workers: byWorker.map((w) => w.worker),
  };
}

export async function storedRows(client: pg.Client): Promise<StoredRows> {
  const one = async (sql: string) => (await client.query(sql)).rows[0] as Record<string, unknown>;
  const facts = await one(
    `SELECT
       (SELECT count(*)::int FROM outbound_item) AS outbound,
       (SELECT count(*)::int FROM inbound_item) AS inbound,
       (SELECT count(*)::int FROM engagement_snapshot) AS snapshots,
       (SELECT count(*)::int FROM account_profile_snapshot) AS profiles,
       (SELECT count(*)::int FROM outbound_capture) AS captures,
       (SELECT count(*)::int FROM collection_run WHERE status = 'succeeded') AS "succeededRuns",
       (SELECT count(*)::int FROM collection_run WHERE status <> 'succeeded') AS "otherRuns"`,
  );
  const digest = async (sql: string) => String((await one(sql)).digest ?? '');
  const parts = [
    await digest(
      `SELECT md5(string_agg(concat_ws('|', a.handle, o.external_id, o.kind, o.created_at, o.text, o.deleted_at,
                o.attribution_source), E'\\n' ORDER BY a.handle, o.external_id)) AS digest
       FROM outbound_item o JOIN account a ON a.id = o.account_id`,
    ),
    await digest(
      `SELECT md5(string_agg(concat_ws('|', a.handle, i.external_id, i.created_at), E'\\n'
                ORDER BY a.handle, i.external_id)) AS digest
       FROM inbound_item i JOIN account a ON a.id = i.account_id`,
    ),
    await digest(
      `SELECT md5(string_agg(concat_ws('|', a.handle, o.external_id, s.reactions, s.replies, s.reposts, s.quotes),
                E'\\n' ORDER BY a.handle, o.external_id, s.captured_at)) AS digest
       FROM engagement_snapshot s JOIN outbound_item o ON o.id = s.outbound_item_id
       JOIN account a ON a.id = o.account_id`,
    ),
    await digest(
      `SELECT md5(string_agg(concat_ws('|', a.handle, p.followers, p.following, p.posts), E'\\n'
                ORDER BY a.handle, p.captured_at)) AS digest
       FROM account_profile_snapshot p JOIN account a ON a.id = p.account_id`,
    ),
  ];
  return {
    ...(facts as Omit<StoredRows, 'fingerprint'>),
    fingerprint: parts.map((p) => p.slice(0, 8)).join('-'),
  };
}

/** Backend process ids serving this database now (for the CPU the database spent on the run). */
export async function backendPids(client: pg.Client, database: string): Promise<number[]> {
  const { rows } = await client.query(
    `SELECT pid FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()`,
    [database],
  );
  return (rows as { pid: number }[]).map((r) => r.pid);
}
