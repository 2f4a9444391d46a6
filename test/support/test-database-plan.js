// Which database the test suite runs on. Plain JavaScript: read by jest's global setup before any transform.
// LEDGER_TEST_DATABASE_URL=postgres://user@host:port/<name> runs every test on that PostgreSQL server, each
// test file in its own database `<name>_<n>` copied from the template `<name>_tpl`; the databases are
// dropped at the end. Without it, every test file runs on its own in-memory embedded PGlite.
import path from 'node:path';

export function testDatabasePlan(env = process.env) {
  const url = env.LEDGER_TEST_DATABASE_URL;
  if (!url) {
    return { kind: 'embedded', dumpFile: path.resolve('test-artifacts/.pglite-migrated.tar.gz') };
  }
  const u = new URL(url);
  const prefix = decodeURIComponent(u.pathname.replace(/^\//, '')) || 'ledger_test';
  const withDb = (name) => {
    const copy = new URL(url);
    copy.pathname = '/' + name;
    return copy.toString();
  };
  return {
    kind: 'server',
    prefix,
    templateName: `${prefix}_tpl`,
    templateUrl: withDb(`${prefix}_tpl`),
    adminUrl: withDb('postgres'),
    databaseUrl: withDb,
  };
}
