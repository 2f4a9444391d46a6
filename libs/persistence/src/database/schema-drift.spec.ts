import { pendingSchemaChanges } from '#persistence';
import { useTestDatabase } from '../../../../test/support/test-database.js';

describe('schema', () => {
  const t = useTestDatabase();

  test('the migrations create exactly what the entities describe', async () => {
    const pending = await pendingSchemaChanges(t.db.dataSource);
    // A non-empty list names the statements a new migration needs (npm run migration:generate -- Name).
    expect(pending.up).toEqual([]);
  });

  test('every table of the data model exists', async () => {
    const rows: { table_name: string }[] = await t.db.dataSource.query(
      `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY table_name`,
    );
    expect(rows.map((r) => r.table_name)).toEqual(
      expect.arrayContaining([
        'workspace',
        'account',
        'operator',
        'operator_alias',
        'assignment',
        'outbound_item',
        'inbound_item',
        'engagement_snapshot',
        'incident',
        'collection_run',
        'report',
        'audit_log_entry',
        'migrations',
      ]),
    );
  });
});
