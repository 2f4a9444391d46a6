// The Chrysler case (March 2011), rebuilt as data: an agency employee running @ChryslerAutos posted a
// profane tweet meant for his own account, at night, outside the agency's hours; it was reposted 80 times
// and deleted 20 minutes later. The ledger must see one critical incident attributed to the agency.
import type { AssignmentFact, OperatorFact } from '../model/facts.js';
import { detectIncidents } from './detect-incidents.util.js';
import { DEFAULT_INCIDENT_RULE_SETTINGS } from './incident-rule-settings.util.js';
import type { DetectionAccount, DetectionFacts, DetectionOutbound } from './incident.types.js';
import { parseWordList } from './word-matcher.util.js';

const chrysler: DetectionAccount = {
  id: 'acc-chrysler',
  handle: 'ChryslerAutos',
  timeZone: 'America/Detroit',
  slaTargetSeconds: 3600,
  allowedApplications: ['HootSuite'],
};
const operators: OperatorFact[] = [
  { id: 'op-staff', name: 'Chrysler social team', sourcingGroup: 'in_house' },
  { id: 'op-nms', name: 'NMS agent', sourcingGroup: 'agency:New Media Strategies' },
];
const weekdays = (start: number, end: number) =>
  [1, 2, 3, 4, 5].map((day) => ({ day, startMinute: start, endMinute: end }));
const assignments: AssignmentFact[] = [
  {
    accountId: chrysler.id,
    operatorId: 'op-staff',
    from: new Date('2010-01-01T05:00:00Z'),
    to: null,
    shifts: weekdays(9 * 60, 17 * 60),
  },
  {
    accountId: chrysler.id,
    operatorId: 'op-nms',
    from: new Date('2010-01-01T05:00:00Z'),
    to: null,
    shifts: weekdays(17 * 60, 22 * 60),
  },
];

// Wednesday 9 March 2011, 23:10 in Detroit (EST, UTC−5).
const postedAt = new Date('2011-03-10T04:10:00Z');
const DAY = 86_400_000;
const usual: DetectionOutbound[] = Array.from({ length: 7 }, (_, i) => ({
  accountId: chrysler.id,
  externalId: `usual-${i}`,
  kind: 'post',
  createdAt: new Date(postedAt.getTime() - (i + 1) * DAY + 14 * 3_600_000),
  deletedAt: null,
  text: 'Imported from Detroit.',
  inReplyToExternalId: null,
  conversationId: null,
  operatorId: 'op-staff',
  attributionSource: 'roster',
  application: 'HootSuite',
  engagement: { capturedAt: postedAt, reposts: 3 + (i % 3), quotes: 0, replies: 2, reactions: 12 },
}));
const profane: DetectionOutbound = {
  accountId: chrysler.id,
  externalId: '45720233547776000',
  kind: 'post',
  createdAt: postedAt,
  deletedAt: new Date(postedAt.getTime() + 20 * 60_000),
  text: 'I find it ironic that Detroit is known as the #motorcity and yet no one here knows how to fucking drive',
  inReplyToExternalId: null,
  conversationId: null,
  operatorId: 'op-nms',
  attributionSource: 'tool',
  application: 'HootSuite',
  engagement: {
    capturedAt: new Date(postedAt.getTime() + 18 * 60_000),
    reposts: 80,
    quotes: 0,
    replies: 6,
    reactions: 9,
  },
};
const facts: DetectionFacts = {
  period: { from: new Date('2011-03-01T05:00:00Z'), to: new Date('2011-04-01T04:00:00Z') },
  dataEnd: new Date('2011-03-11T00:00:00Z'),
  accounts: [chrysler],
  operators,
  assignments,
  outbound: [...usual, profane],
  inbound: [],
};
const words = parseWordList('fuck*\nshit', 'profanity', 'en');

describe('the Chrysler case', () => {
  const result = detectIncidents(facts, DEFAULT_INCIDENT_RULE_SETTINGS, { words });

  test('three rules fire on the post: content, outside the agency’s shift, amplification', () => {
    const onPost = result.hits.filter(
      (h) => h.subject.type === 'outbound_item' && h.subject.externalId === profane.externalId,
    );
    expect(onPost.map((h) => [h.rule, h.kind, h.severity]).sort()).toEqual([
      ['content', 'offensive_content', 'high'],
      ['engagement-anomaly', 'engagement_anomaly', 'medium'],
      ['off-duty-publication', 'off_duty_publication', 'low'],
    ]);
    // Deleted after 20 minutes: later than the 15-minute rule looks, and that rule rightly stays quiet.
    expect(result.hits.some((h) => h.rule === 'deleted-quickly')).toBe(false);
    expect(result.hits).toHaveLength(3);
  });

  test('merged into one critical incident, attributed to the agency, contained by the deletion', () => {
    expect(result.drafts).toHaveLength(1);
    const [incident] = result.drafts;
    expect(incident).toMatchObject({
      subjectKey: `outbound:acc-chrysler:${profane.externalId}`,
      kind: 'offensive_content',
      severity: 'critical',
      occurredAt: postedAt,
      containedAt: profane.deletedAt,
      operatorId: 'op-nms',
      sourcingGroup: 'agency:New Media Strategies',
      rules: ['content', 'engagement-anomaly', 'off-duty-publication'],
      evidence: {
        item: {
          text: profane.text,
          publishedAt: postedAt,
          deletedAt: profane.deletedAt,
          engagement: { reposts: 80 },
        },
      },
    });
    expect(incident.title).toContain('"fucking"');
  });

  test('the same post on the staff’s watch, clean and little reposted, is no incident', () => {
    const calm = {
      ...profane,
      text: 'Detroit drives.',
      operatorId: 'op-staff',
      createdAt: new Date('2011-03-09T16:00:00Z'),
      engagement: { ...profane.engagement!, reposts: 4 },
    };
    const quiet = detectIncidents({ ...facts, outbound: [...usual, calm] }, DEFAULT_INCIDENT_RULE_SETTINGS, {
      words,
    });
    expect(quiet.drafts).toEqual([]);
  });
});
