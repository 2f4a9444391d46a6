// The export importers on mutated files, against the database: what the reader accepts is stored (every
// accepted id is in the tables, nothing else is), what it rejects is recorded on the run, a damaged
// header fails the run and stores nothing, and importing the same damaged file again changes nothing.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { useTestDatabase } from '../../../../../test/support/test-database.js';
import { exportImportersFor } from './export-importers.test-helper.js';
import {
  FORMAT_CASES,
  INBOX_MAPPING,
  mutatedFile,
  readOutcome,
  type ExportFormatCase,
} from './export-fuzz.test-helper.js';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ledger-fuzz-'));
// Far in the future, so no generated post is "published after the export".
const EXPORTED = new Date('2100-01-01T00:00:00Z');

describe('export imports of mutated files', () => {
  const t = useTestDatabase();
  let run = 0;

  function importer(format: ExportFormatCase) {
    const s = exportImportersFor(t.db);
    return (file: string, workspaceId: string) => {
      const options = { workspaceId, name: path.basename(file), exportedAt: EXPORTED };
      if (format.name.startsWith('Facebook') || format.name.startsWith('Instagram'))
        return s.metaImport.import(file, options);
      if (format.name === 'tool export') return s.toolImport.import(file, options);
      return s.csvImport.import(file, { ...options, mapping: INBOX_MAPPING });
    };
  }

  test.each(FORMAT_CASES)(
    '$name: accepted rows are stored, rejected ones recorded, re-import changes nothing',
    async (format) => {
      const s = exportImportersFor(t.db);
      const importFile = importer(format);
      await fc.assert(
        fc.asyncProperty(mutatedFile(format), async (mutated) => {
          const ws = await s.workspaces.ensure(`fuzz-${++run}`);
          fs.mkdirSync(path.join(dir, String(run)));
          const file = path.join(dir, String(run), format.fileName);
          fs.writeFileSync(file, mutated.bytes);
          const expected = await readOutcome(format, mutated);

          if ('headerError' in expected) {
            await expect(importFile(file, ws.id)).rejects.toThrow(expected.headerError.message);
            const [failed] = await s.runs.listByWorkspace(ws.id);
            expect(failed.status).toBe('failed');
            expect(await storedIds(ws.id)).toEqual([]);
            return;
          }
          const result = await importFile(file, ws.id);
          expect(result.totals).toEqual(expected.totals);
          expect(await storedIds(ws.id)).toEqual(
            [...new Set(expected.rows.map((r) => r.row.externalId))].sort(),
          );
          const recorded = await s.runs.findById(result.runId);
          expect(recorded).toMatchObject({
            status: expected.totals.rejected > 0 ? 'partial' : 'succeeded',
            rowsRead: expected.totals.read,
            rowsImported: expected.totals.accepted,
            rowsRejected: expected.totals.rejected,
          });
          expect(recorded!.rejections.map((r) => r.line)).toEqual(
            expected.rejected.map((r) => r.line).sort((a, b) => a - b),
          );

          const again = await importFile(file, ws.id);
          expect(again.facts).toMatchObject({
            accountsCreated: 0,
            outboundUpserted: 0,
            inboundUpserted: 0,
            snapshotsUpserted: 0,
            operatorsCreated: [],
          });
          expect(again.attribution.itemsChanged).toBe(0);
        }),
        { numRuns: 8 },
      );
    },
  );

  async function storedIds(workspaceId: string): Promise<string[]> {
    const rows: { external_id: string }[] = await t.db.dataSource.query(
      `SELECT external_id FROM outbound_item WHERE workspace_id = $1
       UNION SELECT external_id FROM inbound_item WHERE workspace_id = $1`,
      [workspaceId],
    );
    return rows.map((r) => r.external_id).sort();
  }
});
