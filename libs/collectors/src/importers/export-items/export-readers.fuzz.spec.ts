// Every export reader on mutated files: no crash, no hang, and every record either read as a row or
// rejected with its own line. Runs without a database; export-import.fuzz.spec.ts stores the rows.
import fc from 'fast-check';
import { FORMAT_CASES, mutatedFile, readOutcome } from './export-fuzz.test-helper.js';

describe.each(FORMAT_CASES)('$name under mutation', (format) => {
  test('every record is read or rejected by its line, and only a damaged header fails the file', async () => {
    await fc.assert(
      fc.asyncProperty(mutatedFile(format), async (file) => {
        const outcome = await readOutcome(format, file);
        if ('headerError' in outcome) {
          // Row mutations leave the header intact: only byte-level damage may make the file unreadable.
          expect(file.records).toBeNull();
          return;
        }
        const { rows, rejected, totals } = outcome;
        expect(totals.read).toBe(totals.accepted + totals.rejected);
        expect(rows).toHaveLength(totals.accepted);
        expect(rejected).toHaveLength(totals.rejected);
        const lines = [...rows.map((r) => r.line), ...rejected.map((r) => r.line)];
        expect(new Set(lines).size).toBe(lines.length);
        expect(Math.min(...lines, Infinity)).toBeGreaterThanOrEqual(2);
        for (const r of rejected) expect(r.reason.length).toBeGreaterThan(0);

        if (file.records !== null) {
          expect(totals.read).toBe(file.records);
          const text = new TextDecoder().decode(file.bytes);
          // An id with a quote in it is written with the quote doubled.
          for (const { row } of rows) expect(text).toContain(row.externalId.replace(/"/g, '""'));
        }
        if (file.mutation === 'none') expect(rejected).toEqual([]);
        if (file.mutation === 'drop-field' || file.mutation === 'double-field')
          expect(totals.rejected).toBeGreaterThanOrEqual(1);
      }),
      { numRuns: 150 },
    );
  });
});
