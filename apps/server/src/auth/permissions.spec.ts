import fs from 'node:fs';
import { can, PERMISSIONS, renderPermissionTable, ROLES } from './permissions.js';

describe('the permission matrix', () => {
  test('docs/api.md shows exactly the matrix the guard uses', () => {
    // Prettier aligns the columns of the Markdown table: compare cell by cell.
    const cells = (text: string) => text.replace(/ *\| */g, '|').replace(/-{3,}/g, '---');
    expect(cells(fs.readFileSync('docs/api.md', 'utf8'))).toContain(cells(renderPermissionTable()));
  });

  test('a viewer may change nothing; an auditor reads incidents and the audit log but writes nothing', () => {
    const writes = Object.keys(PERMISSIONS).filter(
      (p) => !p.endsWith('.read'),
    ) as (keyof typeof PERMISSIONS)[];
    expect(writes.length).toBeGreaterThan(5);
    for (const p of writes) {
      expect(`${p} viewer ${can('viewer', p)}`).toBe(`${p} viewer false`);
      expect(`${p} auditor ${can('auditor', p)}`).toBe(`${p} auditor false`);
    }
    expect(can('auditor', 'incidents.read') && can('auditor', 'audit.read')).toBe(true);
    expect(can('viewer', 'audit.read')).toBe(false);
  });

  test('every permission names at least the admin', () => {
    for (const [name, p] of Object.entries(PERMISSIONS))
      expect(`${name} ${p.roles.includes('admin')}`).toBe(`${name} true`);
    expect(ROLES).toEqual(['admin', 'analyst', 'viewer', 'auditor']);
  });
});
