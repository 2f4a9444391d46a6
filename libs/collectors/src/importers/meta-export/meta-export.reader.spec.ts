import { CsvHeaderError } from '../csv/csv-header.error.js';
import type { CsvTableReader } from '../csv/csv-table.reader.js';
import type { CsvRejection } from '../csv/csv.types.js';
import type { ExportItemRow } from '../export-items/export-item.types.js';
import { readMetaExport } from './meta-export-import.service.js';
import { csvText } from '../csv/csv-text.test-helper.js';
import {
  FACEBOOK_HEADER,
  FACEBOOK_POSTS,
  facebookExport,
  IG_ACCOUNT_ID,
  IG_USERNAME,
  instagramExport,
  PAGE_ID,
  PAGE_NAME,
} from './meta-export.test-helper.js';

async function readAll(
  text: string | Uint8Array,
  options: Parameters<typeof readMetaExport>[1] = { name: 'posts.csv' },
) {
  const reader: CsvTableReader<ExportItemRow> = readMetaExport(chunks(text), options);
  const rows: { line: number; row: ExportItemRow }[] = [];
  const rejected: CsvRejection[] = [];
  for await (const batch of reader) {
    batch.rows.forEach((row, i) => rows.push({ line: batch.lines[i], row }));
    rejected.push(...batch.rejected);
  }
  return { rows, rejected, totals: reader.totals, reader };
}

async function* chunks(text: string | Uint8Array): AsyncGenerator<Uint8Array> {
  yield typeof text === 'string' ? new TextEncoder().encode(text) : text;
}

describe('a Facebook per-post export as Meta writes it', () => {
  test('every post is read with its page, publish time, caption and lifetime counts', async () => {
    const { rows, rejected, totals, reader } = await readAll(facebookExport());
    expect(rejected).toEqual([]);
    expect(totals).toEqual({ read: 4, accepted: 4, rejected: 0 });
    expect(rows[0].row).toEqual({
      direction: 'outbound',
      account: { platform: 'facebook', externalId: PAGE_ID, handle: PAGE_NAME },
      externalId: '122158000000000101',
      kind: 'post',
      isRepostOfOther: false,
      createdAt: { year: 2024, month: 5, day: 2, hour: 9, minute: 15, second: 0, millisecond: 0 },
      text: 'New seasonal blend is here ☕',
      authorExternalId: null,
      inReplyToExternalId: null,
      conversationId: null,
      operatorName: null,
      metrics: {
        reactions: 212,
        replies: 18,
        reposts: 7,
        quotes: null,
        saves: null,
        clicks: 96,
        impressions: 5120,
        reach: 4310,
      },
    });
    expect(reader.parser).toMatchObject({
      description: 'Facebook per-post export, "Views" stored as impressions',
    });
    expect(reader.encoding).toBe('utf-8');
  });

  test('a post that "Is share" is marked as a repost of others', async () => {
    // Columns 10 and 11 are "Is crosspost" and "Is share" (No in the generated export).
    const shared = facebookExport()
      .split('\n')
      .map((line) => (line.includes('122158000000000101,') ? line.replace(/,No,No,/, ',No,Yes,') : line))
      .join('\n');
    expect(shared).not.toEqual(facebookExport());
    const { rows } = await readAll(shared);
    expect(rows.map((r) => [r.row.externalId, r.row.isRepostOfOther])[0]).toEqual([
      '122158000000000101',
      true,
    ]);
    expect(rows.slice(1).every((r) => !r.row.isRepostOfOther)).toBe(true);
  });

  test('a caption over several lines stays one post, and the next post keeps its physical line number', async () => {
    const { rows } = await readAll(facebookExport());
    expect(rows.map((r) => r.line)).toEqual([2, 3, 7, 8]);
    expect(rows[1].row.text).toBe(
      'Our Vienna shop turns 10!\n\nThank you for every cup, every chat,\nevery Monday-morning rush.',
    );
  });

  test('a video without a description is stored under its title', async () => {
    const { rows } = await readAll(facebookExport());
    expect(rows[3].row.text).toBe('Latte art in 30 seconds');
  });

  test('the older variant says Impressions, and trailing columns may come and go', async () => {
    for (const trailing of [[], ['Negative feedback from users: Hide']]) {
      const { rows, rejected, reader } = await readAll(
        facebookExport(FACEBOOK_POSTS, { impressions: true, trailing }),
      );
      expect(rejected).toEqual([]);
      expect(rows.map((r) => r.row.metrics?.impressions)).toEqual([5120, 8840, 2300, 15400]);
      expect(reader.parser).toMatchObject({
        description: 'Facebook per-post export, "Impressions" stored as impressions',
      });
      expect(reader.parser?.['ignoredColumns' as never]).toEqual(expect.arrayContaining(trailing));
    }
  });

  test('without a BOM, with CRLF line ends, the same posts are read', async () => {
    const plain = await readAll(facebookExport(FACEBOOK_POSTS, { bom: false, lineEnd: '\r\n' }));
    const withBom = await readAll(facebookExport());
    expect(plain.rows.map((r) => r.row)).toEqual(withBom.rows.map((r) => r.row));
  });

  test('an id Excel turned into scientific notation is rejected, saying the id is lost', async () => {
    const posts = FACEBOOK_POSTS.map((p, i) => (i === 2 ? { ...p, postId: '1.22158E+17' } : p));
    const { rows, rejected } = await readAll(facebookExport(posts));
    expect(rows).toHaveLength(3);
    expect(rejected).toHaveLength(1);
    expect(rejected[0]).toMatchObject({ line: 7, field: 'Post ID' });
    expect(rejected[0].reason).toContain('"1.22158E+17" is in scientific notation');
    expect(rejected[0].reason).toContain('saved by Excel');
    expect(rejected[0].reason).toContain('the real id is lost');
  });

  test('a Date other than Lifetime and a count that is not a number are rejected by line and field', async () => {
    const posts = FACEBOOK_POSTS.map((p, i) =>
      i === 0 ? { ...p, date: '05/02/2024' } : i === 3 ? { ...p, shares: '1.5k' } : p,
    );
    const { rows, rejected } = await readAll(facebookExport(posts));
    expect(rows.map((r) => r.row.externalId)).toEqual(['122158000000000102', '122158000000000103']);
    expect(rejected.map((r) => [r.line, r.field])).toEqual([
      [2, 'Date'],
      [8, 'Shares'],
    ]);
    expect(rejected[0].reason).toContain('is not "Lifetime"');
  });

  test('a publish time in another format is rejected, naming the expected one', async () => {
    const posts = FACEBOOK_POSTS.map((p, i) => (i === 0 ? { ...p, publishTime: '2.5.2024 09:15' } : p));
    const { rejected } = await readAll(facebookExport(posts));
    expect(rejected).toEqual([
      expect.objectContaining({
        line: 2,
        field: 'Publish time',
        reason: expect.stringContaining('MM/DD/YYYY HH:MM'),
      }),
    ]);
  });

  test('--account puts every post on one account but refuses rows of another page', async () => {
    const text =
      facebookExport(FACEBOOK_POSTS.slice(0, 2)) +
      facebookExport(FACEBOOK_POSTS.slice(2, 3), { bom: false })
        .split('\n')[1]
        .replace(PAGE_ID, '100064999999999') +
      '\n';
    const { rows, rejected } = await readAll(text, { name: 'posts.csv', account: '@acmecoffee' });
    expect(rows.map((r) => r.row.account)).toEqual([
      { platform: 'facebook', externalId: PAGE_ID, handle: 'acmecoffee' },
      { platform: 'facebook', externalId: PAGE_ID, handle: 'acmecoffee' },
    ]);
    expect(rejected).toEqual([expect.objectContaining({ field: 'Page ID', line: 7 })]);
  });
});

describe('an Instagram per-post export', () => {
  test('is told from the header and read with likes, saves and views', async () => {
    const { rows, rejected } = await readAll(instagramExport());
    expect(rejected).toEqual([]);
    expect(rows.map((r) => r.line)).toEqual([2, 4, 5]);
    expect(rows[1].row).toMatchObject({
      account: { platform: 'instagram', externalId: IG_ACCOUNT_ID, handle: IG_USERNAME },
      externalId: '17900000000000002',
      metrics: { reactions: 512, replies: 35, reposts: 60, saves: 210, impressions: 4500, reach: 3900 },
    });
  });

  test('--platform must agree with the header', async () => {
    await expect(readAll(instagramExport(), { name: 'ig.csv', platform: 'facebook' })).rejects.toThrow(
      /--platform facebook was given, but the header is a instagram export/,
    );
  });
});

describe('files that are not a Meta per-post export', () => {
  test('a header without Post ID is refused as a whole, naming what is missing', async () => {
    const error = await readAll('id,when,text\n1,2,3\n').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CsvHeaderError);
    expect((error as Error).message).toMatch(/missing column\(s\) "Post ID", "Publish time"/);
  });

  test('a header without account columns needs --account', async () => {
    const text = csvText([
      ['Post ID', 'Publish time', 'Description', 'Likes', 'Saves'],
      ['17900000000000009', '06/01/2024 10:30', 'hi', '1', '2'],
    ]);
    await expect(readAll(text)).rejects.toThrow(/give the account with --account/);
    const { rows } = await readAll(text, { name: 'ig.csv', account: 'acme.coffee' });
    expect(rows[0].row.account).toEqual({ platform: 'instagram', externalId: null, handle: 'acme.coffee' });
  });

  test('a doubled column is refused rather than guessed at', async () => {
    const text = csvText([[...FACEBOOK_HEADER, 'Reach'], []]);
    await expect(readAll(text)).rejects.toThrow(/"Reach" appear more than once/);
  });

  test('a copy Excel saved as "Unicode text" (UTF-16, tab-separated) is read all the same', async () => {
    const tsv = facebookExport(FACEBOOK_POSTS, { bom: false, delimiter: '\t', lineEnd: '\r\n' });
    const bytes = new Uint8Array(2 + tsv.length * 2);
    bytes.set([0xff, 0xfe]);
    for (let i = 0; i < tsv.length; i++) {
      bytes[2 + i * 2] = tsv.charCodeAt(i) & 0xff;
      bytes[3 + i * 2] = tsv.charCodeAt(i) >> 8;
    }
    const { rows, rejected, reader } = await readAll(bytes);
    expect(reader.encoding).toBe('utf-16le');
    expect(reader.delimiter).toBe('\t');
    expect(rejected).toEqual([]);
    expect(rows.map((r) => r.row.externalId)).toEqual(FACEBOOK_POSTS.map((p) => p.postId));
  });

  test('a caption saved as Windows-1252 is rejected as not UTF-8; the other posts are kept', async () => {
    const text = facebookExport(
      FACEBOOK_POSTS.slice(0, 2).map((p, i) => (i === 0 ? { ...p, description: 'Café' } : p)),
    );
    const bytes = new TextEncoder().encode(text.replace('Café', 'Caf\u0000'));
    bytes[bytes.indexOf(0)] = 0xe9; // é in Windows-1252: not a valid UTF-8 sequence on its own
    const { rows, rejected } = await readAll(bytes);
    expect(rows.map((r) => r.row.externalId)).toEqual(['122158000000000102']);
    expect(rejected).toEqual([
      expect.objectContaining({
        line: 2,
        field: 'Description',
        reason: expect.stringContaining('not valid UTF-8'),
      }),
    ]);
  });
});
