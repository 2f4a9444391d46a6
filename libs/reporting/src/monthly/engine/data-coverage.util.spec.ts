import { buildDataCoverage, MAX_LISTED_IMPORT_RUNS, type ImportRunListing } from './data-coverage.util.js';

const from = new Date('2017-10-01T00:00:00Z');
const to = new Date('2017-11-01T00:00:00Z');
const at = (iso: string) => ({ createdAt: new Date(iso) });
const run = (over: Partial<ImportRunListing>): ImportRunListing => ({
  source: 'import:twcs',
  subject: 'sample.csv',
  accountId: null,
  status: 'succeeded',
  startedAt: new Date('2026-11-01T10:00:00Z'),
  finishedAt: new Date('2026-11-01T10:01:00Z'),
  rowsImported: 93,
  ...over,
});
const accounts = [
  { id: 'a', handle: 'AirlineA', platform: 'x' },
  { id: 'b', handle: 'BankB', platform: 'facebook' },
  { id: 'c', handle: 'CafeC', platform: 'x' },
];

describe('what each account’s data covers', () => {
  it('gives the span of the month’s items per account, ignoring items outside the month', () => {
    const { accounts: lines } = buildDataCoverage({
      from,
      to,
      accounts,
      items: [
        { accountId: 'a', ...at('2017-10-12T08:00:00Z') },
        { accountId: 'a', ...at('2017-10-10T09:30:00Z') },
        { accountId: 'a', ...at('2017-09-30T23:59:59Z') },
        { accountId: 'a', ...at('2017-11-01T00:00:00Z') },
        { accountId: 'b', ...at('2017-10-01T03:00:00Z') },
        { accountId: 'b', ...at('2017-10-31T20:00:00Z') },
      ],
      connectedAccountIds: new Set(['b']),
      importRuns: [run({}), run({ source: 'import:roster', subject: 'roster.csv' })],
      isDemo: false,
    });
    expect(lines).toEqual([
      {
        accountHandle: 'AirlineA',
        platform: 'x',
        feed: 'import',
        sources: ['import:twcs'],
        items: 2,
        firstItem: new Date('2017-10-10T09:30:00Z'),
        lastItem: new Date('2017-10-12T08:00:00Z'),
        leavesGap: true,
      },
      {
        accountHandle: 'BankB',
        platform: 'facebook',
        feed: 'collector',
        sources: ['collector:facebook'],
        items: 2,
        firstItem: new Date('2017-10-01T03:00:00Z'),
        lastItem: new Date('2017-10-31T20:00:00Z'),
        leavesGap: false,
      },
      {
        accountHandle: 'CafeC',
        platform: 'x',
        feed: 'import',
        sources: ['import:twcs'],
        items: 0,
        firstItem: null,
        lastItem: null,
        leavesGap: true,
      },
    ]);
  });

  it('names an import of one account only for that account, leaves roster imports out and lists the newest ten', () => {
    const runs = Array.from({ length: 12 }, (_, i) =>
      run({
        source: 'import:meta',
        subject: `page-${i}.csv`,
        accountId: 'b',
        startedAt: new Date(Date.UTC(2026, 0, 1 + i)),
      }),
    );
    const coverage = buildDataCoverage({
      from,
      to,
      accounts,
      items: [],
      connectedAccountIds: new Set(),
      importRuns: [...runs, run({ source: 'import:roster', accountId: null })],
      isDemo: true,
    });
    expect(coverage.accounts.map((a) => [a.accountHandle, a.feed, a.sources])).toEqual([
      ['AirlineA', 'demo', ['demo']],
      ['BankB', 'import', ['import:meta']],
      ['CafeC', 'demo', ['demo']],
    ]);
    expect(coverage.importRuns).toHaveLength(MAX_LISTED_IMPORT_RUNS);
    expect(coverage.importRuns[0]).toMatchObject({ file: 'page-11.csv', accountHandle: 'BankB' });
  });
});
