// A month of facts for the comparison engine, generated (seeded, so every run gives the same report) for
// specs, previews and the benchmark: accounts shared by staff (office hours) and the agency CallCo (around
// the clock), accounts handed from staff to the agency on the 15th, and accounts only staff run in office
// hours (nobody at night). Posts with engagement snapshots, incidents, cost models and a collection gap.
// `hostile` puts markup and template syntax into a post, an operator name and an incident title.
import {
  createSeededRandom,
  IN_HOUSE,
  isOnShift,
  monthPeriod,
  addMonths,
  type AccountFact,
  type AssignmentFact,
  type AttributionSource,
  type EngagementSnapshot,
  type IncidentRecord,
  type InboundItemFact,
  type OperatorFact,
  type OutboundItemFact,
  type ShiftWindow,
} from '#domain';
import type { EngineOutboundRow } from '#persistence';
import { resolveBranding } from '../../branding/report-branding.model.js';
import type { ComparisonFacts } from '../../comparison/comparison-facts.types.js';
import { buildComparisonReport } from '../../comparison/comparison-report.builder.js';
import { buildMonthlyReportModel } from '../monthly-report.builder.js';
import type { MonthlyReportModel, ReportLocale } from '../monthly-report.model.js';
import {
  AGENCY,
  attributionShares,
  dailyVolume,
  fixtureIncidents,
  HOSTILE_POST,
  posts,
  replyTo,
  row,
} from './engine-fixture-parts.js';
import type { GapListing, IncidentListing } from './engine-sections.builder.js';

export const ENGINE_FIXTURE_MONTH = '2025-04';
export const ENGINE_FIXTURE_TIME_ZONE = 'Europe/Berlin';
export { AGENCY, HOSTILE_POST };
export const HOSTILE_OPERATOR = 'Tom <img src=x onerror=alert(2)>';

export interface EngineFixtureOptions {
  accounts?: number;
  month?: string;
  hostile?: boolean;
  locale?: ReportLocale;
  /** Bootstrap resamples; default 2,000 (docs/metrics.md). */
  resamples?: number;
  isDemo?: boolean;
}

const HOUR = 3_600_000;
const weekdays = (start: number, end: number): ShiftWindow[] =>
  [1, 2, 3, 4, 5].map((day) => ({ day, startMinute: start * 60, endMinute: end * 60 }));

interface FixtureMonth {
  facts: ComparisonFacts;
  incidents: IncidentListing[];
  gaps: GapListing[];
  dailyVolume: { day: string; inbound: number; outbound: number }[];
  attribution: { sourcingGroup: string | null; source: string; items: number }[];
}

export function buildEngineFixtureMonth(options: EngineFixtureOptions & { seed: number }): FixtureMonth {
  const month = options.month ?? ENGINE_FIXTURE_MONTH;
  const tz = ENGINE_FIXTURE_TIME_ZONE;
  const { from, to } = monthPeriod(month, tz);
  const random = createSeededRandom(options.seed);
  const count = options.accounts ?? 3;
  const operators: OperatorFact[] = [
    { id: 'op-anna', name: 'Anna Schmidt', sourcingGroup: IN_HOUSE },
    { id: 'op-jonas', name: 'Jonas Weber', sourcingGroup: IN_HOUSE },
    { id: 'op-priya', name: 'Priya Raman', sourcingGroup: AGENCY },
    { id: 'op-tom', name: options.hostile ? HOSTILE_OPERATOR : "Tom O'Brien", sourcingGroup: AGENCY },
  ];
  const group = new Map(operators.map((o) => [o.id, o.sourcingGroup!]));
  const accounts: AccountFact[] = [];
  const assignments: AssignmentFact[] = [];
  const longAgo = new Date(from.getTime() - 90 * 24 * HOUR);
  const handoverAt = new Date(from.getTime() + 14 * 24 * HOUR);
  for (let i = 0; i < count; i += 1) {
    const id = `acc-${String(i).padStart(3, '0')}`;
    accounts.push({
      id,
      handle: i === 0 ? 'mueller_soehne' : `brand_${String(i).padStart(3, '0')}`,
      platform: ['x', 'facebook', 'instagram'][i % 3],
      timeZone: tz,
      signaturePattern: null,
      businessHours: weekdays(9, 17),
      slaTargetSeconds: 3600,
    });
    if (i % 3 === 0) {
      assignments.push({
        accountId: id,
        operatorId: 'op-anna',
        from: longAgo,
        to: null,
        shifts: weekdays(8, 18),
      });
      assignments.push({ accountId: id, operatorId: 'op-priya', from: longAgo, to: null, shifts: null });
    } else if (i % 3 === 1) {
      assignments.push({
        accountId: id,
        operatorId: 'op-jonas',
        from: longAgo,
        to: handoverAt,
        shifts: null,
      });
      assignments.push({ accountId: id, operatorId: 'op-tom', from: handoverAt, to: null, shifts: null });
    } else {
      assignments.push({
        accountId: id,
        operatorId: 'op-anna',
        from: longAgo,
        to: null,
        shifts: weekdays(9, 17),
      });
    }
  }
  const onShift = (accountId: string, at: Date) =>
    assignments.filter((a) => a.accountId === accountId && isOnShift(a, at, tz)).map((a) => a.operatorId);

  const inbound: InboundItemFact[] = [];
  const replies: OutboundItemFact[] = [];
  const rows: EngineOutboundRow[] = [];
  const snapshots: EngagementSnapshot[] = [];
  const dataEnd = new Date(to.getTime() + 5 * 24 * HOUR);
  const days = Math.round((to.getTime() - from.getTime()) / (24 * HOUR));
  for (const account of accounts) {
    for (let d = 0; d < days; d += 1) {
      const dayStart = from.getTime() + d * 24 * HOUR;
      const weekend = [0, 6].includes(new Date(dayStart + 12 * HOUR).getUTCDay());
      const items = random.poisson(weekend ? 5 : 10);
      for (let k = 0; k < items; k += 1) {
        const at = new Date(dayStart + Math.floor(random.next() * 24 * HOUR));
        const externalId = `${account.id}-in-${d}-${k}`;
        inbound.push({
          accountId: account.id,
          externalId,
          createdAt: at,
          conversationId: null,
          actionable: true,
        });
        const reply = replyTo(at, onShift(account.id, at), group, random);
        if (!reply) continue;
        const source: AttributionSource = random.chance(0.8)
          ? 'platform'
          : random.chance(0.5)
            ? 'tool'
            : 'signature';
        replies.push({
          accountId: account.id,
          externalId: `${externalId}-r`,
          createdAt: reply.at,
          inReplyToExternalId: externalId,
          conversationId: null,
          operatorId: reply.operatorId,
          attributionSource: source,
        });
        rows.push(
          row(account.id, `${externalId}-r`, 'reply', reply.at, 'Thanks, we are on it.', reply.operatorId),
        );
      }
      posts(account, d, dayStart, onShift, random, options.hostile ?? false, rows, snapshots, to);
    }
  }
  inbound.sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
  const incidents = fixtureIncidents(from, accounts[0], options.hostile ?? false);
  const facts: ComparisonFacts = {
    workspace: { id: 'ws-fixture', timeZone: tz },
    responsiveness: { from, to, dataEnd, accounts, operators, assignments, inbound, outbound: replies },
    outbound: rows,
    snapshots,
    incidents: incidents.map((i): IncidentRecord => ({
      id: i.id,
      accountId: accounts[0].id,
      group: i.sourcingGroup ?? 'unknown',
      kind: i.kind,
      severity: i.severity as IncidentRecord['severity'],
      status: i.status as IncidentRecord['status'],
      occurredAt: i.occurredAt,
      detectedAt: i.detectedAt,
      containedAt: i.containedAt,
    })),
    costModels: [
      {
        group: IN_HOUSE,
        currency: 'EUR',
        from: '2020-01-01',
        to: null,
        components: [{ kind: 'fte', perFtePerMonth: 5200, fteShare: 0.3 * count }],
      },
      {
        group: AGENCY,
        currency: 'EUR',
        from: '2020-01-01',
        to: null,
        components: [
          { kind: 'retainer', perMonth: 900 * count },
          { kind: 'per-item', fee: 0.8, per: 'response' },
        ],
      },
    ],
    plans: [],
    houseStyles: [],
    settings: { weights: {}, thresholds: {}, severityWeights: {} },
  };
  return {
    facts,
    incidents,
    gaps: [
      {
        accountId: accounts[0].id,
        stream: 'mentions',
        windowFrom: new Date(from.getTime() + 11 * 24 * HOUR + 8 * HOUR),
        windowTo: new Date(from.getTime() + 11 * 24 * HOUR + 12 * HOUR),
        status: 'partial',
        error: 'HTTP 503 from the platform after 5 attempts',
      },
    ],
    dailyVolume: dailyVolume(inbound, rows, tz, from, to),
    attribution: attributionShares(replies, group),
  };
}

/** The whole monthly report model for the fixture month, engine sections included. */
export function buildEngineReportFixture(options: EngineFixtureOptions = {}): MonthlyReportModel {
  const month = options.month ?? ENGINE_FIXTURE_MONTH;
  const current = buildEngineFixtureMonth({ ...options, month, seed: 20250401 });
  const previous = buildEngineFixtureMonth({ ...options, month: addMonths(month, -1), seed: 20250301 });
  const request = { resamples: options.resamples };
  const name = options.hostile ? 'Müller & Söhne <GmbH>' : 'Müller & Söhne GmbH';
  return buildMonthlyReportModel({
    workspace: {
      name,
      slug: 'mueller-soehne',
      timeZone: ENGINE_FIXTURE_TIME_ZONE,
      isDemo: options.isDemo ?? false,
    },
    branding: resolveBranding(name, null),
    archive: null,
    locale: options.locale ?? 'en',
    month,
    generatedAt: new Date(monthPeriod(month, ENGINE_FIXTURE_TIME_ZONE).to.getTime() + 6 * HOUR),
    facts: current.facts.responsiveness,
    dailyVolume: current.dailyVolume,
    attribution: current.attribution,
    unassignedOperators: options.hostile ? ['RR', '<b>Becky</b>'] : ['RR'],
    engine: {
      current: buildComparisonReport(current.facts, request),
      previous: buildComparisonReport(previous.facts, request),
      facts: current.facts,
      incidents: current.incidents,
      gaps: current.gaps,
    },
  });
}
