// One migrated database per test file, on the database the run is configured for (see
// test-database-plan.js): call `useTestDatabase()` at the top of a spec file and read `.db` in tests.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openDatabase, type OpenDatabase } from '#persistence';
import { testDatabasePlan } from './test-database-plan.js';

export interface TestDatabase {
  /** Available from beforeAll on. */
  readonly db: OpenDatabase;
  /** Which database this run uses: `embedded` (PGlite) or `server` (PostgreSQL). */
  readonly kind: 'embedded' | 'server';
  /** Environment that points a child process (CLI, server) at this same database; embedded: null. */
  readonly serverUrl: string | null;
}

export function useTestDatabase(): TestDatabase {
  const plan = testDatabasePlan();
  let db: OpenDatabase | undefined;
  let serverUrl: string | null = null;
  let dropDatabase: (() => Promise<void>) | null = null;

  beforeAll(async () => {
    if (plan.kind === 'server') {
      const name = `${plan.prefix}_${randomBytes(4).toString('hex')}`;
      await adminQuery(plan.adminUrl, `CREATE DATABASE "${name}" TEMPLATE "${plan.templateName}"`);
      serverUrl = plan.databaseUrl(name);
      db = await openDatabase({ kind: 'server', url: serverUrl, poolSize: 4 });
      dropDatabase = () => adminQuery(plan.adminUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    } else {
      const dump = new Blob([fs.readFileSync(plan.dumpFile)]);
      db = await openDatabase({ kind: 'embedded', dataDir: null, poolSize: 4 }, { loadDataDir: dump });
    }
  });

  afterAll(async () => {
    await db?.close();
    await dropDatabase?.();
  });

  return {
    get db() {
      if (!db) throw new Error('useTestDatabase(): the database is opened in beforeAll; use it inside tests');
      return db;
    },
    kind: plan.kind,
    get serverUrl() {
      return serverUrl;
    },
  };
}

/**
 * A database for child processes (CLI, server) of one spec file: on the PostgreSQL server a fresh database
 * copied from the migrated template, passed as DATABASE_URL; embedded, a fresh data directory of its own,
 * passed as LEDGER_DATA_DIR (the child creates and migrates its PGlite there, as on a first run).
 */
export function useProcessDatabase(): { readonly env: Record<string, string>; readonly dataDir: string } {
  const plan = testDatabasePlan();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ledger-e2e-'));
  const env: Record<string, string> = { LEDGER_DATA_DIR: dataDir };
  let name: string | null = null;

  beforeAll(async () => {
    if (plan.kind === 'server') {
      name = `${plan.prefix}_${randomBytes(4).toString('hex')}`;
      await adminQuery(plan.adminUrl, `CREATE DATABASE "${name}" TEMPLATE "${plan.templateName}"`);
      env.DATABASE_URL = plan.databaseUrl(name);
    }
  });

  afterAll(async () => {
    if (plan.kind === 'server' && name)
      await adminQuery(plan.adminUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  return { env, dataDir };
}

async function adminQuery(adminUrl: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
