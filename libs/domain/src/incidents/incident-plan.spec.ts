import type { ExistingIncident, IncidentDraft } from './incident-draft.types.js';
import { planIncidentChanges } from './incident-plan.util.js';
import { DEFAULT_INCIDENT_RULE_SETTINGS } from './incident-rule-settings.util.js';
import { viennaWed } from './incidents.fixtures.js';

const escalation = DEFAULT_INCIDENT_RULE_SETTINGS.escalation;
const hit = (
  rule: 'content' | 'off-duty-publication' | 'sla-breach-streak',
  severity: 'low' | 'medium' | 'high',
  details = {},
) => ({
  rule,
  kind:
    rule === 'content'
      ? ('offensive_content' as const)
      : rule === 'sla-breach-streak'
        ? ('sla_breach_streak' as const)
        : ('off_duty_publication' as const),
  severity,
  occurredAt: viennaWed('23:00'),
  title: rule,
  details,
});
const draft = (overrides: Partial<IncidentDraft> = {}): IncidentDraft => ({
  subjectKey: 'outbound:acc:p',
  accountId: 'acc',
  kind: 'offensive_content',
  severity: 'high',
  title: 'content',
  occurredAt: viennaWed('23:00'),
  containedAt: null,
  operatorId: 'op',
  sourcingGroup: 'agency:X',
  window: null,
  rules: ['content'],
  hits: [hit('content', 'high', { matches: [{ match: 'fucking', at: new Date('2011-03-09T22:00:00Z') }] })],
  evidence: {},
  ...overrides,
});
/** The incident as the ledger hands it back: dates inside details come back from jsonb as strings. */
const stored = (d: IncidentDraft, overrides: Partial<ExistingIncident> = {}): ExistingIncident => ({
  id: 'inc-1',
  subjectKey: d.subjectKey,
  accountId: d.accountId,
  kind: d.kind,
  severity: d.severity,
  status: 'open',
  manual: false,
  rules: d.rules,
  hits: JSON.parse(JSON.stringify(d.hits), (k, v) => (k === 'occurredAt' ? new Date(v) : v)),
  window: d.window,
  containedAt: d.containedAt,
  ...overrides,
});

describe('detection against the ledger', () => {
  test('new subjects become incidents', () => {
    expect(planIncidentChanges([draft()], [], new Map(), escalation)).toEqual({
      create: [draft()],
      update: [],
      unchanged: 0,
    });
  });

  test('running detection again over the same facts changes nothing', () => {
    expect(planIncidentChanges([draft()], [stored(draft())], new Map(), escalation)).toEqual({
      create: [],
      update: [],
      unchanged: 1,
    });
  });

  test('a rule that fires later on the same item is added to the incident, with the severity it brings', () => {
    const later = draft({ rules: ['off-duty-publication'], hits: [hit('off-duty-publication', 'low')] });
    const existing = stored(draft(), { severity: 'high' });
    const { update } = planIncidentChanges([later], [existing], new Map(), {
      ...escalation,
      corroboratingRules: 2,
    });
    expect(update).toEqual([
      expect.objectContaining({
        id: 'inc-1',
        kind: 'offensive_content',
        severity: 'critical',
        rules: ['content', 'off-duty-publication'],
        rulesAdded: ['off-duty-publication'],
        changes: ['rules added: off-duty-publication', 'severity high → critical'],
      }),
    ]);
    expect(update[0].hits.map((h) => h.rule)).toEqual(['content', 'off-duty-publication']);
  });

  test('never lowers a severity a person raised; keeps the kind of a manual report', () => {
    const existing = stored(draft(), {
      severity: 'critical',
      kind: 'data_leak',
      manual: true,
      rules: [],
      hits: [],
    });
    const [update] = planIncidentChanges([draft()], [existing], new Map(), escalation).update;
    expect(update).toMatchObject({ severity: 'critical', kind: 'data_leak', rulesAdded: ['content'] });
  });

  test('a deletion noticed after the incident was recorded contains it', () => {
    const deleted = draft({ containedAt: viennaWed('23:20') });
    const [update] = planIncidentChanges([deleted], [stored(draft())], new Map(), escalation).update;
    expect(update).toMatchObject({
      containedAt: viennaWed('23:20'),
      changes: ['contained: the item was deleted'],
    });
  });

  test('a streak that grew updates the incident whose window it overlaps', () => {
    const window = { from: viennaWed('09:00'), to: viennaWed('12:00') };
    const first = draft({
      subjectKey: 'window:sla-breach-streak:acc:x',
      kind: 'sla_breach_streak',
      rules: ['sla-breach-streak'],
      window,
      hits: [hit('sla-breach-streak', 'medium', { breaches: 5 })],
    });
    const grown = draft({
      subjectKey: 'window:sla-breach-streak:acc:y',
      kind: 'sla_breach_streak',
      rules: ['sla-breach-streak'],
      window: { from: viennaWed('08:00'), to: viennaWed('14:00') },
      hits: [hit('sla-breach-streak', 'medium', { breaches: 8 })],
    });
    const [update] = planIncidentChanges([grown], [stored(first)], new Map(), escalation).update;
    expect(update.window).toEqual({ from: viennaWed('08:00'), to: viennaWed('14:00') });
    expect(update.changes).toEqual(['hits updated: sla-breach-streak', 'window extended']);
    expect(update.hits).toEqual([expect.objectContaining({ details: { breaches: 8 } })]);
  });
});
