import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { SHARED_DATA_DIR } from '../../../../../test/support/shared-data.js';
import { readTwcsFile, type TwcsReadOptions, type TwcsSource } from './twcs-file.reader.js';
import { TwcsHeaderError } from './twcs-header.error.js';
import type { TwcsBatch, TwcsRecord, TwcsRejection, TwcsRow } from './twcs.types.js';

const SAMPLE = join(SHARED_DATA_DIR, 'twcs', 'sample.csv');
const HEADER = 'tweet_id,author_id,inbound,created_at,text,response_tweet_id,in_response_to_tweet_id';
const DATE = 'Wed Oct 11 06:55:44 +0000 2017';

async function readAll(source: TwcsSource, options?: TwcsReadOptions) {
  const reader = readTwcsFile(source, options);
  const batches: TwcsBatch[] = [];
  for await (const batch of reader) batches.push(batch);
  const rows = batches.flatMap((b) => b.rows);
  const lines = batches.flatMap((b) => b.lines);
  const rejected = batches.flatMap((b) => b.rejected);
  const byId = (id: string) => rows.find((r) => r.tweetId === id);
  const lineOf = (id: string) => lines[rows.findIndex((r) => r.tweetId === id)];
  return { reader, batches, rows, lines, rejected, byId, lineOf, totals: reader.totals };
}

describe('readTwcsFile', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'twcs-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  let fileNo = 0;
  const file = (content: string | Buffer) => {
    const path = join(dir, `case-${++fileNo}.csv`);
    writeFileSync(path, content);
    return path;
  };
  const row = (id: string, date = DATE, text = 'hello') => `${id},105834,True,${date},${text},,`;

  // data/README.md: skip loudly, naming the path, only when the shared data folder is absent altogether.
  const sampleIt = existsSync(SHARED_DATA_DIR) ? it : it.skip;
  if (!existsSync(SHARED_DATA_DIR))
    console.warn(`${SHARED_DATA_DIR} not found: skipping the twcs sample specs`);

  sampleIt('reads the real twcs sample without a rejection', async () => {
    const { rows, rejected, totals, byId } = await readAll(SAMPLE);
    expect(rejected).toEqual([]);
    expect(rows).toHaveLength(93);
    expect(totals).toEqual({ read: 93, accepted: 93, rejected: 0 });

    expect(byId('119237')).toEqual<TwcsRow>({
      tweetId: '119237',
      authorId: '105834',
      inbound: true,
      createdAt: new Date('2017-10-11T06:55:44Z'),
      text: '@AppleSupport causing the reply to be disregarded and the tapped notification under the keyboard is opened😡😡😡',
      responseTweetIds: ['119236'],
      inResponseToTweetId: null,
    });
    const reply = byId('119250')!;
    expect(reply.responseTweetIds).toEqual(['119249', '119251']);
    expect(reply.createdAt.toISOString()).toBe('2017-10-11T05:33:17.000Z');
    expect(byId('119238')).toMatchObject({
      authorId: 'ChaseSupport',
      inbound: false,
      inResponseToTweetId: '119239',
    });
    expect(byId('119294')!.text).toContain('7:20am.\n\n8:03am');
  });

  sampleIt('numbers sample rows by the physical line they start on, past multi-line texts', async () => {
    const { lineOf } = await readAll(SAMPLE);
    expect(lineOf('119237')).toBe(2);
    expect(lineOf('119276')).toBe(38);
    expect(lineOf('119277')).toBe(41);
    expect(lineOf('119294')).toBe(58);
    expect(lineOf('119295')).toBe(63);
    expect(lineOf('119335')).toBe(100);
  });

  sampleIt('batches the sample and streams it from a Readable of small byte chunks', async () => {
    const { batches } = await readAll(SAMPLE, { batchSize: 10 });
    expect(batches.map((b) => b.rows.length)).toEqual([10, 10, 10, 10, 10, 10, 10, 10, 10, 3]);

    // 7-byte chunks cut records, quoted line breaks and multi-byte emoji apart.
    const bytes = readFileSync(SAMPLE);
    const chunks = Array.from({ length: Math.ceil(bytes.length / 7) }, (_, i) =>
      bytes.subarray(i * 7, i * 7 + 7),
    );
    const streamed = await readAll(Readable.from(chunks), { name: 'sample.csv' });
    const whole = await readAll(SAMPLE);
    expect(streamed.rows).toEqual(whole.rows);
    expect(streamed.lines).toEqual(whole.lines);
  });

  it('throws TwcsHeaderError naming the file, the missing columns and the header found', async () => {
    const path = file('id,author,inbound,created_at,text\n1,a,True,x,y\n');
    const error = await readAll(path).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TwcsHeaderError);
    const headerError = error as TwcsHeaderError;
    expect(headerError.file).toBe(path);
    expect(headerError.missingColumns).toEqual([
      'tweet_id',
      'author_id',
      'response_tweet_id',
      'in_response_to_tweet_id',
    ]);
    expect(headerError.foundHeader).toEqual(['id', 'author', 'inbound', 'created_at', 'text']);
    expect(headerError.message).toContain(path);
    expect(headerError.message).toContain('tweet_id, author_id');
    expect(headerError.message).toContain('id,author,inbound,created_at,text');
  });

  it('imports nothing from a file with a wrong header', async () => {
    const reader = readTwcsFile(file(`tweet,author_id\n${row('1')}\n`));
    const seen: TwcsBatch[] = [];
    await expect(
      (async () => {
        for await (const batch of reader) seen.push(batch);
      })(),
    ).rejects.toThrow(TwcsHeaderError);
    expect(seen).toEqual([]);
  });

  it('throws TwcsHeaderError for an empty file and for duplicated columns', async () => {
    await expect(readAll(file(''))).rejects.toThrow(/empty/);
    await expect(readAll(file(`${HEADER},tweet_id\n`))).rejects.toThrow(/tweet_id appear more than once/);
  });

  it('rejects a broken date with its line, naming created_at and the value, and keeps going', async () => {
    const { rows, rejected, totals } = await readAll(
      file([HEADER, row('1'), row('2', 'Wed Oct 11 06:55:44 +0000 20l7'), row('3'), ''].join('\n')),
    );
    expect(rows.map((r) => r.tweetId)).toEqual(['1', '3']);
    expect(rejected).toEqual<TwcsRejection[]>([
      {
        line: 3,
        field: 'created_at',
        reason: 'created_at "Wed Oct 11 06:55:44 +0000 20l7" is not a valid date and time',
        raw: row('2', 'Wed Oct 11 06:55:44 +0000 20l7'),
      },
    ]);
    expect(totals).toEqual({ read: 3, accepted: 2, rejected: 1 });
  });

  it('rejects bad ids, an empty author, a bad inbound flag and a wrong column count, each by line', async () => {
    const { rows, rejected } = await readAll(
      file(
        [
          HEADER,
          row('12a'),
          row('1.5'),
          '4,,True,' + DATE + ',x,,',
          '5,105834,maybe,' + DATE + ',x,,',
          '6,105834,True,' + DATE + ',x,7;8,',
          '7,105834,True,' + DATE + ',x,,9x',
          '8,105834,True,' + DATE + ',x,',
          '9,105834,True,' + DATE + ',x,,,',
          row('10'),
        ].join('\n'),
      ),
    );
    expect(rows.map((r) => r.tweetId)).toEqual(['10']);
    expect(rejected.map(({ line, field }) => [line, field])).toEqual([
      [2, 'tweet_id'],
      [3, 'tweet_id'],
      [4, 'author_id'],
      [5, 'inbound'],
      [6, 'response_tweet_id'],
      [7, 'in_response_to_tweet_id'],
      [8, undefined],
      [9, undefined],
    ]);
    expect(rejected[0].reason).toBe('tweet_id "12a" is not an integer id');
    expect(rejected[6].reason).toBe('expected 7 columns, found 6');
    expect(rejected[7].reason).toBe('expected 7 columns, found 8');
  });

  it('rejects a truncated last line (too few columns) and keeps every row before it', async () => {
    const { rows, rejected } = await readAll(file([HEADER, row('1'), row('2'), '3,105834,Tr'].join('\n')));
    expect(rows.map((r) => r.tweetId)).toEqual(['1', '2']);
    expect(rejected).toEqual([
      {
        line: 4,
        reason: 'expected 7 columns, found 3: the file ends inside this record (truncated)',
        raw: '3,105834,Tr',
      },
    ]);
  });

  it('rejects a truncated last line (unterminated quote) and keeps every row before it', async () => {
    const { rows, rejected, totals } = await readAll(
      file([HEADER, row('1'), row('2'), `3,105834,True,${DATE},"cut off in the mid`].join('\n')),
    );
    expect(rows.map((r) => r.tweetId)).toEqual(['1', '2']);
    expect(rejected).toHaveLength(1);
    expect(rejected[0]).toMatchObject({
      line: 4,
      reason: 'unterminated quoted field (column 5) at end of file',
    });
    expect(totals).toEqual({ read: 3, accepted: 2, rejected: 1 });
  });

  it('ignores a pandas index column, unnamed or "Unnamed: 0", and maps columns by name in any order', async () => {
    for (const index of ['', 'Unnamed: 0']) {
      const { rows, reader } = await readAll(file(`${index},${HEADER}\n0,${row('1')}\n1,${row('2')}\n`));
      expect(rows.map((r) => r.tweetId)).toEqual(['1', '2']);
      expect(reader.header?.ignored).toEqual([index]);
    }
    const reordered = await readAll(
      file(
        'text,in_response_to_tweet_id,created_at,inbound,author_id,response_tweet_id,tweet_id\n' +
          `"hi, there",7,${DATE},False,AppleSupport,"8,9",6\n`,
      ),
    );
    expect(reordered.rows).toEqual([
      {
        tweetId: '6',
        authorId: 'AppleSupport',
        inbound: false,
        createdAt: new Date('2017-10-11T06:55:44Z'),
        text: 'hi, there',
        responseTweetIds: ['8', '9'],
        inResponseToTweetId: '7',
      },
    ]);
  });

  it('normalises float-written ids such as 3.0 and 119237.0', async () => {
    const { rows } = await readAll(
      file(`${HEADER}\n3.0,105834,True,${DATE},x,"4.0,5",119237.0\n119238.0,105834,True,${DATE},x,,\n`),
    );
    expect(rows.map((r) => [r.tweetId, r.responseTweetIds, r.inResponseToTweetId])).toEqual([
      ['3', ['4', '5'], '119237'],
      ['119238', [], null],
    ]);
  });

  it('accepts the usual spellings of inbound', async () => {
    const flags = ['True', 'False', 'true', 'false', '1', '0', 'TRUE', ' False '];
    const { rows } = await readAll(
      file([HEADER, ...flags.map((flag, i) => `${i + 1},a,${flag},${DATE},x,,`)].join('\n')),
    );
    expect(rows.map((r) => r.inbound)).toEqual([true, false, true, false, true, false, true, false]);
  });

  it('keeps line numbers right after multi-line quoted text', async () => {
    const { rows, lineOf, rejected } = await readAll(
      file(
        [
          HEADER,
          `1,105834,True,${DATE},"first line`,
          'second line, with a comma',
          '',
          `last line ""quoted""",,`,
          row('2'),
          `3,105834,True,${DATE},"two`,
          `lines",,`,
          row('4', 'broken'),
        ].join('\n'),
      ),
    );
    expect(rows.find((r) => r.tweetId === '1')!.text).toBe(
      'first line\nsecond line, with a comma\n\nlast line "quoted"',
    );
    expect([lineOf('1'), lineOf('2'), lineOf('3')]).toEqual([2, 6, 7]);
    expect(rejected.map((r) => r.line)).toEqual([9]);
  });

  it('keeps a stray carriage return inside an unquoted field without splitting the record', async () => {
    const { rows, lineOf, rejected } = await readAll(
      file([HEADER, row('1', DATE, 'text with \r inside'), row('2'), ''].join('\n')),
    );
    expect(rejected).toEqual([]);
    expect(rows.map((r) => r.text)).toEqual(['text with \r inside', 'hello']);
    expect(lineOf('2')).toBe(3);
  });

  it('reads CRLF line endings and a UTF-8 BOM', async () => {
    const content =
      '\uFEFF' + [HEADER, row('1'), `2,105834,True,${DATE},"a\r\nb",,1`, row('3'), ''].join('\r\n');
    const { rows, lineOf, rejected } = await readAll(file(Buffer.from(content, 'utf8')));
    expect(rejected).toEqual([]);
    expect(rows.map((r) => [r.tweetId, r.text, r.inResponseToTweetId])).toEqual([
      ['1', 'hello', null],
      ['2', 'a\r\nb', '1'],
      ['3', 'hello', null],
    ]);
    expect(lineOf('3')).toBe(5);
  });

  it('resumes after a stray opening quote in the middle of the file', async () => {
    const { rows, rejected } = await readAll(
      file([HEADER, row('1'), `2,105834,True,${DATE},"oops,,`, row('3'), row('4'), ''].join('\n')),
    );
    expect(rows.map((r) => r.tweetId)).toEqual(['1', '3', '4']);
    expect(rejected.map((r) => r.line)).toEqual([3]);
  });

  it('offers the same content record by record, in file order', async () => {
    const reader = readTwcsFile(
      file([HEADER, row('1'), row('x'), row('3'), row('4', 'bad'), ''].join('\n')),
      {
        batchSize: 2,
      },
    );
    const seen: TwcsRecord[] = [];
    for await (const record of reader.records()) seen.push(record);
    expect(seen.map((r) => [r.kind, r.line])).toEqual([
      ['row', 2],
      ['rejected', 3],
      ['row', 4],
      ['rejected', 5],
    ]);
    expect(reader.totals).toEqual({ read: 4, accepted: 2, rejected: 2 });
  });

  it('can be left early without reading the rest', async () => {
    const lines = [HEADER, ...Array.from({ length: 50 }, (_, i) => row(String(i + 1)))];
    const reader = readTwcsFile(file(lines.join('\n')), { batchSize: 10, chunkBytes: 64 });
    for await (const batch of reader) {
      expect(batch.rows).toHaveLength(10);
      break;
    }
    expect(reader.totals.read).toBeLessThan(50);
  });

  it('refuses a second iteration', async () => {
    const reader = readTwcsFile(file(`${HEADER}\n${row('1')}\n`));
    for await (const _ of reader) void _;
    await expect(reader[Symbol.asyncIterator]().next()).rejects.toThrow(/only once/);
  });
  test('a copy re-saved by Excel under a European locale (semicolons, CRLF) reads like the original', async () => {
    const semicolons = (line: string) => line.replaceAll(',', ';');
    const text = [
      semicolons(HEADER),
      semicolons(row('1')),
      // A comma inside quoted text stays text; the Excel copy quotes it.
      `2;105834;True;${DATE};"Hello, anyone there?";;`,
      semicolons(row('3', 'not a date')),
    ].join('\r\n');
    const { rows, rejected, totals } = await readAll(file(text));
    expect(rows.map((r) => [r.tweetId, r.text])).toEqual([
      ['1', 'hello'],
      ['2', 'Hello, anyone there?'],
    ]);
    expect(rejected.map((r) => [r.line, r.field])).toEqual([[4, 'created_at']]);
    expect(totals).toEqual({ read: 3, accepted: 2, rejected: 1 });
  });
});
