import path from 'node:path';

export type DatabaseConfig =
  | { kind: 'server'; url: string; poolSize: number }
  | { kind: 'embedded'; dataDir: string | null; poolSize: number };

/** Where the product keeps its files when nothing else is said: `./data` under the working directory. */
export function resolveDataDir(env: NodeJS.ProcessEnv = process.env): string {
  return path.resolve(env.LEDGER_DATA_DIR ?? 'data');
}

/**
 * `DATABASE_URL` selects a PostgreSQL server; otherwise the embedded PGlite database lives in
 * `<data dir>/db` (LEDGER_DATA_DIR, default ./data). `LEDGER_DB_DIR=memory://` keeps it in memory.
 */
export function resolveDatabaseConfig(env: NodeJS.ProcessEnv = process.env): DatabaseConfig {
  const poolSize = parsePoolSize(env.LEDGER_DB_POOL_SIZE);
  if (env.DATABASE_URL) return { kind: 'server', url: env.DATABASE_URL, poolSize };
  const dbDir = env.LEDGER_DB_DIR ?? path.join(resolveDataDir(env), 'db');
  return { kind: 'embedded', dataDir: dbDir === 'memory://' ? null : path.resolve(dbDir), poolSize };
}

function parsePoolSize(value: string | undefined): number {
  if (value === undefined || value === '') return 10;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 200) {
    throw new Error(`LEDGER_DB_POOL_SIZE must be an integer between 1 and 200, got "${value}"`);
  }
  return n;
}

/** Connection URL without its password, for logs. */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return '(unparseable DATABASE_URL)';
  }
}
