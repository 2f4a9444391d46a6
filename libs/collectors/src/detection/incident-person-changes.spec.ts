// People correct the ledger (severity, kind), reports join incidents, detection runs again: what a person decided
// stands, every change is in the log, and the tables cannot be changed behind the log's back.
import { AuditLogRepository } from '#persistence';
import { CHRYSLER, seedChryslerCase } from '../../../../test/e2e/incidents-chrysler.fixture.js';
import { by, incidentServices } from './incident-services.test-helper.js';
import { useTestDatabase } from '../../../../test/support/test-database.js';

describe('people change severity and kind; detection and reports do not undo it', () => {
  const t = useTestDatabase();
  let workspaceId: string;
  let accountId: string;
  let s: ReturnType<typeof incidentServices>;
  let incidentId: string;

  beforeAll(async () => {
    ({ workspaceId, accountId } = await seedChryslerCase(t.db.dataSource));
    s = incidentServices(t.db);
    const run = await s.detection.detect(workspaceId, { by: by(0) });
    incidentId = run.created[0].id;
  });

  const actions = async () =>
    (
      await new AuditLogRepository(t.db.dataSource).listForEntities(workspaceId, 'incident', [incidentId])
    ).map((a) => [a.action, a.payload.reason ?? a.payload.raisedSeverity ?? null]);

  test('a reason is required; the change is in the timeline and the audit log, and the ledger still verifies', async () => {
    await expect(
      s.actions.setSeverity(workspaceId, incidentId, 'medium', { ...by(1), reason: '  ' }),
    ).rejects.toThrow('a reason is required to change the severity');
    const lowered = await s.actions.setSeverity(workspaceId, incidentId, 'medium', {
      ...by(2),
      reason: 'the post reached few people',
    });
    expect(lowered.severity).toBe('medium');
    const events = await s.timeline.listEvents([incidentId]);
    expect(events.at(-1)).toMatchObject({
      type: 'severity',
      body: 'severity critical → medium: the post reached few people',
    });
    expect((await actions()).at(-1)).toEqual(['incident.severity_changed', 'the post reached few people']);
    expect(await s.audit.verify(workspaceId)).toMatchObject({ ok: true, ledger: { mismatches: [] } });
  });

  test('detection leaves a severity and a kind a person set, even when its hits call for more', async () => {
    await s.actions.setKind(workspaceId, incidentId, 'wrong_account', {
      ...by(3),
      reason: 'personal account mix-up',
    });
    const run = await s.detection.detect(workspaceId, { by: by(4) });
    expect(run.updated).toEqual([]);
    expect(await s.incidents.findById(workspaceId, incidentId)).toMatchObject({
      severity: 'medium',
      kind: 'wrong_account',
    });
  });

  test('a joining report raises the severity to its own, never lowers it, and says so in the log', async () => {
    const report = (severity: 'low' | 'critical', minute: number) =>
      s.ledger.reportManual(
        workspaceId,
        {
          kind: 'data_leak',
          severity,
          title: 'Customer data in the post',
          occurredAt: CHRYSLER.postedAt,
          accountId,
          itemExternalId: CHRYSLER.postId,
        },
        by(minute),
      );
    expect(await report('low', 5)).toEqual({ id: incidentId, merged: true });
    expect((await s.incidents.findById(workspaceId, incidentId))?.severity).toBe('medium');
    await report('critical', 6);
    expect((await s.incidents.findById(workspaceId, incidentId))?.severity).toBe('critical');
    expect((await actions()).slice(-2)).toEqual([
      ['incident.reported_again', null],
      ['incident.reported_again', { from: 'medium', to: 'critical' }],
    ]);
    expect(await s.audit.verify(workspaceId)).toMatchObject({ ok: true, ledger: { mismatches: [] } });
  });

  test('an update detection planned before a person raised the severity does not lower it', async () => {
    const stale = {
      id: incidentId,
      kind: 'offensive_content' as const,
      severity: 'high' as const,
      rules: ['content'],
      hits: [],
      window: null,
      containedAt: CHRYSLER.deletedAt,
      rulesAdded: [],
      changes: ['severity medium → high', 'hits updated: content'],
    };
    await s.actions.setSeverity(workspaceId, incidentId, 'critical', { ...by(7), reason: 'press coverage' });
    expect(await s.ledger.applyDetected(workspaceId, stale, by(8))).toBe(true);
    expect(await s.incidents.findById(workspaceId, incidentId)).toMatchObject({
      severity: 'critical',
      kind: 'wrong_account',
    });
    expect((await s.timeline.listEvents([incidentId])).at(-1)?.body).toBe('hits updated: content');
    expect((await s.audit.verify(workspaceId)).ok).toBe(true);
  });

  test('a person’s change waits for a transaction that holds the incident, then applies on top of it', async () => {
    const runner = t.db.dataSource.createQueryRunner();
    await runner.connect();
    await runner.startTransaction();
    try {
      await runner.query(`SELECT id FROM incident WHERE id = $1 FOR UPDATE`, [incidentId]);
      let done = false;
      const change = s.actions
        .changeStatus(workspaceId, incidentId, 'resolved', { ...by(9), note: null })
        .then((v) => ((done = true), v));
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(done).toBe(false);
      await runner.commitTransaction();
      expect((await change).status).toBe('resolved');
    } finally {
      if (runner.isTransactionActive) await runner.rollbackTransaction();
      await runner.release();
    }
  });

  test('a report naming an item the account never published, or a future time, is refused by field', async () => {
    const base = { kind: 'other' as const, severity: 'low' as const, title: 'x', accountId };
    await expect(
      s.ledger.reportManual(
        workspaceId,
        { ...base, occurredAt: by(10).at, itemExternalId: '99999999' },
        by(10),
      ),
    ).rejects.toMatchObject({
      field: 'itemExternalId',
      message: 'item 99999999: the account has published no item with this id',
    });
    await expect(
      s.ledger.reportManual(workspaceId, { ...base, occurredAt: by(11).at }, by(10)),
    ).rejects.toMatchObject({ field: 'occurredAt', message: expect.stringContaining('is in the future') });
  });
});

describe('the timeline and evidence are append-only; what the owner changes anyway, verify names', () => {
  const t = useTestDatabase();
  let workspaceId: string;
  let incidentId: string;
  let s: ReturnType<typeof incidentServices>;

  beforeAll(async () => {
    ({ workspaceId } = await seedChryslerCase(t.db.dataSource));
    s = incidentServices(t.db);
    incidentId = (await s.detection.detect(workspaceId, { by: by(0) })).created[0].id;
    await s.actions.comment(workspaceId, incidentId, 'Agency informed', by(1));
    await s.actions.attachEvidence(
      workspaceId,
      incidentId,
      { fileName: 'shot.png', mediaType: 'image/png', content: Buffer.from('original bytes') },
      by(2),
    );
  });

  test('the application can neither update, delete nor truncate events or evidence, nor delete the incident', async () => {
    const ds = t.db.dataSource;
    for (const table of ['incident_event', 'incident_evidence']) {
      const column = table === 'incident_event' ? 'actor' : 'added_by';
      await expect(ds.query(`UPDATE ${table} SET ${column} = 'forger'`)).rejects.toThrow(
        `${table} is append-only: UPDATE refused`,
      );
      await expect(ds.query(`DELETE FROM ${table}`)).rejects.toThrow(
        `${table} is append-only: DELETE refused`,
      );
      await expect(ds.query(`TRUNCATE ${table}`)).rejects.toThrow(
        `${table} is append-only: TRUNCATE refused`,
      );
    }
    await expect(ds.query(`DELETE FROM incident WHERE id = $1`, [incidentId])).rejects.toThrow(
      'incident_event is append-only: DELETE refused',
    );
    expect(await s.timeline.listEvents([incidentId])).toHaveLength(3);
  });

  test('rows changed with the triggers off: each change is named by incident and field', async () => {
    await t.db.dataSource.transaction(async (m) => {
      await m.query(`SET LOCAL session_replication_role = replica`);
      await m.query(`UPDATE incident SET severity = 'low', sourcing_group = 'in_house' WHERE id = $1`, [
        incidentId,
      ]);
      await m.query(
        `UPDATE incident_evidence SET content = $2, sha256 = encode(sha256($2::bytea), 'hex') WHERE incident_id = $1`,
        [incidentId, Buffer.from('forged bytes')],
      );
      await m.query(`DELETE FROM incident_event WHERE incident_id = $1 AND type = 'comment'`, [incidentId]);
    });
    const result = await s.audit.verify(workspaceId);
    expect(result.ok).toBe(false);
    expect(result.firstBreak).toMatchObject({ reason: 'ledger_mismatch' });
    const named = result.ledger!.mismatches.map((m) => [
      m.incidentId,
      m.field.replace(/ [0-9a-f-]{36}/, ' <id>'),
    ]);
    expect(named).toEqual([
      [incidentId, 'severity'],
      [incidentId, 'sourcingGroup'],
      [incidentId, 'timeline'],
      [incidentId, 'evidence <id> sha256'],
      [incidentId, 'evidence <id> content'],
    ]);
    expect(result.ledger!.mismatches[0].message).toMatch(
      new RegExp(`^incident ${incidentId}: severity: log says critical \\(entry #\\d+\\), table says low$`),
    );
  });
});
