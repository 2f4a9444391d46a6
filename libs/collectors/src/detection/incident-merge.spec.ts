// A person merges detection's incident into another one: later detection runs put their hits on the kept
// incident and never reopen or update the merged duplicate; a report about the duplicate's item joins the kept
// incident; the ledger still verifies.
import { CHRYSLER, seedChryslerCase } from '../../../../test/e2e/incidents-chrysler.fixture.js';
import { by, incidentServices } from './incident-services.test-helper.js';
import { useTestDatabase } from '../../../../test/support/test-database.js';
import { IncidentMergeError } from './incident-actions.service.js';

describe('detection after a person merged its incident into another', () => {
  const t = useTestDatabase();
  let workspaceId: string;
  let accountId: string;
  let s: ReturnType<typeof incidentServices>;

  beforeAll(async () => {
    ({ workspaceId, accountId } = await seedChryslerCase(t.db.dataSource));
    s = incidentServices(t.db);
  });

  test('hits on the duplicate’s subject go to the kept incident; the duplicate is never touched again', async () => {
    const first = await s.detection.detect(workspaceId, { by: by(0) });
    expect(first.created).toHaveLength(1);
    const detected = first.created[0].id;
    // The agency's own report of the same night, filed without naming the item: detection could not join it.
    const { id: kept } = await s.ledger.reportManual(
      workspaceId,
      {
        kind: 'offensive_content',
        severity: 'medium',
        title: 'Agency reports a profane tweet',
        occurredAt: CHRYSLER.postedAt,
        accountId,
      },
      by(1),
    );

    await expect(s.actions.merge(workspaceId, kept, detected, { ...by(2), reason: '  ' })).rejects.toThrow(
      'a reason is required',
    );
    const after = await s.actions.merge(workspaceId, kept, detected, { ...by(2), reason: 'same tweet' });
    // Raised to the duplicate's severity, never lowered.
    expect(after.severity).toBe('critical');
    const duplicate = await s.incidents.findById(workspaceId, detected);
    expect(duplicate).toMatchObject({ status: 'merged' });
    await expect(s.actions.merge(workspaceId, kept, detected, { ...by(3), reason: 'again' })).rejects.toThrow(
      IncidentMergeError,
    );
    expect(await s.audit.verify(workspaceId)).toMatchObject({ ok: true, ledger: { mismatches: [] } });

    // Detection runs again over the same facts: the kept incident takes the hits (it had none).
    const second = await s.detection.detect(workspaceId, { by: by(10) });
    expect(second.created).toEqual([]);
    expect(second.updated.map((u) => u.id)).toEqual([kept]);
    const keptNow = await s.incidents.findById(workspaceId, kept);
    expect(keptNow?.rules.length).toBeGreaterThanOrEqual(3);
    expect(keptNow).toMatchObject({ severity: 'critical', kind: 'offensive_content' });
    const duplicateNow = await s.incidents.findById(workspaceId, detected);
    expect(duplicateNow).toMatchObject({ status: 'merged', updatedAt: duplicate!.updatedAt });
    expect((await s.timeline.listEvents([detected])).map((e) => e.type)).toEqual(['detected', 'merged_into']);

    // Again: nothing left to change anywhere.
    const third = await s.detection.detect(workspaceId, { by: by(20) });
    expect(third).toMatchObject({ created: [], updated: [] });

    // A report about the duplicate's item joins the kept incident.
    const joined = await s.ledger.reportManual(
      workspaceId,
      {
        kind: 'offensive_content',
        severity: 'low',
        title: 'Seen on the brand account',
        occurredAt: CHRYSLER.deletedAt,
        accountId,
        itemExternalId: CHRYSLER.postId,
      },
      by(30),
    );
    expect(joined).toEqual({ id: kept, merged: true });
    expect(await s.audit.verify(workspaceId)).toMatchObject({ ok: true, ledger: { mismatches: [] } });
  });
});
