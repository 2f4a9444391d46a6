import { DEFAULT_INCIDENT_RULE_SETTINGS } from './incident-rule-settings.util.js';
import { ASSIGNMENTS, BRAND, facts, outbound, viennaWed } from './incidents.fixtures.js';
import { offDutyPublicationRule } from './off-duty-publication.rule.js';

const settings = DEFAULT_INCIDENT_RULE_SETTINGS.offDutyPublication;
const run = (items: Parameters<typeof outbound>[0][], assignments = ASSIGNMENTS) =>
  offDutyPublicationRule(facts({ outbound: items.map(outbound), assignments }), settings);

describe('publication outside assignment or shift', () => {
  test('the agency, on evenings until 21:00, posting at 23:40 is outside its shift', () => {
    const [hit] = run([{ externalId: 'night', operatorId: 'op-scott', createdAt: viennaWed('23:40') }]);
    expect(hit).toMatchObject({
      rule: 'off-duty-publication',
      kind: 'off_duty_publication',
      severity: 'low',
      operatorId: 'op-scott',
      details: { reason: 'outside_shift', timeZone: 'Europe/Vienna', graceMinutes: 15 },
    });
  });

  test('on shift, or within the 15 minutes of grace around it, is not', () => {
    expect(
      run([
        { externalId: 'evening', operatorId: 'op-scott', createdAt: viennaWed('19:00') },
        { externalId: 'finishing', operatorId: 'op-scott', createdAt: viennaWed('21:10') },
        { externalId: 'early', operatorId: 'op-anna', createdAt: viennaWed('07:50') },
      ]),
    ).toEqual([]);
    expect(run([{ externalId: 'late', operatorId: 'op-scott', createdAt: viennaWed('21:16') }])).toHaveLength(
      1,
    );
  });

  test('after the assignment ended it is unauthorised access, high', () => {
    const ended = ASSIGNMENTS.map((a) =>
      a.operatorId === 'op-scott' ? { ...a, to: new Date('2011-03-01T00:00:00Z') } : a,
    );
    const [hit] = run(
      [{ externalId: 'after', operatorId: 'op-scott', createdAt: viennaWed('19:00') }],
      ended,
    );
    expect(hit).toMatchObject({
      kind: 'unauthorised_access',
      severity: 'high',
      details: { reason: 'after_assignment_end', assignmentEndedAt: new Date('2011-03-01T00:00:00Z') },
    });
    expect(hit.title).toBe('Published after the assignment on @BrandAutos ended');
  });

  test('before the assignment started it is outside the assignment, medium', () => {
    const later = ASSIGNMENTS.map((a) =>
      a.operatorId === 'op-scott' ? { ...a, from: new Date('2011-04-01T00:00:00Z') } : a,
    );
    const [hit] = run(
      [{ externalId: 'before', operatorId: 'op-scott', createdAt: viennaWed('19:00') }],
      later,
    );
    expect(hit).toMatchObject({
      kind: 'off_duty_publication',
      severity: 'medium',
      details: { reason: 'outside_assignment' },
    });
  });

  test('no basis, no hit: roster attribution, unknown operators, people the roster does not know', () => {
    expect(
      run([
        {
          externalId: 'r',
          operatorId: 'op-anna',
          attributionSource: 'roster',
          createdAt: viennaWed('23:00'),
        },
        { externalId: 'u', operatorId: null, attributionSource: 'unknown', createdAt: viennaWed('23:00') },
        { externalId: 's', operatorId: 'op-nobody', createdAt: viennaWed('23:00') },
        // Assigned to another account only: the wrong-account rule's case.
        { externalId: 'w', operatorId: 'op-parts', accountId: BRAND.id, createdAt: viennaWed('23:00') },
      ]),
    ).toEqual([]);
  });

  test('shifts are read in the account time zone across the DST change', () => {
    // Monday 28 March 2011, 07:30 UTC is 09:30 in Vienna (CEST): Anna is on shift.
    expect(
      run([{ externalId: 'dst', operatorId: 'op-anna', createdAt: new Date('2011-03-28T07:30:00Z') }]),
    ).toEqual([]);
    // The same UTC time on Saturday 26 March (CET, 08:30) is a weekend: off shift.
    expect(
      run([{ externalId: 'sat', operatorId: 'op-anna', createdAt: new Date('2011-03-26T07:30:00Z') }]),
    ).toHaveLength(1);
  });
});
