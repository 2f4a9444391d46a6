import type { AssignmentFact, OperatorAliasFact, OperatorFact } from '../model/facts.js';
import { buildAttributionLookups } from './attribution-lookups.util.js';
import type { OutboundToAttribute } from './attribution.types.js';
import { attributeOutbound, completeAttribution } from './outbound-attribution.util.js';

const account = { timeZone: 'Europe/Vienna', signaturePattern: null };
const operators: OperatorFact[] = [
  { id: 'op-anna', name: 'Anna Berg', sourcingGroup: 'in_house' },
  { id: 'op-rr', name: 'Robert Roth', sourcingGroup: 'agency:Northwind' },
  { id: 'op-night', name: 'Nina Nacht', sourcingGroup: 'agency:Northwind' },
];
const aliases: OperatorAliasFact[] = [{ accountId: 'acc', signature: 'RR', operatorId: 'op-rr' }];
// In-house covers weekdays 08:00–18:00 local; the agency covers the rest of the week.
const assignments: AssignmentFact[] = [
  {
    accountId: 'acc',
    operatorId: 'op-anna',
    from: new Date('2026-01-01T00:00:00Z'),
    to: null,
    shifts: [1, 2, 3, 4, 5].map((day) => ({ day, startMinute: 8 * 60, endMinute: 18 * 60 })),
  },
  {
    accountId: 'acc',
    operatorId: 'op-night',
    from: new Date('2026-01-01T00:00:00Z'),
    to: null,
    shifts: [
      ...[1, 2, 3, 4, 5].map((day) => ({ day, startMinute: 18 * 60, endMinute: 8 * 60 })),
      { day: 6, startMinute: 0, endMinute: 24 * 60 },
      { day: 0, startMinute: 0, endMinute: 24 * 60 },
    ],
  },
];
const lookups = buildAttributionLookups({ operators, aliases, assignments });

// Tuesday 10 March 2026, 10:00 in Vienna (CET).
const tuesdayMorning = new Date('2026-03-10T09:00:00Z');
const item = (overrides: Partial<OutboundToAttribute> = {}): OutboundToAttribute => ({
  accountId: 'acc',
  createdAt: tuesdayMorning,
  text: 'Happy to help!',
  ...overrides,
});

describe('attributeOutbound, in METRICS.md order', () => {
  test('Meta names the admin: the platform wins over a signature and the roster', () => {
    const result = attributeOutbound({
      item: item({ platformOperatorName: 'anna berg', text: 'Sorted ^RR' }),
      account,
      lookups,
    });
    expect(result).toEqual({ operatorId: 'op-anna', source: 'platform', signature: 'RR' });
  });

  test('Sprout "Sent by" names the sender: the tool wins over the signature', () => {
    const result = attributeOutbound({
      item: item({ toolOperatorName: 'Nina  Nacht', text: 'Sorted ^RR' }),
      account,
      lookups,
    });
    expect(result).toEqual({ operatorId: 'op-night', source: 'tool', signature: 'RR' });
  });

  test('a known signature, even on someone else’s shift', () => {
    const result = attributeOutbound({
      item: item({ text: 'Sorted ^RR https://t.co/znUu1VJn9r' }),
      account,
      lookups,
    });
    expect(result).toEqual({ operatorId: 'op-rr', source: 'signature', signature: 'RR' });
  });

  test('unsigned on a weekday morning: the roster says in-house', () => {
    expect(attributeOutbound({ item: item(), account, lookups })).toEqual({
      operatorId: 'op-anna',
      source: 'roster',
      signature: null,
    });
  });

  test('unsigned at 19:00 on a weekday: the agency night shift', () => {
    const result = attributeOutbound({
      item: item({ createdAt: new Date('2026-03-10T18:00:00Z') }),
      account,
      lookups,
    });
    expect(result).toEqual({ operatorId: 'op-night', source: 'roster', signature: null });
  });

  test('two operators on shift at once: the roster cannot tell, the item is unknown', () => {
    const overlapping = buildAttributionLookups({
      operators,
      aliases,
      assignments: [
        ...assignments,
        {
          accountId: 'acc',
          operatorId: 'op-rr',
          from: new Date('2026-03-01T00:00:00Z'),
          to: null,
          shifts: null,
        },
      ],
    });
    expect(attributeOutbound({ item: item(), account, lookups: overlapping })).toEqual({
      operatorId: null,
      source: 'unknown',
      signature: null,
    });
  });

  test('nobody assigned: unknown', () => {
    const empty = buildAttributionLookups({ operators: [], aliases: [], assignments: [] });
    expect(attributeOutbound({ item: item(), account, lookups: empty })).toEqual({
      operatorId: null,
      source: 'unknown',
      signature: null,
    });
  });
});

describe('evidence that names someone we do not know yet', () => {
  test('a new signature is reported, not guessed from the roster', () => {
    const result = attributeOutbound({ item: item({ text: 'On it -Becky' }), account, lookups });
    expect(result).toEqual({
      operatorId: null,
      source: 'signature',
      signature: 'Becky',
      unknownSignature: 'Becky',
    });
  });

  test('the caller creates an unassigned operator for it and binds the item', () => {
    const pending = attributeOutbound({ item: item({ text: 'On it -Becky' }), account, lookups });
    expect(completeAttribution(pending, 'op-becky')).toEqual({
      operatorId: 'op-becky',
      source: 'signature',
      signature: 'Becky',
    });
  });

  test('once the alias exists, the same text attributes directly', () => {
    const learned = buildAttributionLookups({
      operators: [...operators, { id: 'op-becky', name: 'Becky', sourcingGroup: null }],
      aliases: [...aliases, { accountId: 'acc', signature: 'Becky', operatorId: 'op-becky' }],
      assignments,
    });
    expect(
      attributeOutbound({ item: item({ text: 'On it -Becky' }), account, lookups: learned }).operatorId,
    ).toBe('op-becky');
  });

  test('an alias belongs to one account: ^RR elsewhere is someone else', () => {
    const result = attributeOutbound({
      item: item({ accountId: 'other', text: 'Sorted ^RR' }),
      account,
      lookups,
    });
    expect(result.unknownSignature).toBe('RR');
  });

  test('the platform names a person without an operator: reported for creation', () => {
    const result = attributeOutbound({
      item: item({ platformOperatorName: ' Paula Neu ' }),
      account,
      lookups,
    });
    expect(result).toEqual({
      operatorId: null,
      source: 'platform',
      signature: null,
      unknownOperatorName: 'Paula Neu',
    });
  });

  test('completing an attribution that waits for nobody is a programming error', () => {
    expect(() =>
      completeAttribution({ operatorId: 'op-anna', source: 'roster', signature: null }, 'op-x'),
    ).toThrow(/not waiting/);
  });
});

describe('two operators with the same name', () => {
  const twins: OperatorFact[] = [
    { id: 'op-sam-house', name: 'Sam', sourcingGroup: 'in_house' },
    { id: 'op-sam-agency', name: 'Sam', sourcingGroup: 'agency:Northwind' },
  ];

  test('the one assigned to the account is meant', () => {
    const twinLookups = buildAttributionLookups({
      operators: twins,
      aliases: [],
      assignments: [
        {
          accountId: 'acc',
          operatorId: 'op-sam-agency',
          from: new Date('2026-01-01T00:00:00Z'),
          to: null,
          shifts: [],
        },
      ],
    });
    const result = attributeOutbound({
      item: item({ toolOperatorName: 'Sam' }),
      account,
      lookups: twinLookups,
    });
    expect(result).toEqual({ operatorId: 'op-sam-agency', source: 'tool', signature: null });
  });

  test('neither assigned: the name proves nothing, the signature decides', () => {
    const twinLookups = buildAttributionLookups({ operators: twins, aliases, assignments: [] });
    const result = attributeOutbound({
      item: item({ toolOperatorName: 'Sam', text: 'Done ^RR' }),
      account,
      lookups: twinLookups,
    });
    expect(result).toEqual({ operatorId: 'op-rr', source: 'signature', signature: 'RR' });
  });
});

test('a broken account pattern fails on the first item, naming the pattern', () => {
  expect(() =>
    attributeOutbound({
      item: item({ platformOperatorName: 'Anna Berg' }),
      account: { ...account, signaturePattern: '[' },
      lookups,
    }),
  ).toThrow(/Invalid signature pattern "\["/);
});
