// A month a consultant can work out by hand (test-only; not exported from the library): one account in
// Vienna, open Monday to Friday 09:00–17:00 with Vienna's public holidays. Staff run it from 1 to 15 October
// 2026 and answer every message in 10 minutes; the agency runs it from the 16th and answers in 30 minutes.
// One customer message every hour, at half past (UTC), one reply each.
import {
  dayStart,
  IN_HOUSE,
  type AccountFact,
  type AssignmentFact,
  type InboundItemFact,
  type OperatorFact,
  type OutboundItemFact,
} from '#domain';
import type { ComparisonFacts } from './comparison-facts.types.js';

export const ZONE = 'Europe/Vienna';
export const AGENCY = 'agency:Acme';
export const PERIOD = { from: dayStart('2026-10-01', ZONE), to: dayStart('2026-11-01', ZONE) };
export const HANDOVER = dayStart('2026-10-16', ZONE);
export const STAFF_REPLY_SECONDS = 600;
export const AGENCY_REPLY_SECONDS = 1800;

export const ACCOUNT: AccountFact = {
  id: 'acct-1',
  handle: 'WienWasser',
  platform: 'x',
  timeZone: ZONE,
  signaturePattern: null,
  businessHours: [1, 2, 3, 4, 5].map((day) => ({ day, startMinute: 9 * 60, endMinute: 17 * 60 })),
  holidays: { country: 'AT', state: '9' },
  slaTargetSeconds: 3600,
};

export const OPERATORS: OperatorFact[] = [
  { id: 'op-staff', name: 'Anna', sourcingGroup: IN_HOUSE },
  { id: 'op-agency', name: 'Max', sourcingGroup: AGENCY },
];

export const ASSIGNMENTS: AssignmentFact[] = [
  { accountId: ACCOUNT.id, operatorId: 'op-staff', from: PERIOD.from, to: HANDOVER, shifts: null },
  { accountId: ACCOUNT.id, operatorId: 'op-agency', from: HANDOVER, to: null, shifts: null },
];

/** Each hour of the month (745 of them: the last Sunday of October has 25), a message and its reply. */
export function hourlyConversation(): { inbound: InboundItemFact[]; outbound: OutboundItemFact[] } {
  const inbound: InboundItemFact[] = [];
  const outbound: OutboundItemFact[] = [];
  for (let t = PERIOD.from.getTime() + 30 * 60_000; t < PERIOD.to.getTime(); t += 3_600_000) {
    const staff = t < HANDOVER.getTime();
    const id = `in-${t}`;
    inbound.push({
      accountId: ACCOUNT.id,
      externalId: id,
      createdAt: new Date(t),
      conversationId: null,
      actionable: true,
    });
    outbound.push({
      accountId: ACCOUNT.id,
      externalId: `out-${t}`,
      createdAt: new Date(t + 1000 * (staff ? STAFF_REPLY_SECONDS : AGENCY_REPLY_SECONDS)),
      inReplyToExternalId: id,
      conversationId: null,
      operatorId: staff ? 'op-staff' : 'op-agency',
      attributionSource: 'roster',
    });
  }
  return { inbound, outbound };
}

/** The month's facts; staff cost one FTE at 4,000 EUR, the agency a 1,000 EUR retainer. */
export function monthFacts(overrides: Partial<ComparisonFacts> = {}): ComparisonFacts {
  const { inbound, outbound } = hourlyConversation();
  const dataEnd = outbound[outbound.length - 1].createdAt;
  return {
    workspace: { id: 'ws-1', timeZone: ZONE },
    responsiveness: {
      from: PERIOD.from,
      to: PERIOD.to,
      dataEnd,
      accounts: [ACCOUNT],
      operators: OPERATORS,
      assignments: ASSIGNMENTS,
      inbound,
      outbound,
    },
    // As the repository loads them: published in the period (the last reply, at midnight, is not).
    outbound: outbound
      .filter((o) => o.createdAt < PERIOD.to)
      .map((o) => ({
        accountId: o.accountId,
        externalId: o.externalId,
        kind: 'reply',
        createdAt: o.createdAt,
        text: 'Danke für deine Nachricht, wir kümmern uns darum.',
        operatorId: o.operatorId,
        isRepostOfOther: false,
        deletedAt: null,
        followersAtPosting: null,
      })),
    snapshots: [],
    incidents: [],
    costModels: [
      {
        group: IN_HOUSE,
        currency: 'EUR',
        from: '2026-10-01',
        to: null,
        components: [{ kind: 'fte', perFtePerMonth: 4000, fteShare: 1 }],
      },
      {
        group: AGENCY,
        currency: 'EUR',
        from: '2026-10-01',
        to: null,
        components: [{ kind: 'retainer', perMonth: 1000 }],
      },
    ],
    plans: [],
    houseStyles: [],
    settings: { weights: {}, thresholds: {}, severityWeights: {} },
    ...overrides,
  };
}
