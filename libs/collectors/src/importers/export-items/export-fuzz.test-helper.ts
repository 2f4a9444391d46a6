// Property-based mutations of the three export formats (fast-check): files built from the documented
// headers, then truncated, reordered, with fields dropped or doubled, values of the wrong type, or bytes in
// the wrong encoding. Shared by the reader fuzz spec (no database) and the import fuzz spec (database).
import fc from 'fast-check';
import type { CsvTableReader } from '../csv/csv-table.reader.js';
import type { CsvRejection } from '../csv/csv.types.js';
import { parseColumnMapping } from '../mapped-csv/column-mapping.reader.js';
import { readMappedCsv } from '../mapped-csv/mapped-csv-import.service.js';
import { readMetaExport } from '../meta-export/meta-export-import.service.js';
import { csvText } from '../csv/csv-text.test-helper.js';
import {
  FACEBOOK_POSTS,
  facebookTable,
  INSTAGRAM_POSTS,
  instagramTable,
} from '../meta-export/meta-export.test-helper.js';
import { readToolExport } from '../tool-export/tool-export-import.service.js';
import { TOOL_POSTS, toolTable } from '../tool-export/tool-export.test-helper.js';
import type { ExportItemRow } from './export-item.types.js';

export const INBOX_MAPPING = parseColumnMapping(
  [
    'platform: facebook',
    'account: AcmeCoffee',
    'columns: {id: Message ID, created_at: Sent at, direction: Direction, text: Message, author: From,',
    '          in_reply_to: Reply to, operator: Agent, reactions: Likes}',
    'created_at: {format: DD.MM.YYYY HH:mm, time_zone: Europe/Vienna}',
    'direction: {inbound: [received], outbound: [sent]}',
  ].join('\n'),
);

const INBOX_TABLE = [
  ['Message ID', 'Direction', 'From', 'Sent at', 'Message', 'Reply to', 'Agent', 'Likes'],
  ['m-1', 'received', 'lena.k', '03.06.2024 09:12', 'My order never arrived', '', '', ''],
  [
    'm-2',
    'sent',
    'AcmeCoffee',
    '03.06.2024 09:40',
    'Sorry, Lena!\nWe sent the tracking link.',
    'm-1',
    'Anna Berg',
    '2',
  ],
  ['m-3', 'received', 'tom_r', '03.06.2024 21:05', 'Open on Sunday?', '', '', ''],
  ['m-4', 'sent', 'AcmeCoffee', '04.06.2024 08:02', 'Sundays 10-16 ^JW', 'm-3', '', '0'],
];

export interface ExportFormatCase {
  name: string;
  /** The name the reader gives the file in errors. */
  fileName: string;
  /** Header row, then valid rows; the text column is replaced by generated captions. */
  table: string[][];
  /** Column of the free text, where generated captions go. */
  textColumn: number;
  /** The first lines of a file are read whole, so a file must not carry a BOM when the table says so. */
  bom: boolean;
  read: (source: AsyncIterable<Uint8Array>) => CsvTableReader<ExportItemRow>;
}

export const FORMAT_CASES: ExportFormatCase[] = [
  {
    name: 'Facebook per-post export',
    fileName: 'fb.csv',
    table: facebookTable(FACEBOOK_POSTS),
    textColumn: 4,
    bom: true,
    read: (source) => readMetaExport(source, { name: 'fb.csv' }),
  },
  {
    name: 'Instagram per-post export',
    fileName: 'ig.csv',
    table: instagramTable(INSTAGRAM_POSTS),
    textColumn: 4,
    bom: true,
    read: (source) => readMetaExport(source, { name: 'ig.csv' }),
  },
  {
    name: 'tool export',
    fileName: 'tool.csv',
    table: toolTable(TOOL_POSTS),
    textColumn: 8,
    bom: false,
    read: (source) => readToolExport(source, { name: 'tool.csv' }),
  },
  {
    name: 'mapped CSV',
    fileName: 'inbox.csv',
    table: INBOX_TABLE,
    textColumn: 4,
    bom: false,
    read: (source) => readMappedCsv(source, { name: 'inbox.csv', mapping: INBOX_MAPPING }),
  },
];

/** A mutated file: its bytes, and the data rows it was made from when the mutation kept them apart. */
export interface MutatedFile {
  mutation: string;
  bytes: Uint8Array;
  /** Data records in the file when every row survived as one record; null after byte-level damage. */
  records: number | null;
  /** Chunk sizes the bytes are streamed in. */
  chunks: number[];
}

/** Captions as people write them: any text, with line breaks, quotes, commas, emoji. */
const caption = fc.string({
  unit: fc.oneof(
    fc.constantFrom('\n', '\r\n', '"', ',', ';', '\t', ' ', '☕', '🫘', 'ä', '#'),
    fc.string({ minLength: 1, maxLength: 1 }),
  ),
  maxLength: 40,
});

/** Values of the wrong type for any column. */
const wrongValue = fc.oneof(
  fc.constantFrom(
    '',
    'Lifetime',
    '1.22158E+17',
    '-1',
    '3.5',
    'n/a',
    '99999999999999',
    '2024-13-45 25:61',
    'True',
  ),
  fc.string({ maxLength: 12 }),
);

type RowMutation = 'none' | 'reorder' | 'drop-field' | 'double-field' | 'wrong-type';
type ByteMutation = 'truncate' | 'latin1' | 'utf16-no-bom' | 'utf16be-bom' | 'random-bytes';

export function mutatedFile(format: ExportFormatCase): fc.Arbitrary<MutatedFile> {
  const [header, ...base] = format.table;
  const rows = fc.array(
    fc.record({ row: fc.constantFrom(...base), text: caption }).map(({ row, text }) => {
      const copy = [...row];
      copy[format.textColumn] = text;
      return copy;
    }),
    { minLength: 1, maxLength: 8 },
  );
  const rowMutation = fc.constantFrom<RowMutation>(
    'none',
    'reorder',
    'drop-field',
    'double-field',
    'wrong-type',
  );
  const byteMutation = fc.option(
    fc.constantFrom<ByteMutation>('truncate', 'latin1', 'utf16-no-bom', 'utf16be-bom', 'random-bytes'),
    { freq: 2 },
  );
  return fc
    .record({
      rows,
      rowMutation,
      byteMutation,
      target: fc.nat(),
      column: fc.nat(),
      value: wrongValue,
      seed: fc.nat(),
      bytes: fc.uint8Array({ minLength: 1, maxLength: 6 }),
      chunks: fc.array(fc.integer({ min: 1, max: 64 }), { minLength: 1, maxLength: 6 }),
      crlf: fc.boolean(),
    })
    .map((m) => {
      const data = m.rows.map((r) => [...r]);
      const row = data[m.target % data.length];
      const column = m.column % header.length;
      if (m.rowMutation === 'reorder') data.sort((a, b) => hash(a.join(), m.seed) - hash(b.join(), m.seed));
      if (m.rowMutation === 'drop-field') row.splice(column, 1);
      if (m.rowMutation === 'double-field') row.splice(column, 0, row[column]);
      if (m.rowMutation === 'wrong-type') row[column] = m.value;
      const text = csvText([header, ...data], { bom: format.bom, lineEnd: m.crlf ? '\r\n' : '\n' });
      const records = data.filter((r) => r.some((cell) => cell.trim().length > 0)).length;
      if (m.byteMutation === null) {
        return { mutation: m.rowMutation, bytes: new TextEncoder().encode(text), records, chunks: m.chunks };
      }
      return {
        mutation: `${m.rowMutation}+${m.byteMutation}`,
        bytes: damage(text, m.byteMutation, m.target, m.bytes),
        records: null,
        chunks: m.chunks,
      };
    });
}

function damage(text: string, mutation: ByteMutation, at: number, extra: Uint8Array): Uint8Array {
  const utf8 = new TextEncoder().encode(text);
  switch (mutation) {
    case 'truncate':
      return utf8.slice(0, at % utf8.length);
    case 'latin1':
      return Uint8Array.from(text, (c) => c.charCodeAt(0) & 0xff);
    case 'utf16-no-bom':
      return Uint8Array.from([...text.replace(/^\uFEFF/, '')].flatMap((c) => utf16le(c)));
    case 'utf16be-bom':
      return Uint8Array.from([
        0xfe,
        0xff,
        ...[...text.replace(/^\uFEFF/, '')].flatMap((c) => utf16le(c).reverse()),
      ]);
    case 'random-bytes': {
      const position = at % utf8.length;
      return Uint8Array.from([...utf8.slice(0, position), ...extra, ...utf8.slice(position)]);
    }
  }
}

function utf16le(char: string): number[] {
  const code = char.charCodeAt(0);
  return [code & 0xff, code >> 8];
}

function hash(text: string, seed: number): number {
  let h = seed | 0;
  for (let i = 0; i < text.length; i++) h = (Math.imul(h, 31) + text.charCodeAt(i)) | 0;
  return h;
}

/** Streams the bytes in the given chunk sizes (cycled), as a file or upload would arrive. */
export async function* inChunks(bytes: Uint8Array, sizes: number[]): AsyncGenerator<Uint8Array> {
  let offset = 0;
  for (let i = 0; offset < bytes.length; i++) {
    const size = sizes[i % sizes.length];
    yield bytes.slice(offset, offset + size);
    offset += size;
  }
}

export interface ReadOutcome {
  rows: { line: number; row: ExportItemRow }[];
  rejected: CsvRejection[];
  totals: { read: number; accepted: number; rejected: number };
}

/** Reads a whole file; returns the header error instead of throwing it. */
export async function readOutcome(
  format: ExportFormatCase,
  file: MutatedFile,
): Promise<ReadOutcome | { headerError: Error }> {
  const reader = format.read(inChunks(file.bytes, file.chunks));
  const rows: ReadOutcome['rows'] = [];
  const rejected: CsvRejection[] = [];
  try {
    for await (const batch of reader) {
      batch.rows.forEach((row, i) => rows.push({ line: batch.lines[i], row }));
      rejected.push(...batch.rejected);
    }
  } catch (error) {
    if (error instanceof Error && error.name === 'CsvHeaderError') return { headerError: error };
    throw error;
  }
  return { rows, rejected, totals: reader.totals };
}
