import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { useTestDatabase } from '../../../../../test/support/test-database.js';
import { exportImportersFor, factCounts } from '../export-items/export-importers.test-helper.js';
import { TOOL_POSTS, toolExport } from './tool-export.test-helper.js';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ledger-tool-'));
function file(name: string, text: string): string {
  const target = path.join(dir, name);
  fs.writeFileSync(target, text);
  return target;
}

const EXPORTED = new Date('2024-05-10T12:00:00Z');

async function attributionOf(t: ReturnType<typeof useTestDatabase>, workspaceId: string) {
  const rows: {
    external_id: string;
    attribution_source: string;
    name: string | null;
    signature: string | null;
  }[] = await t.db.dataSource.query(
    `SELECT o.external_id, o.attribution_source, op.name, o.signature
       FROM outbound_item o LEFT JOIN operator op ON op.id = o.operator_id
       WHERE o.workspace_id = $1 ORDER BY o.created_at`,
    [workspaceId],
  );
  return Object.fromEntries(rows.map((r) => [r.external_id, [r.attribution_source, r.name]]));
}

describe('a Sprout-style export with a "Sent by" column', () => {
  const t = useTestDatabase();
  const exported = file('sprout.csv', toolExport());

  test('credits each post to the person the tool names, who awaits a sourcing group', async () => {
    const s = exportImportersFor(t.db);
    const ws = await s.workspaces.ensure('acme');
    const result = await s.toolImport.import(exported, {
      workspaceId: ws.id,
      name: 'sprout.csv',
      exportedAt: EXPORTED,
    });
    expect(result.totals).toEqual({ read: 4, accepted: 4, rejected: 0 });
    // `jonas  weber` and `Jonas Weber` are one person: one operator, named in the capitalised spelling.
    expect(result.facts.operatorsCreated.sort()).toEqual(['Anna Berg', 'Jonas Weber']);
    expect(result.facts).toMatchObject({ accountsCreated: 2, outboundUpserted: 4, snapshotsUpserted: 4 });
    expect((await s.accounts.listByWorkspace(ws.id)).map((a) => [a.platform, a.handle]).sort()).toEqual([
      ['facebook', 'Acme Coffee'],
      ['x', 'AcmeSupport'],
    ]);
    expect(await attributionOf(t, ws.id)).toEqual({
      '1786012345678901234': ['tool', 'Anna Berg'],
      '1786012345678905678': ['tool', 'Jonas Weber'],
      '122158000000000201': ['tool', 'Jonas Weber'],
      // No sender in the export: the signature decides, as for any reply.
      '1786012345678909999': ['signature', 'JW @AcmeSupport'],
    });
    const [snapshot] = await t.db.dataSource.query(
      `SELECT s.impressions, s.reach, s.reactions, s.replies, s.reposts, s.saves, s.clicks FROM engagement_snapshot s
       JOIN outbound_item o ON o.id = s.outbound_item_id WHERE o.external_id = '122158000000000201'`,
    );
    expect(snapshot).toEqual({
      impressions: 5200,
      reach: 4100,
      reactions: 240,
      replies: 31,
      reposts: 15,
      saves: null,
      clicks: 77,
    });
    // 05/02/2024 2:40 pm in a UTC workspace.
    const [reply] = await t.db.dataSource.query(
      `SELECT kind, created_at FROM outbound_item WHERE external_id = '1786012345678905678'`,
    );
    expect(reply).toEqual({ kind: 'reply', created_at: new Date('2024-05-02T14:40:00Z') });
  });

  test('importing the same export again changes nothing', async () => {
    const s = exportImportersFor(t.db);
    const ws = (await s.workspaces.findBySlug('acme'))!;
    const before = await factCounts(t.db, ws.id);
    const again = await s.toolImport.import(exported, {
      workspaceId: ws.id,
      name: 'sprout.csv',
      exportedAt: EXPORTED,
    });
    expect(again.facts).toEqual({
      accountsCreated: 0,
      outboundUpserted: 0,
      inboundUpserted: 0,
      snapshotsUpserted: 0,
      operatorsCreated: [],
    });
    expect(again.attribution.itemsChanged).toBe(0);
    expect(await factCounts(t.db, ws.id)).toEqual(before);
  });

  test('a roster that puts someone else on shift does not overrule what the tool says', async () => {
    const s = exportImportersFor(t.db);
    const ws = (await s.workspaces.findBySlug('acme'))!;
    const roster = file(
      'roster.csv',
      [
        'account,signature,operator,group,from',
        'AcmeSupport,,Night desk,agency:Nord,2024-01-01',
        'AcmeSupport,,Anna Berg,in_house,2024-01-01',
      ].join('\n'),
    );
    const result = await s.rosterImport.import(roster, { workspaceId: ws.id, name: 'roster.csv' });
    expect(result.rejections).toEqual([]);
    const after = await attributionOf(t, ws.id);
    expect(after['1786012345678901234']).toEqual(['tool', 'Anna Berg']);
    expect(after['1786012345678905678']).toEqual(['tool', 'Jonas Weber']);
    const [anna] = await t.db.dataSource.query(
      `SELECT sourcing_group FROM operator WHERE name = 'Anna Berg'`,
    );
    expect(anna.sourcing_group).toBe('in_house');
    expect((await s.attribution.attributeWorkspace(ws.id)).itemsChanged).toBe(0);
  });

  test("the platform's own attribution outranks the tool's", async () => {
    const s = exportImportersFor(t.db);
    const ws = await s.workspaces.ensure('platform-first');
    await s.accounts.ensureMany(ws.id, [
      { platform: 'facebook', handle: 'Acme Coffee', externalId: '100064123456789' },
    ]);
    const [account] = await s.accounts.listByWorkspace(ws.id);
    await s.operators.upsertMany(ws.id, [{ name: 'Maria Page-Admin', sourcingGroup: 'in_house' }]);
    const [maria] = await s.operators.listByWorkspace(ws.id);
    await t.db.dataSource.query(
      `INSERT INTO outbound_item (workspace_id, account_id, external_id, kind, created_at, text, operator_id,
                                  attribution_source, source)
       VALUES ($1, $2, '122158000000000201', 'post', '2024-05-03T08:00:00Z', 'Free refills all weekend ☕', $3,
               'platform', 'collector:meta')`,
      [ws.id, account.id, maria.id],
    );
    await s.toolImport.import(file('fb-only.csv', toolExport(TOOL_POSTS.slice(2, 3))), {
      workspaceId: ws.id,
      name: 'fb-only.csv',
      exportedAt: EXPORTED,
    });
    expect(await attributionOf(t, ws.id)).toEqual({ '122158000000000201': ['platform', 'Maria Page-Admin'] });
    expect((await factCounts(t.db, ws.id)).accounts).toBe(1);
  });
});

describe('rows a tool export cannot stand behind', () => {
  const t = useTestDatabase();

  test('are rejected by line and field; the rest are kept', async () => {
    const s = exportImportersFor(t.db);
    const ws = await s.workspaces.ensure('bad');
    const posts = TOOL_POSTS.map((p, i) =>
      i === 0
        ? { ...p, postId: '1.78601E+18' }
        : i === 1
          ? { ...p, date: 'yesterday' }
          : i === 2
            ? { ...p, profile: '' }
            : p,
    );
    const result = await s.toolImport.import(file('bad.csv', toolExport(posts)), {
      workspaceId: ws.id,
      name: 'bad.csv',
      exportedAt: EXPORTED,
    });
    expect(result.rejections.map((r) => [r.line, r.field])).toEqual([
      [2, 'Post ID'],
      [3, 'Date'],
      [4, 'Profile'],
    ]);
    expect(result.rejections[0].reason).toContain('the real id is lost');
    expect(result.rejections[2].reason).toContain('--account');
    expect((await factCounts(t.db, ws.id)).outbound).toBe(1);
  });

  test('a file without "Sent by" is not a tool export', async () => {
    const s = exportImportersFor(t.db);
    const ws = await s.workspaces.ensure('nosender');
    const text = toolExport().replace('Sent by', 'Owner');
    await expect(
      s.toolImport.import(file('owner.csv', text), { workspaceId: ws.id, name: 'owner.csv' }),
    ).rejects.toThrow(
      /owner\.csv: not a publishing tool export with a "Sent by" column: missing column\(s\) "Sent by"/,
    );
  });

  test('a retweet is stored as published but marked as a repost of others; correcting the file unmarks it', async () => {
    const s = exportImportersFor(t.db);
    const ws = await s.workspaces.ensure('reposts');
    const retweet = {
      ...TOOL_POSTS[0],
      postId: '1786012345678907777',
      postType: 'Retweet',
      reactions: '5400',
    };
    const quote = { ...TOOL_POSTS[0], postId: '1786012345678908888', postType: 'Quote Tweet' };
    const flags = async () =>
      Object.fromEntries(
        (
          (await t.db.dataSource.query(
            `SELECT external_id, is_repost_of_other FROM outbound_item WHERE workspace_id = $1`,
            [ws.id],
          )) as { external_id: string; is_repost_of_other: boolean }[]
        ).map((r) => [r.external_id, r.is_repost_of_other]),
      );
    await s.toolImport.import(file('retweets.csv', toolExport([retweet, quote])), {
      workspaceId: ws.id,
      name: 'retweets.csv',
      exportedAt: EXPORTED,
    });
    expect(await flags()).toEqual({ '1786012345678907777': true, '1786012345678908888': false });
    await s.toolImport.import(file('corrected.csv', toolExport([{ ...retweet, postType: 'Post' }])), {
      workspaceId: ws.id,
      name: 'corrected.csv',
      exportedAt: EXPORTED,
    });
    expect((await flags())['1786012345678907777']).toBe(false);
  });
});
