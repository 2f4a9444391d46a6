// Prepares one migrated database that every test file copies, so no file pays for initdb or migrations:
// - PostgreSQL server (LEDGER_TEST_DATABASE_URL set): a template database `<name>_tpl`;
// - embedded PGlite (default): a data-directory dump in test-artifacts/.
// Uses the compiled persistence layer (`npm test` builds first).
import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { testDatabasePlan } from './support/test-database-plan.js';

export default async function globalSetup() {
  const plan = testDatabasePlan();
  const { openDatabase } = await import('../dist/libs/persistence/src/index.js');
  if (plan.kind === 'server') {
    await recreateDatabase(plan.adminUrl, plan.templateName);
    const db = await openDatabase({ kind: 'server', url: plan.templateUrl, poolSize: 1 });
    await db.close();
    return;
  }
  const db = await openDatabase({ kind: 'embedded', dataDir: null, poolSize: 1 });
  const dump = await db.dumpEmbeddedDataDir();
  fs.mkdirSync(path.dirname(plan.dumpFile), { recursive: true });
  fs.writeFileSync(plan.dumpFile, Buffer.from(await dump.arrayBuffer()));
  await db.close();
}

async function recreateDatabase(adminUrl, name) {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS "${name}"`);
    await client.query(`CREATE DATABASE "${name}"`);
  } finally {
    await client.end();
  }
}
