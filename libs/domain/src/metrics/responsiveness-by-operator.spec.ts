import type {
  AccountFact,
  AssignmentFact,
  InboundItemFact,
  OperatorFact,
  OutboundItemFact,
} from '../model/facts.js';
import { computeResponsiveness } from './responsiveness-metrics.util.js';
import type { ResponsivenessInput } from './responsiveness-input.types.js';

// Scenario: "agency covers weekends only". Account in Vienna; in-house staff work Monday–Friday, the
// agency Saturday and Sunday. March 2026: the 7th and 8th are a weekend, the 9th a Monday.
const accounts: AccountFact[] = [
  { id: 'acc-shop', handle: '@shop', platform: 'x', timeZone: 'Europe/Vienna', signaturePattern: null },
];
const operators: OperatorFact[] = [
  { id: 'op-anna', name: 'Anna', sourcingGroup: 'in_house' },
  { id: 'op-weekend', name: 'Wendy', sourcingGroup: 'agency:Northwind' },
  { id: 'op-new', name: 'Becky', sourcingGroup: null },
];
const assignments: AssignmentFact[] = [
  {
    accountId: 'acc-shop',
    operatorId: 'op-anna',
    from: new Date('2026-01-01T00:00:00Z'),
    to: null,
    shifts: [1, 2, 3, 4, 5].map((day) => ({ day, startMinute: 0, endMinute: 24 * 60 })),
  },
  {
    accountId: 'acc-shop',
    operatorId: 'op-weekend',
    from: new Date('2026-01-01T00:00:00Z'),
    to: null,
    shifts: [6, 0].map((day) => ({ day, startMinute: 0, endMinute: 24 * 60 })),
  },
];

const customer = (
  externalId: string,
  createdAt: string,
  extra: Partial<InboundItemFact> = {},
): InboundItemFact => ({
  accountId: 'acc-shop',
  externalId,
  createdAt: new Date(createdAt),
  conversationId: null,
  actionable: true,
  ...extra,
});
const reply = (
  externalId: string,
  createdAt: string,
  parent: string | null,
  operatorId: string | null,
): OutboundItemFact => ({
  accountId: 'acc-shop',
  externalId,
  createdAt: new Date(createdAt),
  inReplyToExternalId: parent,
  conversationId: null,
  operatorId,
  attributionSource: operatorId === null ? 'unknown' : 'roster',
});

const inbound = [
  customer('sat-1', '2026-03-07T10:00:00Z'), // answered by the agency in 10 min
  customer('sat-2', '2026-03-07T12:00:00Z'), // never answered, Saturday: the agency's to answer
  customer('sun-1', '2026-03-08T09:00:00Z'), // answered Monday by Anna
  customer('mon-1', '2026-03-09T09:00:00Z'), // answered by an unsigned, unrostered reply
  customer('mon-2', '2026-03-09T10:00:00Z'), // answered by Becky, a signature nobody has placed yet
  customer('mon-bad', '2026-03-09T11:00:00Z'), // the reply claims to be older than the question
  customer('mon-spam', '2026-03-09T11:30:00Z', { actionable: false }),
  customer('before', '2026-03-06T23:59:59Z'), // Friday, before the period
];
const outbound = [
  reply('r-sat-1', '2026-03-07T10:10:00Z', 'sat-1', 'op-weekend'),
  reply('r-sun-1', '2026-03-09T08:00:00Z', 'sun-1', 'op-anna'),
  reply('r-mon-1', '2026-03-09T09:30:00Z', 'mon-1', null),
  reply('r-mon-2', '2026-03-09T10:05:00Z', 'mon-2', 'op-new'),
  reply('r-mon-bad', '2026-03-09T10:59:00Z', 'mon-bad', 'op-anna'),
  reply('post', '2026-03-08T15:00:00Z', null, 'op-weekend'), // a Sunday post: outbound, no reply pair
  reply('r-before', '2026-03-07T00:30:00Z', 'before', 'op-weekend'), // answers the Friday item, posted in the period
];

const input = (dimension: ResponsivenessInput['dimension']): ResponsivenessInput => ({
  from: new Date('2026-03-07T00:00:00Z'),
  to: new Date('2026-03-10T00:00:00Z'),
  dataEnd: new Date('2026-03-31T00:00:00Z'),
  dimension,
  accounts,
  operators,
  assignments,
  inbound,
  outbound,
});
const summary = (rows: ReturnType<typeof computeResponsiveness>['rows']) =>
  rows.map((r) => ({
    key: r.key,
    label: r.label,
    group: r.sourcingGroup,
    inbound: r.inbound,
    answered: r.answered,
    outbound: r.outbound,
    negative: r.negativeIntervals,
  }));

describe('agency covers weekends only', () => {
  test('by operator: each answered item follows its responder, the unanswered Saturday item the agency', () => {
    const result = computeResponsiveness(input('operator'));
    expect(summary(result.rows)).toEqual([
      { key: 'op-anna', label: 'Anna', group: 'in_house', inbound: 2, answered: 1, outbound: 2, negative: 1 },
      { key: 'op-new', label: 'Becky', group: null, inbound: 1, answered: 1, outbound: 1, negative: 0 },
      { key: 'unknown', label: 'unknown', group: null, inbound: 1, answered: 1, outbound: 1, negative: 0 },
      {
        key: 'op-weekend',
        label: 'Wendy',
        group: 'agency:Northwind',
        inbound: 2,
        answered: 1,
        outbound: 3,
        negative: 0,
      },
    ]);
  });

  test('by group: unplaced operators show as unassigned, unattributed replies as unknown', () => {
    const result = computeResponsiveness(input('group'));
    expect(summary(result.rows)).toEqual([
      {
        key: 'agency:Northwind',
        label: 'agency:Northwind',
        group: 'agency:Northwind',
        inbound: 2,
        answered: 1,
        outbound: 3,
        negative: 0,
      },
      {
        key: 'in_house',
        label: 'in_house',
        group: 'in_house',
        inbound: 2,
        answered: 1,
        outbound: 2,
        negative: 1,
      },
      {
        key: 'unassigned',
        label: 'unassigned',
        group: null,
        inbound: 1,
        answered: 1,
        outbound: 1,
        negative: 0,
      },
      { key: 'unknown', label: 'unknown', group: null, inbound: 1, answered: 1, outbound: 1, negative: 0 },
    ]);
  });

  test('the weekend agency: FRT from its one answer; the unanswered item counts against its rate', () => {
    const wendy = computeResponsiveness(input('operator')).rows.find((r) => r.key === 'op-weekend')!;
    expect(wendy.frt).toMatchObject({ count: 1, median: 600 });
    expect(wendy.responseRate).toEqual({ answeredWithin72h: 1, decided: 2, undecided: 0, rate: 0.5 });
  });

  test('total: every in-scope item once; spam and the Friday question are out, the reply older than its question is counted apart', () => {
    const { total } = computeResponsiveness(input('account'));
    expect(total).toMatchObject({ key: 'total', inbound: 6, answered: 4, outbound: 7, negativeIntervals: 1 });
    expect(total.frt).toEqual({
      count: 4,
      median: 1200,
      mean: (600 + 82800 + 1800 + 300) / 4,
      p90: 82800,
      fastest: 300,
      slowest: 82800,
    });
    expect(total.responseRate).toEqual({ answeredWithin72h: 4, decided: 5, undecided: 0, rate: 0.8 });
  });

  test('by account: one row that equals the total', () => {
    const result = computeResponsiveness(input('account'));
    expect(result.rows).toHaveLength(1);
    expect(result.rows[0]).toEqual({ ...result.total, key: 'acc-shop', label: '@shop' });
  });

  test('an account without volume is still listed', () => {
    const quiet: AccountFact = { ...accounts[0], id: 'acc-quiet', handle: '@quiet' };
    const result = computeResponsiveness({ ...input('account'), accounts: [...accounts, quiet] });
    expect(result.rows.map((r) => [r.label, r.inbound, r.outbound])).toEqual([
      ['@quiet', 0, 0],
      ['@shop', 6, 7],
    ]);
  });

  test('end of data two days after the last question: recent items are undecided', () => {
    const { total } = computeResponsiveness({
      ...input('account'),
      dataEnd: new Date('2026-03-11T00:00:00Z'),
    });
    // 72 h before the data end is 8 March 00:00: Saturday's items are decided, Sunday's and Monday's are not.
    expect(total.responseRate).toEqual({ answeredWithin72h: 1, decided: 2, undecided: 3, rate: 0.5 });
  });
});
