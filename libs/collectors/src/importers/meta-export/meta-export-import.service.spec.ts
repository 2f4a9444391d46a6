import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { useTestDatabase } from '../../../../../test/support/test-database.js';
import { exportImportersFor, factCounts } from '../export-items/export-importers.test-helper.js';
import {
  FACEBOOK_POSTS,
  facebookExport,
  IG_ACCOUNT_ID,
  INSTAGRAM_POSTS,
  instagramExport,
  PAGE_ID,
} from './meta-export.test-helper.js';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ledger-meta-'));
function file(name: string, text: string): string {
  const target = path.join(dir, name);
  fs.writeFileSync(target, text);
  return target;
}

const EXPORTED = new Date('2024-06-01T06:00:00Z');

describe('a Facebook page export in a Vienna workspace', () => {
  const t = useTestDatabase();
  const posts = file('fb-2024-05.csv', facebookExport());

  test('creates the page as an account in the workspace zone and stores each post with its snapshot', async () => {
    const s = exportImportersFor(t.db);
    const ws = await s.workspaces.ensure('vienna', { timeZone: 'Europe/Vienna' });
    const result = await s.metaImport.import(posts, {
      workspaceId: ws.id,
      name: 'fb.csv',
      exportedAt: EXPORTED,
    });
    expect(result.totals).toEqual({ read: 4, accepted: 4, rejected: 0 });
    expect(result.facts).toEqual({
      accountsCreated: 1,
      outboundUpserted: 4,
      inboundUpserted: 0,
      snapshotsUpserted: 4,
      operatorsCreated: [],
    });
    const [account] = await s.accounts.listByWorkspace(ws.id);
    expect(account).toMatchObject({
      platform: 'facebook',
      handle: 'Acme Coffee',
      externalId: PAGE_ID,
      timeZone: 'Europe/Vienna',
    });

    // 05/02/2024 09:15 on a Vienna page is 07:15 UTC (summer time, +02:00).
    const rows = await t.db.dataSource.query(
      `SELECT o.external_id, o.kind, o.created_at, o.text, o.source, o.attribution_source,
              s.captured_at, s.reactions, s.replies, s.reposts, s.saves, s.clicks, s.impressions, s.reach
       FROM outbound_item o JOIN engagement_snapshot s ON s.outbound_item_id = o.id
       WHERE o.workspace_id = $1 ORDER BY o.created_at`,
      [ws.id],
    );
    expect(rows[0]).toEqual({
      external_id: '122158000000000101',
      kind: 'post',
      created_at: new Date('2024-05-02T07:15:00Z'),
      text: 'New seasonal blend is here ☕',
      source: 'import:meta',
      attribution_source: 'unknown',
      captured_at: EXPORTED,
      reactions: 212,
      replies: 18,
      reposts: 7,
      saves: null,
      clicks: 96,
      impressions: 5120,
      reach: 4310,
    });
    expect(rows.map((r: { text: string }) => r.text.split('\n').length)).toEqual([1, 4, 1, 1]);

    const run = await s.runs.findById(result.runId);
    expect(run).toMatchObject({ source: 'import:meta', status: 'succeeded', rowsRead: 4, rowsImported: 4 });
  });

  test('importing the same export again changes nothing', async () => {
    const s = exportImportersFor(t.db);
    const ws = (await s.workspaces.findBySlug('vienna'))!;
    const before = await factCounts(t.db, ws.id);
    const again = await s.metaImport.import(posts, {
      workspaceId: ws.id,
      name: 'fb.csv',
      exportedAt: EXPORTED,
    });
    expect(again.totals.accepted).toBe(4);
    expect(again.facts).toMatchObject({ accountsCreated: 0, outboundUpserted: 0, snapshotsUpserted: 0 });
    expect(again.attribution.itemsChanged).toBe(0);
    expect(await factCounts(t.db, ws.id)).toEqual(before);
  });

  test('a later export of the same posts adds a snapshot per post and leaves the posts alone', async () => {
    const s = exportImportersFor(t.db);
    const ws = (await s.workspaces.findBySlug('vienna'))!;
    const grown = FACEBOOK_POSTS.map((p) => ({ ...p, reactions: String(Number(p.reactions) + 10) }));
    const later = new Date('2024-06-08T06:00:00Z');
    const result = await s.metaImport.import(file('fb-later.csv', facebookExport(grown)), {
      workspaceId: ws.id,
      name: 'fb-later.csv',
      exportedAt: later,
    });
    expect(result.facts).toMatchObject({ outboundUpserted: 0, snapshotsUpserted: 4 });
    const series = await t.db.dataSource.query(
      `SELECT s.captured_at, s.reactions FROM engagement_snapshot s
       JOIN outbound_item o ON o.id = s.outbound_item_id
       WHERE o.external_id = '122158000000000101' ORDER BY s.captured_at`,
    );
    expect(series).toEqual([
      { captured_at: EXPORTED, reactions: 212 },
      { captured_at: later, reactions: 222 },
    ]);
  });

  test('a post published after the export time is rejected: the time zone or export time is wrong', async () => {
    const s = exportImportersFor(t.db);
    const ws = await s.workspaces.ensure('early', { timeZone: 'Europe/Vienna' });
    const result = await s.metaImport.import(posts, {
      workspaceId: ws.id,
      name: 'fb.csv',
      exportedAt: new Date('2024-05-20T00:00:00Z'),
    });
    expect(result.totals).toEqual({ read: 4, accepted: 3, rejected: 1 });
    expect(result.rejections).toEqual([
      expect.objectContaining({
        line: 8,
        field: 'Publish time',
        reason: expect.stringContaining(
          '2024-05-23T06:05:00.000Z is after the export time 2024-05-20T00:00:00.000Z',
        ),
      }),
    ]);
    const run = await s.runs.findById(result.runId);
    expect(run).toMatchObject({ status: 'partial', rowsRead: 4, rowsImported: 3, rowsRejected: 1 });
    expect((await factCounts(t.db, ws.id)).outbound).toBe(3);
  });
});

describe('an Instagram export', () => {
  const t = useTestDatabase();

  test("is snapshotted at the file's modification time, publish times in the existing account's zone", async () => {
    const s = exportImportersFor(t.db);
    const ws = await s.workspaces.ensure('ig');
    await s.accounts.ensureMany(ws.id, [
      {
        platform: 'instagram',
        handle: 'acme.coffee',
        externalId: IG_ACCOUNT_ID,
        timeZone: 'America/New_York',
      },
    ]);
    const ig = file('ig.csv', instagramExport());
    const modified = new Date('2024-06-10T12:00:00Z');
    fs.utimesSync(ig, modified, modified);

    const result = await s.metaImport.import(ig, { workspaceId: ws.id, name: 'ig.csv' });
    expect(result.capturedAt).toEqual(modified);
    expect(result.facts).toMatchObject({ accountsCreated: 0, outboundUpserted: 3, snapshotsUpserted: 3 });
    const rows = await t.db.dataSource.query(
      `SELECT o.external_id, o.created_at, s.reactions, s.saves, s.impressions, s.captured_at
       FROM outbound_item o JOIN engagement_snapshot s ON s.outbound_item_id = o.id
       WHERE o.workspace_id = $1 ORDER BY o.created_at`,
      [ws.id],
    );
    // 06/01/2024 10:30 in New York (EDT, -04:00) is 14:30 UTC.
    expect(rows[0]).toEqual({
      external_id: INSTAGRAM_POSTS[0].postId,
      created_at: new Date('2024-06-01T14:30:00Z'),
      reactions: 301,
      saves: 40,
      impressions: 3100,
      captured_at: modified,
    });
  });

  test('a file that is not a Meta export fails as a whole and stores nothing', async () => {
    const s = exportImportersFor(t.db);
    const ws = await s.workspaces.ensure('wrong');
    const wrong = file('wrong.csv', 'id,user,when,body\n1,a,b,c\n');
    await expect(s.metaImport.import(wrong, { workspaceId: ws.id, name: 'wrong.csv' })).rejects.toThrow(
      /wrong\.csv: not a Meta Business Suite per-post export: missing column\(s\) "Post ID", "Publish time"/,
    );
    const [run] = await s.runs.listByWorkspace(ws.id);
    expect(run).toMatchObject({ status: 'failed', source: 'import:meta' });
    expect(await factCounts(t.db, ws.id)).toMatchObject({ accounts: 0, outbound: 0, snapshots: 0 });
  });
});
