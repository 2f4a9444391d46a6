// The database a CLI or server process of a spec opens, opened by the spec itself: to seed it before the
// process starts, to read what the process wrote, or to tamper with it as an auditor's test must.
import { openDatabase, resolveDatabaseConfig, type OpenDatabase } from '#persistence';

/** Opens the database exactly as a child with this environment would, runs `fn`, closes it again. */
export async function withProcessDatabase<T>(
  env: Record<string, string>,
  fn: (db: OpenDatabase) => Promise<T>,
): Promise<T> {
  const db = await openDatabase(resolveDatabaseConfig({ ...env, LEDGER_DB_POOL_SIZE: '2' }));
  try {
    return await fn(db);
  } finally {
    await db.close();
  }
}

/** What a superuser or the tables' owner can do: run as a replica, which fires no triggers. */
export function behindTheTriggers(
  env: Record<string, string>,
  sql: string,
  params: unknown[],
): Promise<void> {
  return withProcessDatabase(env, (db) =>
    db.dataSource.transaction(async (m) => {
      await m.query('SET LOCAL session_replication_role = replica');
      await m.query(sql, params);
    }),
  );
}
