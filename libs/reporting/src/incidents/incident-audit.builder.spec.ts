// The incident audit model of the Chrysler case: what an auditor reconstructs a year later.
import { buildIncidentAuditFixture } from './incident-audit.fixture.js';

describe('incident audit model', () => {
  const model = buildIncidentAuditFixture();
  const [chrysler, streak] = model.incidents;

  it('keeps the timeline and computes the time to contain', () => {
    expect(chrysler.occurredAt.toISOString()).toBe('2011-03-10T04:10:00.000Z');
    expect(chrysler.timeToContainSeconds).toBe(18 * 60);
    expect(chrysler.containedBeforeDetected).toBe(false);
    expect(streak.timeToContainSeconds).toBeNull();
    expect(streak.window).toEqual({
      from: new Date('2011-03-12T08:00:00Z'),
      to: new Date('2011-03-12T15:00:00Z'),
    });
  });

  it('finds the operator assigned to the account but off shift at 23:10 Detroit time, and assigned elsewhere', () => {
    expect(chrysler.assignment.status).toBe('off_shift');
    expect(chrysler.assignment.onAccount).toEqual([
      expect.objectContaining({ accountHandle: 'ChryslerAutos', inForce: true, onShift: false }),
    ]);
    expect(chrysler.assignment.elsewhere).toEqual([
      expect.objectContaining({ accountHandle: 'Dodge', inForce: true, onShift: true }),
    ]);
    expect(streak.assignment.status).toBe('no_operator');
  });

  it('flattens the evidence as captured into readable fields, the text exactly as stored', () => {
    expect(chrysler.evidence).toEqual([
      { key: 'item.application', value: 'HootSuite' },
      { key: 'item.engagement.reposts', value: '80' },
      { key: 'item.text', value: expect.stringContaining('<b>drive</b> {{this}}') },
    ]);
    expect(chrysler.hits[0].details).toEqual([
      { key: 'matches[0].list', value: 'profanity' },
      { key: 'matches[0].match', value: 'f*cking' },
      { key: 'matches[0].term', value: 'f*cking' },
    ]);
  });

  it('attaches the audit entries of each incident, each checked against its hash', () => {
    expect(chrysler.auditEntries.map((e) => [e.seq, e.action, e.hashVerified])).toEqual([
      [1, 'incident.created', true],
      [2, 'incident.status_changed', true],
    ]);
    expect(streak.auditEntries.map((e) => e.seq)).toEqual([3]);
    const tampered = buildIncidentAuditFixture('en', { tamper: true });
    expect(tampered.incidents[0].auditEntries.map((e) => e.hashVerified)).toEqual([true, false]);
  });

  it('sums up severities and statuses', () => {
    expect(model.summary).toMatchObject({
      incidents: 2,
      bySeverity: { low: 0, medium: 1, high: 0, critical: 1 },
      byStatus: { open: 1, contained: 0, resolved: 1, dismissed: 0 },
      auditEntries: 3,
      chain: { ok: true, checked: 3, headSeq: 3 },
    });
  });
});
