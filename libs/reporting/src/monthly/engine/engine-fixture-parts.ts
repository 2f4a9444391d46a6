// The pieces of the generated fixture month (engine-report.fixture.ts): who answers and how fast, the daily
// post with its engagement snapshot, the month's incidents, daily volume and attribution shares.
import {
  IN_HOUSE,
  localDay,
  type AccountFact,
  type EngagementSnapshot,
  type InboundItemFact,
  type OutboundItemFact,
  type SeededRandom,
} from '#domain';
import type { EngineOutboundRow } from '#persistence';
import type { IncidentListing } from './engine-sections.builder.js';

export const AGENCY = 'agency:CallCo';
export const HOSTILE_POST = '<script>alert("post")</script> {{constructor.constructor}} & "quoted"';
const HOUR = 3_600_000;
const MINUTE = 60_000;

export function replyTo(
  at: Date,
  onShift: string[],
  group: ReadonlyMap<string, string>,
  random: SeededRandom,
): { at: Date; operatorId: string } | null {
  if (onShift.length === 0) {
    // Nobody on shift: staff answer the next morning, if at all.
    if (random.chance(0.15)) return null;
    const next = new Date(at.getTime() + (9 + random.next() * 14) * HOUR);
    return { at: next, operatorId: 'op-anna' };
  }
  const operatorId = onShift[Math.floor(random.next() * onShift.length)];
  const agency = group.get(operatorId) !== IN_HOUSE;
  // The agency answers faster but leaves more unanswered: a decision with a trade-off.
  if (random.chance(agency ? 0.09 : 0.03)) return null;
  const seconds = random.lognormal(agency ? 14 * 60 : 26 * 60, agency ? 0.9 : 1.0);
  return { at: new Date(at.getTime() + Math.max(20, seconds) * 1000), operatorId };
}

export function posts(
  account: AccountFact,
  d: number,
  dayStart: number,
  onShift: (accountId: string, at: Date) => string[],
  random: SeededRandom,
  hostileText: boolean,
  rows: EngineOutboundRow[],
  snapshots: EngagementSnapshot[],
  to: Date,
): void {
  const at = new Date(dayStart + (10 + random.next() * 6) * HOUR);
  const operatorId = onShift(account.id, at)[0] ?? null;
  const externalId = `${account.id}-post-${d}`;
  const hostile = hostileText && account.handle === 'mueller_soehne' && d === 3;
  const text = hostile
    ? HOSTILE_POST
    : `Post ${d + 1} of ${account.handle}: news, offers and a question for you.`;
  rows.push(row(account.id, externalId, 'post', at, text, operatorId));
  const impressions = Math.round(random.lognormal(2400, 0.5));
  const rate = operatorId === 'op-priya' || operatorId === 'op-tom' ? 0.028 : 0.034;
  // The hostile post goes viral, so it heads its group's ranking and the report must print it.
  const reactions = Math.round(impressions * rate * random.uniform(0.6, 1.4)) * (hostile ? 40 : 1);
  // Posts of the last two days are younger than the fixed age when the data ends: their latest snapshot counts.
  const age = at.getTime() + 50 * HOUR < to.getTime() + 36 * HOUR ? 50 * HOUR : 20 * HOUR;
  snapshots.push({
    accountId: account.id,
    externalId,
    capturedAt: new Date(at.getTime() + age),
    reactions,
    replies: Math.round(reactions * 0.2),
    reposts: Math.round(reactions * 0.1),
    quotes: account.platform === 'x' ? Math.round(reactions * 0.02) : null,
    saves: null,
    clicks: null,
    impressions: account.platform === 'x' ? null : impressions,
    reach: account.platform === 'x' ? null : Math.round(impressions * 0.7),
    followers: 12_000,
  });
}

export function row(
  accountId: string,
  externalId: string,
  kind: string,
  createdAt: Date,
  text: string,
  operatorId: string | null,
): EngineOutboundRow {
  return {
    accountId,
    externalId,
    kind,
    createdAt,
    text,
    operatorId,
    isRepostOfOther: false,
    deletedAt: null,
    followersAtPosting: kind === 'post' ? 12_000 : null,
  };
}

export function fixtureIncidents(from: Date, account: AccountFact, hostile: boolean): IncidentListing[] {
  const at = (days: number, hours: number) => new Date(from.getTime() + days * 24 * HOUR + hours * HOUR);
  return [
    {
      id: 'inc-1',
      title: hostile
        ? 'Offensive post "<script>alert(4)</script>" deleted'
        : 'Offensive post deleted after 20 minutes',
      kind: 'offensive_content',
      severity: 'high',
      status: 'contained',
      accountHandle: account.handle,
      operatorName: 'Priya Raman',
      sourcingGroup: AGENCY,
      occurredAt: at(9, 21),
      detectedAt: new Date(at(9, 21).getTime() + 5 * MINUTE),
      containedAt: new Date(at(9, 21).getTime() + 25 * MINUTE),
      // Reported by a person: the title is theirs and is printed as typed, in every language.
      reportedBy: 'cli:jana',
      hits: [],
      evidence: {},
    },
    {
      id: 'inc-2',
      title: 'Post deleted within 15 minutes',
      kind: 'deleted_quickly',
      severity: 'medium',
      status: 'open',
      accountHandle: account.handle,
      operatorName: 'Anna Schmidt',
      sourcingGroup: IN_HOUSE,
      occurredAt: at(19, 11),
      detectedAt: at(19, 12),
      containedAt: null,
      // Found by detection: the report rebuilds the sentence from the hit in the reader's language.
      reportedBy: null,
      hits: [
        {
          rule: 'deleted-quickly',
          kind: 'deleted_quickly',
          severity: 'medium',
          occurredAt: at(19, 11),
          title: 'Post deleted within 15 minutes',
          details: { secondsOnline: 720, withinMinutes: 15, capturedText: 'Wrong price in the summer sale' },
        },
      ],
      evidence: {},
    },
  ];
}

export function dailyVolume(
  inbound: InboundItemFact[],
  rows: EngineOutboundRow[],
  tz: string,
  from: Date,
  to: Date,
) {
  const days = new Map<string, { day: string; inbound: number; outbound: number }>();
  const at = (instant: Date) => {
    const day = localDay(instant, tz);
    let entry = days.get(day);
    if (!entry) days.set(day, (entry = { day, inbound: 0, outbound: 0 }));
    return entry;
  };
  for (const item of inbound) at(item.createdAt).inbound += 1;
  for (const r of rows) if (r.createdAt >= from && r.createdAt < to) at(r.createdAt).outbound += 1;
  return [...days.values()];
}

export function attributionShares(replies: OutboundItemFact[], group: ReadonlyMap<string, string>) {
  const counts = new Map<string, { sourcingGroup: string | null; source: string; items: number }>();
  for (const reply of replies) {
    const g = reply.operatorId ? (group.get(reply.operatorId) ?? null) : null;
    const key = `${g}|${reply.attributionSource}`;
    const entry = counts.get(key) ?? { sourcingGroup: g, source: reply.attributionSource, items: 0 };
    entry.items += 1;
    counts.set(key, entry);
  }
  return [...counts.values()].sort((a, b) =>
    `${a.sourcingGroup}${a.source}`.localeCompare(`${b.sourcingGroup}${b.source}`),
  );
}
