import type { DataSource } from 'typeorm';

/** The shape pg-boss calls to run its SQL (its `db` option): one statement or a script, rows back. */
export interface QueueSqlExecutor {
  executeSql(text: string, values?: unknown[]): Promise<{ rows: Record<string, unknown>[] }>;
}

interface PgQueryable {
  query(text: string, values?: unknown[]): Promise<{ rows: Record<string, unknown>[] }>;
}

/**
 * The queue runs on the application's own connection pool: on the embedded database pglite-socket accepts only
 * pool size + 2 connections, so a second pool for pg-boss would starve one of them.
 */
export function poolQueueExecutor(dataSource: DataSource): QueueSqlExecutor {
  const pool = (dataSource.driver as unknown as { master: PgQueryable }).master;
  return { executeSql: (text, values) => pool.query(text, values) };
}

/** An executor bound to one connection (inside a transaction the caller opened on it). */
export function clientQueueExecutor(client: PgQueryable): QueueSqlExecutor {
  return { executeSql: (text, values) => client.query(text, values) };
}

/**
 * Runs `fn` while this process holds a session advisory lock named `name`: processes that start at the same
 * moment take turns. (pg-boss 10 deadlocks when two processes create the same queue at once: each creates
 * and attaches a partition table.)
 */
export async function withAdvisoryLock<T>(
  dataSource: DataSource,
  name: string,
  fn: () => Promise<T>,
): Promise<T> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.query(`SELECT pg_advisory_lock(hashtext($1))`, [name]);
    try {
      return await fn();
    } finally {
      await runner.query(`SELECT pg_advisory_unlock(hashtext($1))`, [name]);
    }
  } finally {
    await runner.release();
  }
}
