import { buildIncidentDrafts } from './incident-drafts.util.js';
import { DEFAULT_INCIDENT_RULE_SETTINGS } from './incident-rule-settings.util.js';
import type { RuleHit } from './incident.types.js';
import { BRAND, facts, outbound, viennaWed } from './incidents.fixtures.js';

const escalation = DEFAULT_INCIDENT_RULE_SETTINGS.escalation;
const onItem = (
  rule: RuleHit['rule'],
  kind: RuleHit['kind'],
  severity: RuleHit['severity'],
  externalId = 'p',
): RuleHit => ({
  rule,
  kind,
  severity,
  subject: { type: 'outbound_item', accountId: BRAND.id, externalId },
  occurredAt: viennaWed('23:00'),
  operatorId: 'op-scott',
  title: `${rule} on ${externalId}`,
  details: {},
});
const streak = (from: string, to: string): RuleHit => ({
  rule: 'sla-breach-streak',
  kind: 'sla_breach_streak',
  severity: 'medium',
  subject: { type: 'account_window', accountId: BRAND.id, from: viennaWed(from), to: viennaWed(to) },
  occurredAt: viennaWed(to),
  operatorId: null,
  title: 'streak',
  details: {},
});

describe('merging rule hits into incidents', () => {
  const item = outbound({ externalId: 'p', operatorId: 'op-scott', createdAt: viennaWed('23:00') });

  test('hits on one item are one incident named after its worst hit', () => {
    const drafts = buildIncidentDrafts(
      [
        onItem('off-duty-publication', 'off_duty_publication', 'low'),
        onItem('deleted-quickly', 'deleted_quickly', 'medium'),
      ],
      facts({ outbound: [item] }),
      escalation,
    );
    expect(drafts).toHaveLength(1);
    expect(drafts[0]).toMatchObject({
      kind: 'deleted_quickly',
      severity: 'medium',
      title: 'deleted-quickly on p',
      rules: ['deleted-quickly', 'off-duty-publication'],
      operatorId: 'op-scott',
      sourcingGroup: 'agency:NewMedia',
      evidence: { item: { externalId: 'p', text: item.text } },
    });
  });

  test('three rules agreeing raise the severity one level; wide reach raises it once more', () => {
    const three = [
      onItem('off-duty-publication', 'off_duty_publication', 'low'),
      onItem('deleted-quickly', 'deleted_quickly', 'medium'),
      onItem('wrong-account', 'wrong_account', 'medium'),
    ];
    expect(buildIncidentDrafts(three, facts({ outbound: [item] }), escalation)[0]).toMatchObject({
      severity: 'high',
      kind: 'wrong_account',
    });
    const reposted = {
      ...item,
      engagement: { capturedAt: viennaWed('23:10'), reposts: 45, quotes: 5, replies: 0, reactions: 0 },
    };
    expect(buildIncidentDrafts(three, facts({ outbound: [reposted] }), escalation)[0].severity).toBe(
      'critical',
    );
    expect(
      buildIncidentDrafts(three.slice(0, 1), facts({ outbound: [reposted] }), escalation)[0].severity,
    ).toBe('medium');
  });

  test('hits on different items stay apart', () => {
    const drafts = buildIncidentDrafts(
      [
        onItem('content', 'offensive_content', 'high', 'a'),
        onItem('content', 'offensive_content', 'high', 'b'),
      ],
      facts(),
      escalation,
    );
    expect(drafts.map((d) => d.subjectKey)).toEqual(['outbound:acc-brand:a', 'outbound:acc-brand:b']);
  });

  test('overlapping windows of one rule on one account are one incident over their union', () => {
    const drafts = buildIncidentDrafts(
      [streak('09:00', '12:00'), streak('11:00', '15:00'), streak('18:00', '20:00')],
      facts(),
      escalation,
    );
    expect(drafts.map((d) => d.window)).toEqual([
      { from: viennaWed('09:00'), to: viennaWed('15:00') },
      { from: viennaWed('18:00'), to: viennaWed('20:00') },
    ]);
  });

  test('an account-level incident belongs to the group on shift when it occurred, if there is one', () => {
    const [evening, overnight] = buildIncidentDrafts(
      [streak('17:30', '19:00'), streak('23:00', '23:30')],
      facts(),
      escalation,
    );
    // 19:00 on a Wednesday: only the agency is on shift. 23:30: nobody is.
    expect(evening).toMatchObject({
      operatorId: null,
      sourcingGroup: 'agency:NewMedia',
      occurredAt: viennaWed('19:00'),
    });
    expect(overnight.sourcingGroup).toBeNull();
  });
});
