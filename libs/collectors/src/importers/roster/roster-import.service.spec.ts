import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { useTestDatabase } from '../../../../../test/support/test-database.js';
import { servicesFor } from '../../../../../test/support/services.js';
import { sharedDataFile } from '../../../../../test/support/shared-data.js';

const EXAMPLES = path.join(path.dirname(fileURLToPath(import.meta.url)), 'examples');

describe('a roster on top of the twcs sample', () => {
  const t = useTestDatabase();

  beforeAll(async () => {
    const s = servicesFor(t.db);
    const ws = await s.workspaces.ensure('sample');
    await s.twcsImport.import(sharedDataFile('twcs/sample.csv'), { workspaceId: ws.id, name: 'sample.csv' });
  });

  test('puts signatures into groups and replaces the operators created from them', async () => {
    const s = servicesFor(t.db);
    const ws = (await s.workspaces.findBySlug('sample'))!;
    const result = await s.rosterImport.import(path.join(EXAMPLES, 'roster.example.yaml'), {
      workspaceId: ws.id,
      name: 'roster.yaml',
    });
    expect(result.rejections).toEqual([]);
    expect(result.operatorsReplaced).toEqual(
      expect.arrayContaining(['MM @VirginTrains', 'HP @VirginTrains', 'RR @ChaseSupport']),
    );

    const [mm] = await t.db.dataSource.query(
      `SELECT o.attribution_source, op.name, op.sourcing_group FROM outbound_item o JOIN operator op ON op.id = o.operator_id
       WHERE o.external_id = '119243'`,
    );
    expect(mm).toEqual({
      attribution_source: 'signature',
      name: 'Agent MM',
      sourcing_group: 'agency:CallCo',
    });
    // AppleSupport's replies carry no signature; one desk is on shift: the roster attributes them.
    const [apple] = await t.db.dataSource.query(
      `SELECT o.attribution_source, op.name FROM outbound_item o JOIN operator op ON op.id = o.operator_id WHERE o.external_id = '119248'`,
    );
    expect(apple).toEqual({ attribution_source: 'roster', name: 'Apple support desk' });
    const unassigned = (await s.operators.listUnassigned(ws.id)).map((o) => o.name);
    expect(unassigned).not.toContain('MM @VirginTrains');
  });

  test('importing the roster again changes nothing', async () => {
    const s = servicesFor(t.db);
    const ws = (await s.workspaces.findBySlug('sample'))!;
    const again = await s.rosterImport.import(path.join(EXAMPLES, 'roster.example.csv'), {
      workspaceId: ws.id,
      name: 'roster.csv',
    });
    expect(again.attribution.itemsChanged).toBe(0);
    expect(again.operatorsReplaced).toEqual([]);
  });

  test('entries for unknown accounts and bad groups are rejected by line; the rest is kept', async () => {
    const s = servicesFor(t.db);
    const ws = (await s.workspaces.findBySlug('sample'))!;
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'roster-')), 'roster.csv');
    fs.writeFileSync(
      file,
      [
        'account,signature,operator,group,from,to',
        'Tesco,Paige,Paige,agency:StoreCare,2017-01-01,',
        'NoSuchBrand,XX,Someone,in_house,2017-01-01,',
        'Tesco,Dani,Dani,freelancers,2017-01-01,',
      ].join('\n'),
    );
    const result = await s.rosterImport.import(file, { workspaceId: ws.id, name: 'roster.csv' });
    expect(result.imported).toBe(1);
    expect(result.rejections.map((r) => [r.line, r.field])).toEqual([
      [3, 'account'],
      [4, 'group'],
    ]);
    const [paige] = await t.db.dataSource.query(`SELECT sourcing_group FROM operator WHERE name = 'Paige'`);
    expect(paige.sourcing_group).toBe('agency:StoreCare');
  });
});
