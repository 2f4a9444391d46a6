import pg from 'pg';
import { testDatabasePlan } from './support/test-database-plan.js';

// Drops the template and every per-file database of this run from the PostgreSQL server.
export default async function globalTeardown() {
  const plan = testDatabasePlan();
  if (plan.kind !== 'server') return;
  const client = new pg.Client({ connectionString: plan.adminUrl });
  await client.connect();
  try {
    const { rows } = await client.query('SELECT datname FROM pg_database WHERE datname LIKE $1', [
      `${plan.prefix}%`,
    ]);
    for (const { datname } of rows) await client.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
  } finally {
    await client.end();
  }
}
