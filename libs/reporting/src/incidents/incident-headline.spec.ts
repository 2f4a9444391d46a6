// Incident headlines in the reader's language, rebuilt from what the real detection rules store: the English
// sentence must be the title the rule wrote (nothing lost), the German one must be German.
import {
  compileTextMatcher,
  contentRule,
  DEFAULT_INCIDENT_RULE_SETTINGS,
  deletedQuicklyRule,
  offDutyPublicationRule,
  parseWordList,
  slaBreachStreakRule,
  wrongAccountRule,
  type DetectionAccount,
  type DetectionFacts,
  type DetectionOutbound,
  type RuleHit,
  type SlaBreach,
} from '#domain';
import { findReportsDir } from '../find-reports-dir.js';
import type { LocaleCatalog } from '../locale/locale-catalog.js';
import { loadReportTemplateSet } from '../report-template-set.js';
import { headlineSource, incidentHeadline, type HeadlineIncident } from './incident-headline.js';
import { actorName, eventBody } from './incident-timeline-text.js';

const BRAND: DetectionAccount = {
  id: 'acc-brand',
  handle: 'BrandAutos',
  timeZone: 'Europe/Vienna',
  slaTargetSeconds: 3600,
  allowedApplications: ['Sprout Social'],
};
const settings = DEFAULT_INCIDENT_RULE_SETTINGS;
// Wednesday 9 March 2011; 23:10 in Vienna is off every shift below.
const at = (iso: string) => new Date(iso);

function post(overrides: Partial<DetectionOutbound>): DetectionOutbound {
  return {
    accountId: BRAND.id,
    externalId: 'p1',
    kind: 'post',
    createdAt: at('2011-03-09T22:10:00Z'),
    deletedAt: null,
    text: 'I find it ironic that nobody here knows how to drive, damn',
    inReplyToExternalId: null,
    conversationId: null,
    operatorId: 'op-scott',
    attributionSource: 'signature',
    application: null,
    engagement: null,
    ...overrides,
  };
}

function facts(outbound: DetectionOutbound[], assignmentAccount = BRAND.id): DetectionFacts {
  return {
    period: { from: at('2011-03-01T00:00:00Z'), to: at('2011-04-01T00:00:00Z') },
    dataEnd: at('2011-03-31T00:00:00Z'),
    accounts: [BRAND, { ...BRAND, id: 'acc-parts', handle: 'BrandParts', allowedApplications: null }],
    operators: [{ id: 'op-scott', name: 'Scott B', sourcingGroup: 'agency:NewMedia' }],
    assignments: [
      {
        accountId: assignmentAccount,
        operatorId: 'op-scott',
        from: at('2011-01-01T00:00:00Z'),
        to: null,
        shifts: [1, 2, 3, 4, 5].map((day) => ({ day, startMinute: 480, endMinute: 1020 })),
      },
    ],
    outbound,
    inbound: [],
  };
}

/** The incident as the ledger keeps it: hits through jsonb (dates become strings), the item's text captured. */
function stored(hit: RuleHit, extra: Partial<HeadlineIncident> = {}): HeadlineIncident {
  const { subject: _subject, operatorId: _operator, ...record } = hit;
  return {
    title: hit.title,
    kind: hit.kind,
    reportedBy: null,
    accountHandle: BRAND.handle,
    hits: [JSON.parse(JSON.stringify(record)) as Record<string, unknown>],
    evidence: { item: { text: post({}).text } },
    ...extra,
  };
}

function onlyHit(hits: RuleHit[]): RuleHit {
  expect(hits).toHaveLength(1);
  return hits[0];
}

describe('incident headlines', () => {
  let en: LocaleCatalog;
  let de: LocaleCatalog;
  const say = (incident: HeadlineIncident) => ({
    en: incidentHeadline(headlineSource(incident), en),
    de: incidentHeadline(headlineSource(incident), de),
  });

  beforeAll(async () => {
    const set = await loadReportTemplateSet(findReportsDir());
    ({ en, de } = set.catalogs);
  });

  it('says an SLA streak in German, and in English as the rule titled it', () => {
    const breaches: SlaBreach[] = Array.from({ length: 5 }, (_, i) => ({
      accountId: BRAND.id,
      inboundExternalId: `in-${i}`,
      receivedAt: at(`2011-03-09T0${i}:00:00Z`),
      deadline: at(`2011-03-09T0${i + 1}:00:00Z`),
      answeredAt: null,
    }));
    const hit = onlyHit(slaBreachStreakRule(facts([]), breaches, settings.slaBreachStreak));
    expect(hit.title).toBe('5 SLA breaches in a row on @BrandAutos');
    expect(say(stored(hit))).toEqual({
      en: '5 SLA breaches in a row on @BrandAutos',
      de: '5 SLA-Verfehlungen in Folge auf @BrandAutos',
    });
  });

  it('says off-duty, wrong-account, deleted and content hits in both languages', () => {
    const offDuty = onlyHit(offDutyPublicationRule(facts([post({})]), settings.offDutyPublication));
    const wrongApp = onlyHit(
      wrongAccountRule(facts([post({ application: 'Twitter for iPhone' })]), settings.wrongAccount),
    );
    const wrongOperator = onlyHit(wrongAccountRule(facts([post({})], 'acc-parts'), settings.wrongAccount));
    const deleted = onlyHit(
      deletedQuicklyRule(facts([post({ deletedAt: at('2011-03-09T22:22:00Z') })]), settings.deletedQuickly),
    );
    const matcher = compileTextMatcher(parseWordList('damn\n', 'profanity', 'spec'));
    const content = onlyHit(contentRule(facts([post({})]), matcher, settings.content));

    for (const hit of [offDuty, wrongApp, wrongOperator, deleted, content])
      expect(say(stored(hit)).en).toBe(hit.title);
    expect(say(stored(offDuty)).de).toBe('Auf @BrandAutos außerhalb der Schicht veröffentlicht');
    expect(say(stored(wrongApp)).de).toBe(
      'Auf @BrandAutos mit Twitter for iPhone veröffentlicht, das nicht zu den erlaubten Anwendungen des Kontos gehört',
    );
    expect(say(stored(wrongOperator)).de).toBe(
      'Auf @BrandAutos von einem Bearbeiter veröffentlicht, der dem Konto nicht zugeordnet ist',
    );
    expect(say(stored(deleted)).de).toBe(
      'Auf @BrandAutos 12 Min. nach der Veröffentlichung gelöscht: „I find it ironic that nobody here knows how to drive, damn“',
    );
    expect(say(stored(content)).de).toBe(
      'Anstößiger Inhalt auf @BrandAutos („damn“): „I find it ironic that nobody here knows how to drive, damn“',
    );
  });

  it('says backlog surges and engagement anomalies from the details those rules keep', () => {
    const hit = (rule: string, kind: string, title: string, details: Record<string, unknown>) => ({
      title,
      kind,
      reportedBy: null,
      accountHandle: 'BrandAutos',
      hits: [{ rule, kind, severity: 'medium', title, details }],
      evidence: { item: { text: 'Our new model is here.' } },
    });
    expect(
      say(
        hit('backlog-surge', 'backlog_surge', 'x', {
          peak: 1450,
          baselineMedian: 6.5,
          peakAt: '2011-03-09T12:00:00.000Z',
        }),
      ),
    ).toEqual({
      en: 'Backlog surge on @BrandAutos: 1,450 items waiting (usually 6.5)',
      de: 'Sprunghafter Rückstand auf @BrandAutos: 1.450 Beiträge warten (sonst 6,5)',
    });
    expect(
      say(
        hit('engagement-anomaly', 'engagement_anomaly', 'x', {
          signal: 'amplification',
          reposts: 70,
          quotes: 10,
          baselineMedian: null,
        }),
      ).de,
    ).toBe(
      '80 Reposts und Zitate auf @BrandAutos (zu wenige frühere Beiträge zum Vergleich): „Our new model is here.“',
    );
    expect(
      say(
        hit('engagement-anomaly', 'engagement_anomaly', 'x', {
          signal: 'negative_reply_surge',
          from: '2011-03-09T10:00:00.000Z',
          to: '2011-03-09T11:30:00.000Z',
          items: 42,
        }),
      ).de,
    ).toBe('Welle negativer Antworten auf @BrandAutos: 42 Beiträge in 90 Min. nach „Our new model is here.“');
  });

  it('keeps the title a person typed, and a title whose hit lacks the details', () => {
    const manual: HeadlineIncident = {
      title: 'Intern posted the launch date early',
      kind: 'data_leak',
      reportedBy: 'anna@brand.example',
      accountHandle: 'BrandAutos',
      hits: [],
      evidence: {},
    };
    expect(say(manual).de).toBe('Intern posted the launch date early');
    const old: HeadlineIncident = {
      ...manual,
      reportedBy: null,
      kind: 'sla_breach_streak',
      title: '5 SLA breaches within 24 h',
      hits: [{ rule: 'sla-breach-streak', kind: 'sla_breach_streak', title: 'x', details: {} }],
    };
    expect(say(old).de).toBe('5 SLA breaches within 24 h');
  });

  it('translates the timeline: who detected it, by which rules, what changed; comments as written', () => {
    expect(
      eventBody({ type: 'detected', actor: 'detection', body: 'detected by sla-breach-streak, content' }, de),
    ).toBe('entdeckt durch Serie von SLA-Verfehlungen, Wortlisten (Inhalt)');
    expect(
      eventBody(
        {
          type: 'updated',
          actor: 'detection',
          body: 'rules added: content; severity high → critical; window extended',
        },
        de,
      ),
    ).toBe('Regeln hinzugekommen: Wortlisten (Inhalt); Schwere Hoch → Kritisch; Zeitfenster verlängert');
    expect(
      eventBody({ type: 'status', actor: 'cli:anna', body: 'status open → contained: deleted it' }, de),
    ).toBe('Status Offen → Eingedämmt: deleted it');
    expect(eventBody({ type: 'comment', actor: 'cli:anna', body: 'detected by me' }, de)).toBe(
      'detected by me',
    );
    expect(actorName('detection (demo)', de)).toBe('Erkennung (Demo)');
    expect(actorName('detection (cli:anna)', de)).toBe('Erkennung (cli:anna)');
    expect(actorName('cli:anna', de)).toBe('cli:anna');
    expect(actorName('detection (demo)', en)).toBe('detection (demo)');
  });
});
