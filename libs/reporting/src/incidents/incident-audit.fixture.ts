// An incident audit as a spec or preview needs it: the Chrysler case (an agency post at 23:10, after the
// agency's evening shift, deleted 20 minutes later) and an SLA streak reported about no operator, with
// timelines, evidence as captured, files, assignments and the audit log entries that concern them.
import { chainAuditEntry, type AssignmentFact, type StoredAuditEntry } from '#domain';
import type { IncidentView } from '#persistence';
import { resolveBranding } from '../branding/report-branding.model.js';
import type { ReportLocale } from '../monthly/monthly-report.model.js';
import { buildIncidentAuditModel, type IncidentAuditInputs } from './incident-audit.builder.js';
import type { IncidentAuditModel } from './incident-audit.model.js';

export const AUDIT_FIXTURE_POST =
  'I find it ironic that Detroit is known as the #motorcity and yet no one here knows how to <b>drive</b> {{this}}';

const W = 'ws-audit';
const weekdays = (start: number, end: number) =>
  [1, 2, 3, 4, 5].map((day) => ({ day, startMinute: start, endMinute: end }));

function incident(overrides: Partial<IncidentView>): IncidentView {
  return {
    id: '00000000-0000-4000-8000-000000000001',
    workspaceId: W,
    accountId: 'acc-chrysler',
    accountHandle: 'ChryslerAutos',
    kind: 'offensive_content',
    severity: 'critical',
    status: 'resolved',
    title: 'Offensive content on @ChryslerAutos ("f*cking"): "I find it ironic…"',
    description: null,
    occurredAt: new Date('2011-03-10T04:10:00Z'),
    detectedAt: new Date('2011-03-10T04:12:00Z'),
    containedAt: new Date('2011-03-10T04:30:00Z'),
    resolvedAt: new Date('2011-03-11T15:00:00Z'),
    operatorId: 'op-nms',
    operatorName: 'NMS agent',
    sourcingGroup: 'agency:New Media Strategies',
    subjectKey: 'outbound:acc-chrysler:45720233547776000',
    rules: ['content', 'engagement-anomaly', 'off-duty-publication'],
    hits: [
      {
        rule: 'content',
        kind: 'offensive_content',
        severity: 'high',
        occurredAt: '2011-03-10T04:10:00.000Z',
        title: 'Offensive content on @ChryslerAutos ("f*cking"): "I find it ironic…"',
        details: { matches: [{ term: 'f*cking', list: 'profanity', match: 'f*cking' }] },
      },
    ],
    windowFrom: null,
    windowTo: null,
    evidence: { item: { text: AUDIT_FIXTURE_POST, application: 'HootSuite', engagement: { reposts: 80 } } },
    reportedBy: null,
    createdAt: new Date('2011-03-10T04:12:00Z'),
    updatedAt: new Date('2011-03-11T15:00:00Z'),
    ...overrides,
  };
}

export function incidentAuditInputs(
  options: { tamper?: boolean } = {},
): Omit<IncidentAuditInputs, 'branding' | 'archive' | 'locale' | 'generatedAt'> {
  const incidents = [
    incident({}),
    incident({
      id: '00000000-0000-4000-8000-000000000002',
      kind: 'sla_breach_streak',
      severity: 'medium',
      status: 'open',
      title: '5 SLA breaches in a row on @ChryslerAutos',
      occurredAt: new Date('2011-03-12T15:00:00Z'),
      detectedAt: new Date('2011-03-12T16:00:00Z'),
      containedAt: null,
      resolvedAt: null,
      operatorId: null,
      operatorName: null,
      sourcingGroup: null,
      rules: ['sla-breach-streak'],
      // As slaBreachStreakRule stores it (jsonb: dates as strings).
      hits: [
        {
          rule: 'sla-breach-streak',
          kind: 'sla_breach_streak',
          severity: 'medium',
          occurredAt: '2011-03-12T15:00:00.000Z',
          title: '5 SLA breaches in a row on @ChryslerAutos',
          details: {
            breaches: 5,
            unanswered: 2,
            threshold: { breaches: 5, withinHours: 24 },
            firstDeadline: '2011-03-12T08:00:00.000Z',
            lastDeadline: '2011-03-12T15:00:00.000Z',
            items: ['in-1', 'in-2', 'in-3', 'in-4', 'in-5'],
          },
        },
      ],
      windowFrom: new Date('2011-03-12T08:00:00Z'),
      windowTo: new Date('2011-03-12T15:00:00Z'),
      evidence: { window: { from: '2011-03-12T08:00:00.000Z', to: '2011-03-12T15:00:00.000Z' } },
    }),
  ];
  let head: { seq: number; hash: string } | null = null;
  const auditEntries: StoredAuditEntry[] = [];
  const append = (entityId: string, action: string, payload: Record<string, unknown>, at: string) => {
    const entry = chainAuditEntry(head, {
      workspaceId: W,
      occurredAt: new Date(at),
      actor: 'detection (cli:auditor)',
      action,
      entityType: 'incident',
      entityId,
      payload,
    });
    head = { seq: entry.seq, hash: entry.hash };
    auditEntries.push({ ...entry, id: String(entry.seq) });
  };
  append(
    incidents[0].id,
    'incident.created',
    { severity: 'critical', rules: incidents[0].rules },
    '2011-03-10T04:12:00Z',
  );
  append(
    incidents[0].id,
    'incident.status_changed',
    { from: 'contained', to: 'resolved' },
    '2011-03-11T15:00:00Z',
  );
  append(incidents[1].id, 'incident.created', { severity: 'medium' }, '2011-03-12T16:00:00Z');
  if (options.tamper) auditEntries[1] = { ...auditEntries[1], actor: 'someone else' };
  const assignments: AssignmentFact[] = [
    {
      accountId: 'acc-chrysler',
      operatorId: 'op-staff',
      from: new Date('2010-06-01T04:00:00Z'),
      to: null,
      shifts: weekdays(540, 1020),
    },
    {
      accountId: 'acc-chrysler',
      operatorId: 'op-nms',
      from: new Date('2010-06-01T04:00:00Z'),
      to: null,
      shifts: weekdays(1020, 1320),
    },
    {
      accountId: 'acc-dodge',
      operatorId: 'op-nms',
      from: new Date('2010-06-01T04:00:00Z'),
      to: null,
      shifts: null,
    },
  ];
  return {
    workspace: {
      name: 'Chrysler (case rebuilt)',
      slug: 'chrysler',
      timeZone: 'America/Detroit',
      isDemo: false,
    },
    period: { from: new Date('2011-03-01T05:00:00Z'), to: new Date('2011-04-01T04:00:00Z') },
    accountFilter: null,
    incidents,
    events: [
      {
        id: '1',
        incidentId: incidents[0].id,
        at: new Date('2011-03-10T04:12:00Z'),
        actor: 'detection',
        type: 'detected',
        body: 'detected by content, engagement-anomaly, off-duty-publication',
        details: { rules: ['content', 'engagement-anomaly', 'off-duty-publication'] },
      },
      {
        id: '2',
        incidentId: incidents[0].id,
        at: new Date('2011-03-11T14:00:00Z'),
        actor: 'cli:auditor',
        type: 'comment',
        body: 'Agency confirmed: <i>personal account mix-up</i>',
        details: {},
      },
    ],
    evidenceFiles: [
      {
        id: 'f1',
        incidentId: incidents[0].id,
        fileName: 'screenshot.png',
        mediaType: 'image/png',
        sizeBytes: 48213,
        sha256: 'a'.repeat(64),
        addedAt: new Date('2011-03-10T06:00:00Z'),
        addedBy: 'cli:auditor',
      },
    ],
    accounts: [
      { id: 'acc-chrysler', handle: 'ChryslerAutos', platform: 'x', timeZone: 'America/Detroit' },
      { id: 'acc-dodge', handle: 'Dodge', platform: 'x', timeZone: 'America/Detroit' },
    ],
    assignments,
    auditEntries,
    chain: { ok: true, checked: auditEntries.length, head, firstBreak: null },
  };
}

export function buildIncidentAuditFixture(
  locale: ReportLocale = 'en',
  options: { tamper?: boolean } = {},
): IncidentAuditModel {
  const inputs = incidentAuditInputs(options);
  return buildIncidentAuditModel({
    ...inputs,
    branding: resolveBranding(inputs.workspace.name, null),
    archive: { reportId: '11111111-2222-4333-8444-555555555555', dataFingerprint: 'f'.repeat(64) },
    locale,
    generatedAt: new Date('2011-04-02T12:00:00Z'),
  });
}
