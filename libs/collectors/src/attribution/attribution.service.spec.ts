import { servicesFor } from '../../../../test/support/services.js';
import { useTestDatabase } from '../../../../test/support/test-database.js';

// A collection run attributes the account it collected; the workspace pass (after a roster import) all.
describe('attribution of one account after its collection', () => {
  const t = useTestDatabase();

  async function twoAccountsWithSignedReplies() {
    const s = servicesFor(t.db);
    const ws = await s.workspaces.ensure(`attribution-${Math.random().toString(36).slice(2, 8)}`);
    await s.accounts.ensureMany(ws.id, [
      { platform: 'x', handle: 'AcmeHelp', externalId: '1' },
      { platform: 'x', handle: 'AcmeNews', externalId: '2' },
    ]);
    const [help, news] = await s.accounts
      .listByWorkspace(ws.id)
      .then((all) => ['AcmeHelp', 'AcmeNews'].map((h) => all.find((a) => a.handle === h)!));
    const reply = (externalId: string, text: string) => ({
      externalId,
      kind: 'reply',
      createdAt: new Date('2026-11-02T10:00:00Z'),
      text,
      inReplyToExternalId: null,
      conversationId: null,
      platformOperatorName: null,
    });
    await s.outbound.upsertCollected(ws.id, help.id, 'x', [
      reply('h1', 'We are on it ^RR'),
      reply('h2', 'Fixed -Becky'),
    ]);
    await s.outbound.upsertCollected(ws.id, news.id, 'x', [reply('n1', 'New today ^RR')]);
    return { s, ws, help, news };
  }

  async function attributionOf(workspaceId: string) {
    const rows: { external_id: string; attribution_source: string; operator: string | null }[] =
      await t.db.dataSource.query(
        `SELECT o.external_id, o.attribution_source, op.name AS operator
         FROM outbound_item o LEFT JOIN operator op ON op.id = o.operator_id
         WHERE o.workspace_id = $1 ORDER BY o.external_id`,
        [workspaceId],
      );
    return Object.fromEntries(rows.map((r) => [r.external_id, `${r.attribution_source} ${r.operator}`]));
  }

  test("the collected account's items get their operators; the other account's are not touched", async () => {
    const { s, ws, help } = await twoAccountsWithSignedReplies();
    const result = await s.attribution.attributeAccount(ws.id, help.id);

    expect(result.itemsSeen).toBe(2);
    expect(result.itemsChanged).toBe(2);
    expect(result.operatorsCreated.sort()).toEqual(['Becky @AcmeHelp', 'RR @AcmeHelp']);
    expect(await attributionOf(ws.id)).toEqual({
      h1: 'signature RR @AcmeHelp',
      h2: 'signature Becky @AcmeHelp',
      n1: 'unknown null',
    });
  });

  test('the workspace pass afterwards attributes the rest and agrees with the account pass', async () => {
    const { s, ws, help } = await twoAccountsWithSignedReplies();
    await s.attribution.attributeAccount(ws.id, help.id);
    const rest = await s.attribution.attributeWorkspace(ws.id);

    expect(rest.itemsSeen).toBe(3);
    expect(rest.itemsChanged).toBe(1);
    expect(await attributionOf(ws.id)).toEqual({
      h1: 'signature RR @AcmeHelp',
      h2: 'signature Becky @AcmeHelp',
      n1: 'signature RR @AcmeNews',
    });
    expect((await s.attribution.attributeAccount(ws.id, help.id)).itemsChanged).toBe(0);
  });
});
