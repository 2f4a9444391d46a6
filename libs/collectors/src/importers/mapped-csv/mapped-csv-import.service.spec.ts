import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { useTestDatabase } from '../../../../../test/support/test-database.js';
import { exportImportersFor, factCounts } from '../export-items/export-importers.test-helper.js';
import { parseColumnMapping, readColumnMapping } from './column-mapping.reader.js';

const EXAMPLES = path.join(path.dirname(fileURLToPath(import.meta.url)), 'examples');
const INBOX = path.join(EXAMPLES, 'inbox.example.csv');
const EXPORTED = new Date('2024-06-05T00:00:00Z');

describe('the example inbox export through the example mapping', () => {
  const t = useTestDatabase();

  test('customer messages become inbound items, replies outbound items linked to them', async () => {
    const s = exportImportersFor(t.db);
    const ws = await s.workspaces.ensure('inbox');
    const mapping = await readColumnMapping(path.join(EXAMPLES, 'mapping.example.yaml'));
    const result = await s.csvImport.import(INBOX, {
      workspaceId: ws.id,
      name: 'inbox.csv',
      mapping,
      exportedAt: EXPORTED,
    });
    expect(result.totals).toEqual({ read: 4, accepted: 4, rejected: 0 });
    expect(result.facts).toEqual({
      accountsCreated: 1,
      outboundUpserted: 2,
      inboundUpserted: 2,
      snapshotsUpserted: 2,
      operatorsCreated: ['Anna Berg', 'Jonas Weber'],
    });
    const [account] = await s.accounts.listByWorkspace(ws.id);
    expect(account).toMatchObject({ platform: 'facebook', handle: 'AcmeCoffee', timeZone: 'Europe/Vienna' });

    const inbound = await t.db.dataSource.query(
      `SELECT external_id, kind, author_external_id, created_at, conversation_id, actionable FROM inbound_item
       WHERE workspace_id = $1 ORDER BY created_at`,
      [ws.id],
    );
    // 03.06.2024 09:12 in Vienna (summer time) is 07:12 UTC.
    expect(inbound).toEqual([
      {
        external_id: 'm-1001',
        kind: 'mention',
        author_external_id: 'lena.k',
        created_at: new Date('2024-06-03T07:12:00Z'),
        conversation_id: 'c-1',
        actionable: true,
      },
      {
        external_id: 'm-1003',
        kind: 'mention',
        author_external_id: 'tom_r',
        created_at: new Date('2024-06-03T19:05:00Z'),
        conversation_id: 'c-2',
        actionable: true,
      },
    ]);
    const outbound = await t.db.dataSource.query(
      `SELECT o.external_id, o.kind, o.in_reply_to_external_id, o.created_at, o.attribution_source, op.name,
              s.reactions
       FROM outbound_item o LEFT JOIN operator op ON op.id = o.operator_id
       LEFT JOIN engagement_snapshot s ON s.outbound_item_id = o.id
       WHERE o.workspace_id = $1 ORDER BY o.created_at`,
      [ws.id],
    );
    expect(outbound).toEqual([
      {
        external_id: 'm-1002',
        kind: 'reply',
        in_reply_to_external_id: 'm-1001',
        created_at: new Date('2024-06-03T07:40:00Z'),
        attribution_source: 'tool',
        name: 'Anna Berg',
        reactions: 2,
      },
      {
        external_id: 'm-1004',
        kind: 'reply',
        in_reply_to_external_id: 'm-1003',
        created_at: new Date('2024-06-04T06:02:00Z'),
        attribution_source: 'tool',
        name: 'Jonas Weber',
        reactions: 0,
      },
    ]);
  });

  test('importing it again changes nothing', async () => {
    const s = exportImportersFor(t.db);
    const ws = (await s.workspaces.findBySlug('inbox'))!;
    const before = await factCounts(t.db, ws.id);
    const mapping = await readColumnMapping(path.join(EXAMPLES, 'mapping.example.yaml'));
    const again = await s.csvImport.import(INBOX, {
      workspaceId: ws.id,
      name: 'inbox.csv',
      mapping,
      exportedAt: EXPORTED,
    });
    expect(again.facts).toMatchObject({ outboundUpserted: 0, inboundUpserted: 0, snapshotsUpserted: 0 });
    expect(again.attribution.itemsChanged).toBe(0);
    expect(await factCounts(t.db, ws.id)).toEqual(before);
  });
});

describe('a semicolon file whose rows name their own platform and account', () => {
  const t = useTestDatabase();
  const mapping = parseColumnMapping(
    [
      'columns:',
      '  id: ID',
      '  created_at: Zeit',
      '  direction: Richtung',
      '  platform: Netzwerk',
      '  account: Konto',
      '  kind: Art',
      '  text: Text',
      '  in_reply_to: Antwort auf',
      'created_at:',
      '  format: unix',
      'direction:',
      '  inbound: [ein]',
      '  outbound: [aus]',
    ].join('\n'),
  );
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'ledger-csv-')), 'export.csv');
  fs.writeFileSync(
    file,
    [
      'ID;Zeit;Richtung;Netzwerk;Konto;Art;Text;Antwort auf',
      '1;1717747200;ein;Bluesky;@acme.bsky.social;mention;"Hallo; seid ihr da?";',
      '2;1717747500;aus;Bluesky;acme.bsky.social;reply;Ja!;1',
      '3;1717747600;vielleicht;Bluesky;acme.bsky.social;;Hm;',
      '4;1717747700;ein;Mastodon;;dm;Hallo;',
      '5;1717747800;aus;X;AcmeSupport;mention;Hi;',
      '6;1717747900;ein;X;AcmeSupport;DM;"Direkt, bitte";',
    ].join('\r\n'),
  );

  test('keeps the good rows on their accounts and names each bad one', async () => {
    const s = exportImportersFor(t.db);
    const ws = await s.workspaces.ensure('multi');
    const result = await s.csvImport.import(file, { workspaceId: ws.id, name: 'export.csv', mapping });
    expect(result.format.delimiter).toBe(';');
    expect(result.totals).toEqual({ read: 6, accepted: 3, rejected: 3 });
    expect(result.rejections.map((r) => [r.line, r.field])).toEqual([
      [4, 'Richtung'],
      [5, 'Konto'],
      [6, 'Art'],
    ]);
    expect(result.rejections[2].reason).toContain('"mention" is not a kind of outbound item');
    expect((await s.accounts.listByWorkspace(ws.id)).map((a) => `${a.platform}:${a.handle}`).sort()).toEqual([
      'bluesky:acme.bsky.social',
      'x:AcmeSupport',
    ]);
    const [dm] = await t.db.dataSource.query(`SELECT kind, text FROM inbound_item WHERE external_id = '6'`);
    expect(dm).toEqual({ kind: 'dm', text: 'Direkt, bitte' });
    expect(await factCounts(t.db, ws.id)).toMatchObject({ inbound: 2, outbound: 1, snapshots: 0 });
  });
});
