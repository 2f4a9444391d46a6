import type {
  AccountFact,
  AssignmentFact,
  InboundItemFact,
  OperatorFact,
  OutboundItemFact,
} from '../model/facts.js';
import { computeFirstResponses } from '../responsiveness/first-responses.util.js';
import { responsibleGroupResolver } from './comparison-items.util.js';

// "Our staff work 9 to 5; whatever comes in at night waits, and some of it is never answered."
// A Vienna shop (UTC+1 in March 2026). Anna (staff) is on shift weekdays 09:00–17:00. From 16 March the
// agency Acme is added for weekends only. Whose is each question?
const shop: AccountFact = {
  id: 'shop',
  handle: 'shop',
  platform: 'x',
  timeZone: 'Europe/Vienna',
  signaturePattern: null,
};
const operators: OperatorFact[] = [
  { id: 'anna', name: 'Anna', sourcingGroup: 'in_house' },
  { id: 'acme-1', name: 'Acme desk', sourcingGroup: 'agency:Acme' },
];
const weekdays = [1, 2, 3, 4, 5].map((day) => ({ day, startMinute: 540, endMinute: 1020 }));
const weekend = [0, 6].map((day) => ({ day, startMinute: 0, endMinute: 1440 }));
const assignments: AssignmentFact[] = [
  {
    accountId: 'shop',
    operatorId: 'anna',
    from: new Date('2026-02-01T00:00:00Z'),
    to: null,
    shifts: weekdays,
  },
  {
    accountId: 'shop',
    operatorId: 'acme-1',
    from: new Date('2026-03-16T00:00:00Z'),
    to: null,
    shifts: weekend,
  },
];

const question = (id: string, at: string): InboundItemFact => ({
  accountId: 'shop',
  externalId: id,
  createdAt: new Date(at),
  conversationId: null,
  actionable: true,
});
const reply = (to: string, at: string, operatorId: string): OutboundItemFact => ({
  accountId: 'shop',
  externalId: `r-${to}`,
  createdAt: new Date(at),
  inReplyToExternalId: to,
  conversationId: null,
  operatorId,
  attributionSource: 'signature',
});

function groups(inbound: InboundItemFact[], outbound: OutboundItemFact[]): Record<string, string> {
  const groupOf = responsibleGroupResolver({ accounts: [shop], operators, assignments });
  return Object.fromEntries(
    computeFirstResponses(inbound, outbound).map((r) => [r.inbound.externalId, groupOf(r)]),
  );
}

describe('staff who work office hours leave the night questions', () => {
  test('a question at 22:00 on a Tuesday, answered next morning, is the staff’s (they answered it)', () => {
    expect(
      groups(
        [question('tue-night', '2026-03-10T21:00:00Z')],
        [reply('tue-night', '2026-03-11T08:30:00Z', 'anna')],
      ),
    ).toEqual({ 'tue-night': 'in_house' });
  });

  test('the same question never answered is the staff’s too: only they run the account', () => {
    // Counting it as `unknown` would keep it out of the staff's response rate while the answered ones count.
    expect(groups([question('tue-night', '2026-03-10T21:00:00Z')], [])).toEqual({ 'tue-night': 'in_house' });
  });

  test('once staff and agency share the account, an unanswered question while neither is on shift is nobody’s', () => {
    // Tuesday 17 March, 22:00: Anna's shift ended, Acme covers weekends only. A gap in coverage, not a team's miss.
    expect(groups([question('gap', '2026-03-17T21:00:00Z')], [])).toEqual({ gap: 'unknown' });
  });

  test('a weekend question is the agency’s whether it answered or staff did on Monday', () => {
    expect(
      groups(
        [question('sat', '2026-03-21T10:00:00Z'), question('sun', '2026-03-22T10:00:00Z')],
        [reply('sun', '2026-03-23T08:10:00Z', 'anna')],
      ),
    ).toEqual({ sat: 'agency:Acme', sun: 'agency:Acme' });
  });

  test('before anybody was assigned, an unanswered question is nobody’s', () => {
    expect(groups([question('early', '2026-01-20T10:00:00Z')], [])).toEqual({ early: 'unknown' });
  });
});
