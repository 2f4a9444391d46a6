import { OperatorRepository, WorkspaceRepository } from '#persistence';
import { useTestDatabase } from '../../../../test/support/test-database.js';

describe('the operator group membership migration', () => {
  const t = useTestDatabase();

  test("carries each operator's group over as a membership from the beginning of time", async () => {
    const ds = t.db.dataSource;
    // Back to the schema before the migration: operators with their one group, as the ledger kept them.
    await ds.undoLastMigration();
    const ws = await new WorkspaceRepository(ds).ensure('before-memberships');
    await ds.query(
      `INSERT INTO operator (workspace_id, name, sourcing_group)
       VALUES ($1, 'Mara Lindqvist', 'agency:BrightReply'), ($1, 'Seen in a signature', NULL)`,
      [ws.id],
    );
    await ds.runMigrations({ transaction: 'each' });

    const operators = await new OperatorRepository(ds).listFacts(ws.id);
    const mara = operators.find((o) => o.name === 'Mara Lindqvist')!;
    expect(mara.memberships).toEqual([
      { operatorId: mara.id, group: 'agency:BrightReply', from: null, to: null },
    ]);
    expect(operators.find((o) => o.name === 'Seen in a signature')!.memberships).toEqual([]);
    expect(await new OperatorRepository(ds).groupAt(ws.id, mara.id, new Date('2001-01-01T00:00:00Z'))).toBe(
      'agency:BrightReply',
    );
  });
});
