import { computeFirstResponses } from '../responsiveness/first-responses.util.js';
import { DEFAULT_INCIDENT_RULE_SETTINGS } from './incident-rule-settings.util.js';
import type { DetectionFacts } from './incident.types.js';
import { BRAND, facts, inbound, outbound, viennaWed } from './incidents.fixtures.js';
import { findSlaBreaches } from './sla-breaches.util.js';
import { slaBreachStreakRule } from './sla-breach-streak.rule.js';

const settings = DEFAULT_INCIDENT_RULE_SETTINGS.slaBreachStreak;

function streaks(f: DetectionFacts, s = settings) {
  const breaches = findSlaBreaches(
    computeFirstResponses(f.inbound, f.outbound),
    new Map([[BRAND.id, BRAND]]),
    f.dataEnd,
  );
  return slaBreachStreakRule(f, breaches, s);
}

/** `n` questions an hour apart from `start`, none answered. */
const questions = (prefix: string, n: number, start: Date) =>
  Array.from({ length: n }, (_, i) =>
    inbound({ externalId: `${prefix}${i}`, createdAt: new Date(start.getTime() + i * 3_600_000) }),
  );

describe('SLA breach streaks', () => {
  test('five questions unanswered past their one-hour target within a day are one streak', () => {
    const [hit, ...rest] = streaks(facts({ inbound: questions('q', 5, viennaWed('09:00')) }));
    expect(rest).toEqual([]);
    expect(hit).toMatchObject({
      rule: 'sla-breach-streak',
      kind: 'sla_breach_streak',
      severity: 'medium',
      operatorId: null,
      // The streak exists from the fifth breach on: the fifth question's deadline, 14:00 in Vienna.
      occurredAt: viennaWed('14:00'),
      subject: {
        type: 'account_window',
        accountId: BRAND.id,
        from: viennaWed('10:00'),
        to: viennaWed('14:00'),
      },
      details: { breaches: 5, unanswered: 5, items: ['q0', 'q1', 'q2', 'q3', 'q4'] },
    });
    expect(hit.title).toBe('5 SLA breaches in a row on @BrandAutos');
  });

  test('four breaches are not a streak; answering one in time breaks a five', () => {
    expect(streaks(facts({ inbound: questions('q', 4, viennaWed('09:00')) }))).toEqual([]);
    const five = questions('q', 5, viennaWed('09:00'));
    const reply = outbound({
      externalId: 'r2',
      kind: 'reply',
      inReplyToExternalId: 'q2',
      createdAt: viennaWed('11:30'),
    });
    expect(streaks(facts({ inbound: five, outbound: [reply] }))).toEqual([]);
  });

  test('late answers are breaches too', () => {
    const five = questions('q', 5, viennaWed('09:00'));
    const late = five.map((q, i) =>
      outbound({
        externalId: `r${i}`,
        kind: 'reply',
        inReplyToExternalId: q.externalId,
        createdAt: new Date(q.createdAt.getTime() + 2 * 3_600_000),
      }),
    );
    const [hit] = streaks(facts({ inbound: five, outbound: late }));
    expect(hit.details).toMatchObject({ breaches: 5, unanswered: 0 });
  });

  test('two bad days a week apart are two streaks, not one', () => {
    const hits = streaks(
      facts({
        inbound: [...questions('a', 6, viennaWed('09:00')), ...questions('b', 5, viennaWed('09:00', 7))],
      }),
    );
    expect(hits.map((h) => h.details.breaches)).toEqual([6, 5]);
  });

  test('deadlines after the end of the data are not decided yet', () => {
    const five = questions('q', 5, viennaWed('09:00'));
    expect(streaks(facts({ inbound: five, dataEnd: viennaWed('13:30') }))).toEqual([]);
  });

  test('a workspace can ask for three breaches within two hours', () => {
    const three = questions('q', 3, viennaWed('09:00')).map((q, i) => ({
      ...q,
      createdAt: new Date(q.createdAt.getTime() - i * 1_800_000),
    }));
    expect(streaks(facts({ inbound: three }), { ...settings, breaches: 3, withinHours: 2 })).toHaveLength(1);
  });
});
