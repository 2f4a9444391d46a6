import { CsvHeaderError } from './csv-header.error.js';
import { readCsvTable } from './csv-table.reader.js';
import { CsvRowFault, type CsvRejection } from './csv.types.js';

/** A two-column table: `id,n` where n must be a number. */
function reader(source: AsyncIterable<string | Uint8Array>, batchSize = 2000) {
  return readCsvTable<{ id: string; n: number }>(source, {
    name: 'test.csv',
    expected: 'test table',
    batchSize,
    header: (fields) => {
      if (fields[0] !== 'id') throw new CsvHeaderError('test.csv', 'test table', ['id'], fields);
      return {
        parse: (f) =>
          f.length !== 2 || Number.isNaN(Number(f[1]))
            ? new CsvRowFault(`bad ${f.join('|')}`, 'n')
            : { id: f[0], n: Number(f[1]) },
      };
    },
  });
}

async function readAll(source: AsyncIterable<string | Uint8Array>, batchSize?: number) {
  const r = reader(source, batchSize);
  const rows: [number, string][] = [];
  const rejected: CsvRejection[] = [];
  let batches = 0;
  for await (const batch of r) {
    batches++;
    batch.rows.forEach((row, i) => rows.push([batch.lines[i], row.id]));
    rejected.push(...batch.rejected);
  }
  return {
    rows,
    rejected: rejected.map((x) => [x.line, x.reason]),
    totals: r.totals,
    delimiter: r.delimiter,
    batches,
  };
}

async function* pieces(...parts: (string | Uint8Array)[]) {
  for (const part of parts) yield part;
}

describe('readCsvTable', () => {
  test('rows and rejections in file order with their lines; all-empty records are padding, not rows', async () => {
    const result = await readAll(pieces('id,n\n1,10\n,\n\n2,x\n3,30\n'));
    expect(result.rows).toEqual([
      [2, '1'],
      [6, '3'],
    ]);
    expect(result.rejected).toEqual([[5, 'bad 2|x']]);
    expect(result.totals).toEqual({ read: 3, accepted: 2, rejected: 1 });
  });

  test('tells a semicolon file from its header line, even when the header is cut across chunks', async () => {
    const result = await readAll(pieces('id;', 'n\r\n1;5\r\n"2;";6\r\n'));
    expect(result.delimiter).toBe(';');
    expect(result.rows).toEqual([
      [2, '1'],
      [3, '2;'],
    ]);
  });

  test('gives the same rows wherever the bytes are cut, multi-byte characters included', async () => {
    const bytes = new TextEncoder().encode('\uFEFFid,n\n"Café ☕\nzwei",1\n🫘,2\n');
    const whole = await readAll(pieces(bytes));
    expect(whole.rows).toEqual([
      [2, 'Café ☕\nzwei'],
      [4, '🫘'],
    ]);
    for (let cut = 1; cut < bytes.length; cut++) {
      const split = await readAll(pieces(bytes.slice(0, cut), bytes.slice(cut)));
      expect(split.rows).toEqual(whole.rows);
    }
  });

  test('batches hold at most batchSize rows and rejections', async () => {
    const lines = ['id,n', ...Array.from({ length: 9 }, (_, i) => (i % 3 === 0 ? `${i},x` : `${i},${i}`))];
    const result = await readAll(pieces(lines.join('\n')), 4);
    expect(result.batches).toBe(3);
    expect(result.totals).toEqual({ read: 9, accepted: 6, rejected: 3 });
  });

  test('an empty file and a file with a broken header are refused as a whole', async () => {
    await expect(readAll(pieces(''))).rejects.toThrow(/test\.csv: not a test table: the file is empty/);
    await expect(readAll(pieces('"id,n\n'))).rejects.toThrow(/the header line is malformed/);
    await expect(readAll(pieces('x,y\n1,2\n'))).rejects.toThrow(CsvHeaderError);
  });

  test('a UTF-16 file without a byte order mark is refused with a hint at the encoding', async () => {
    const utf16 = new Uint8Array([...'id,n\n'].flatMap((c) => [c.charCodeAt(0), 0]));
    await expect(readAll(pieces(utf16))).rejects.toThrow(/UTF-16 without a byte order mark/);
  });
});
