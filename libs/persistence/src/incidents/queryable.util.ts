/**
 * Something that runs SQL: the DataSource, or a transaction's EntityManager, so that a repository's writes
 * can join the transaction of the caller (an incident and its audit entry are written together or not at all).
 */
export interface Queryable {
  query(sql: string, parameters?: unknown[]): Promise<unknown>;
}

/** Rows of a SELECT, typed by the caller. */
export async function rows<T>(q: Queryable, sql: string, parameters: unknown[] = []): Promise<T[]> {
  return (await q.query(sql, parameters)) as T[];
}
