/* eslint-disable @typescript-eslint/no-explicit-any -- the API answers untyped JSON; the tests read it as a client would */
// Incidents reported and worked through the API, and platform credentials stored through it: each change in the
// register, on the incident's timeline and in the audit log with the key that made it; another workspace's
// ids are not found and change nothing; a secret is never answered and never logged.
import { createHash, randomBytes } from 'node:crypto';
import { runCli, startServer, type RunningServer } from '../support/processes.js';
import { useProcessDatabase } from '../support/test-database.js';
import {
  api,
  fileForm,
  seedIncident,
  seedWorkspace,
  withProcessDatabase,
  type SeededWorkspace,
} from './api-support.js';
import { auditEntries, expectFieldError, keyActor } from './api-writes-support.js';

const CREDENTIALS_KEY = randomBytes(32).toString('base64');

describe('REST API: incident writes and credentials', () => {
  const db = useProcessDatabase();
  let server: RunningServer;
  let acme: SeededWorkspace;
  let globex: SeededWorkspace;
  let globexIncident: string;
  let actor: string;
  /** A published item of each acme account: a report may only name an item the account has published. */
  let acmeItems: Map<string, string>;
  const call = (method: string, path: string, body?: unknown, key = acme.keys.admin) =>
    api(server.baseUrl, key, method, `/api/v1/workspaces/acme${path}`, body);
  const asGlobex = (method: string, path: string) =>
    api(server.baseUrl, globex.keys.admin, method, `/api/v1/workspaces/globex${path}`);

  beforeAll(async () => {
    await withProcessDatabase(db.env, async (d) => {
      acme = await seedWorkspace(d, 'acme', 'Acme Corp');
      globex = await seedWorkspace(d, 'globex', 'Globex Inc');
      globexIncident = await seedIncident(d, globex.id, 'Globex post on the wrong account');
      const items: { account_id: string; external_id: string }[] = await d.dataSource.query(
        `SELECT account_id, min(external_id) AS external_id FROM outbound_item WHERE workspace_id = $1
         GROUP BY account_id`,
        [acme.id],
      );
      acmeItems = new Map(items.map((r) => [r.account_id, r.external_id]));
    });
    server = await startServer({
      ...db.env,
      LEDGER_DEMO: 'off',
      LEDGER_WORKER: 'off',
      LEDGER_CREDENTIALS_KEY: CREDENTIALS_KEY,
    });
    actor = await keyActor(server.baseUrl, acme.keys.admin, 'acme', 'admin key');
  }, 180_000);

  afterAll(async () => {
    await server?.stop();
  });

  test('an analyst reports an incident as JSON: the operator and their group frozen with it, audited', async () => {
    const operator = (await call('GET', '/operators?limit=200')).body.data.find((o: any) => o.sourcingGroup);
    const account = (await call('GET', '/accounts?limit=200')).body.data[0];
    const analyst = await keyActor(server.baseUrl, acme.keys.admin, 'acme', 'analyst key');
    const body = {
      kind: 'wrong_account',
      severity: 'high',
      title: 'Reply posted on the wrong brand account',
      description: 'Seen by the night shift',
      occurredAt: '2017-10-11T22:40:00Z',
      accountId: account.id,
      operatorId: operator.id,
      itemExternalId: acmeItems.get(account.id),
    };
    const created = await call('POST', '/incidents', body, acme.keys.analyst);
    expect(created.status).toBe(201);
    const incident = created.body.data.incident;
    expect(created.body.data.merged).toBe(false);
    expect(incident).toMatchObject({
      kind: 'wrong_account',
      severity: 'high',
      status: 'open',
      title: body.title,
      description: body.description,
      occurredAt: '2017-10-11T22:40:00.000Z',
      accountId: account.id,
      accountHandle: account.handle,
      operatorName: operator.name,
      sourcingGroup: operator.sourcingGroup,
      reportedBy: analyst,
    });
    expect(incident.timeline).toEqual([expect.objectContaining({ type: 'reported', actor: analyst })]);
    // The same item reported again joins the incident instead of making a second one.
    const again = await call(
      'POST',
      '/incidents',
      { ...body, title: 'Same post, second report' },
      acme.keys.analyst,
    );
    expect(again.body.data).toMatchObject({ merged: true, incident: { id: incident.id } });
    const entries = (await auditEntries(server.baseUrl, acme.keys.admin, 'acme')).filter(
      (e) => e.entityId === incident.id,
    );
    expect(entries.map((e) => `${e.action} ${e.actor}`)).toEqual([
      `incident.created ${analyst}`,
      `incident.reported_again ${analyst}`,
    ]);
    expect(entries[0].payload).toMatchObject({ origin: 'manual', kind: 'wrong_account', title: body.title });

    const valid = { kind: 'other', severity: 'low', title: 'x' };
    expectFieldError(await call('POST', '/incidents', { ...valid, kind: 'fire' }), 'kind');
    expectFieldError(await call('POST', '/incidents', { ...valid, severity: 'huge' }), 'severity');
    expectFieldError(await call('POST', '/incidents', { ...valid, title: '' }), 'title');
    expectFieldError(await call('POST', '/incidents', { ...valid, occurredAt: 'last night' }), 'occurredAt');
    expectFieldError(
      await call('POST', '/incidents', { ...valid, occurredAt: '2999-01-01T00:00:00Z' }),
      'occurredAt',
    );
    expectFieldError(await call('POST', '/incidents', { ...valid, itemExternalId: '1' }), 'itemExternalId');
    const [someAccount] = (await call('GET', '/accounts?limit=1')).body.data;
    expectFieldError(
      await call('POST', '/incidents', { ...valid, accountId: someAccount.id, itemExternalId: '99999999' }),
      'itemExternalId',
    );
    expectFieldError(await call('POST', '/incidents', { ...valid, accountId: 'acme' }), 'accountId');
    expect((await call('POST', '/incidents', valid, acme.keys.viewer)).status).toBe(403);
    expect((await call('POST', '/incidents', valid, acme.keys.auditor)).status).toBe(403);
  });

  test('a report with evidence files (multipart): each file stored with its SHA-256, which the audit log holds', async () => {
    const screenshot = randomBytes(2048);
    const mail = 'From: customer@example.com\nSubject: your reply\n\nPlease take it down.';
    const form = fileForm({ kind: 'data_leak', severity: 'critical', title: 'Address in a reply' });
    form.append('evidence', new Blob([new Uint8Array(screenshot)], { type: 'image/png' }), 'screenshot.png');
    form.append('evidence', new Blob([mail], { type: 'message/rfc822' }), 'complaint.eml');
    const created = await call('POST', '/incidents', form, acme.keys.analyst);
    expect(created.status).toBe(201);
    const files = created.body.data.incident.evidenceFiles;
    const sha = (b: Buffer | string) => createHash('sha256').update(b).digest('hex');
    // Uploaded together, listed by name; the audit log keeps the upload order.
    expect(files.map((f: any) => [f.fileName, f.mediaType, f.sizeBytes, f.sha256])).toEqual([
      ['complaint.eml', 'message/rfc822', Buffer.byteLength(mail), sha(mail)],
      ['screenshot.png', 'image/png', 2048, sha(screenshot)],
    ]);
    const audited = (await auditEntries(server.baseUrl, acme.keys.admin, 'acme')).filter(
      (e) => e.action === 'incident.evidence_added' && e.entityId === created.body.data.incident.id,
    );
    expect(audited.map((e) => e.payload.sha256)).toEqual([sha(screenshot), sha(mail)]);

    const empty = fileForm({ kind: 'other', severity: 'low', title: 'empty file' });
    empty.append('evidence', new Blob([]), 'nothing.txt');
    expectFieldError(await call('POST', '/incidents', empty), 'evidence[0]');
    expectFieldError(await call('POST', '/incidents', fileForm({ kind: 'other', severity: 'low' })), 'title');
  });

  test('status, comments and evidence on an incident: timeline times set, every change on the timeline and in the log', async () => {
    const created = await call('POST', '/incidents', {
      kind: 'offensive_content',
      severity: 'medium',
      title: 'Off-brand joke',
      occurredAt: '2017-10-11T20:00:00Z',
    });
    const id = created.body.data.incident.id;
    const contained = await call('POST', `/incidents/${id}/status`, {
      status: 'contained',
      at: '2017-10-11T20:20:00Z',
      note: 'post deleted',
    });
    expect(contained.status).toBe(200);
    expect(contained.body.data).toMatchObject({
      status: 'contained',
      containedAt: '2017-10-11T20:20:00.000Z',
    });
    const before = Date.now();
    const resolved = (await call('POST', `/incidents/${id}/status`, { status: 'resolved' })).body.data;
    expect(resolved).toMatchObject({ status: 'resolved', containedAt: '2017-10-11T20:20:00.000Z' });
    expect(Date.parse(resolved.resolvedAt)).toBeGreaterThanOrEqual(before - 1000);
    const reopened = (await call('POST', `/incidents/${id}/status`, { status: 'open' })).body.data;
    expect(reopened).toMatchObject({ status: 'open', resolvedAt: null });

    const commented = await call('POST', `/incidents/${id}/comments`, { text: 'Agency informed' });
    expect(commented.status).toBe(201);
    const attached = await call(
      'POST',
      `/incidents/${id}/evidence`,
      fileForm({}, { name: 'export.csv', content: 'id,text\n1,joke\n' }),
    );
    expect(attached.status).toBe(201);
    expect(attached.body.data.evidenceFiles.map((f: any) => f.fileName)).toEqual(['export.csv']);
    expect(attached.body.data.timeline.map((e: any) => `${e.type} ${e.actor}`)).toEqual(
      ['reported', 'status', 'status', 'status', 'comment', 'evidence'].map((t) => `${t} ${actor}`),
    );
    expect(attached.body.data.timeline[4].body).toBe('Agency informed');
    const log = (await auditEntries(server.baseUrl, acme.keys.admin, 'acme')).filter(
      (e) => e.entityId === id,
    );
    expect(log.map((e) => `${e.action} ${e.actor}`)).toEqual(
      [
        'incident.created',
        'incident.status_changed',
        'incident.status_changed',
        'incident.status_changed',
        'incident.commented',
        'incident.evidence_added',
      ].map((a) => `${a} ${actor}`),
    );
    expect(log[1].payload).toMatchObject({ from: 'open', to: 'contained', note: 'post deleted' });

    expectFieldError(await call('POST', `/incidents/${id}/status`, { status: 'burning' }), 'status');
    expectFieldError(
      await call('POST', `/incidents/${id}/status`, { status: 'contained', at: '2017-10-01T00:00:00Z' }),
      'at',
    );
    expectFieldError(
      await call('POST', `/incidents/${id}/status`, { status: 'resolved', at: '2999-01-01T00:00:00Z' }),
      'at',
    );
    expectFieldError(await call('POST', `/incidents/${id}/comments`, { text: '' }), 'text');
    expectFieldError(await call('POST', `/incidents/${id}/comments`, { text: '   ' }), 'text');
    expectFieldError(await call('POST', `/incidents/${id}/evidence`, fileForm({})), 'file');
    expectFieldError(await call('POST', '/incidents/not-a-uuid/comments', { text: 'x' }), 'incidentId');
  });

  test('a person sets severity and kind with a reason: in the register, the timeline and the log', async () => {
    const created = await call('POST', '/incidents', {
      kind: 'other',
      severity: 'medium',
      title: 'Customer data in a reply',
      occurredAt: '2017-10-12T09:00:00Z',
    });
    const id = created.body.data.incident.id;
    expectFieldError(await call('POST', `/incidents/${id}/severity`, { severity: 'critical' }), 'reason');
    expectFieldError(
      await call('POST', `/incidents/${id}/severity`, { severity: 'critical', reason: '   ' }),
      'reason',
    );
    expectFieldError(
      await call('POST', `/incidents/${id}/severity`, { severity: 'huge', reason: 'x' }),
      'severity',
    );
    const raised = await call('POST', `/incidents/${id}/severity`, {
      severity: 'critical',
      reason: 'an address was visible',
    });
    expect(raised.status).toBe(200);
    expect(raised.body.data).toMatchObject({ severity: 'critical' });
    const renamed = await call('POST', `/incidents/${id}/kind`, {
      kind: 'data_leak',
      reason: 'customer data',
    });
    expect(renamed.body.data).toMatchObject({ kind: 'data_leak', severity: 'critical' });
    expect(renamed.body.data.timeline.slice(-2).map((e: any) => [e.type, e.body])).toEqual([
      ['severity', 'severity medium → critical: an address was visible'],
      ['kind', 'kind other → data_leak: customer data'],
    ]);
    const entries = (await auditEntries(server.baseUrl, acme.keys.admin, 'acme')).filter(
      (e) => e.entityId === id,
    );
    expect(entries.slice(-2).map((e) => [e.action, e.actor, e.payload])).toEqual([
      [
        'incident.severity_changed',
        actor,
        { from: 'medium', to: 'critical', reason: 'an address was visible' },
      ],
      ['incident.kind_changed', actor, { from: 'other', to: 'data_leak', reason: 'customer data' }],
    ]);
    expect(
      (await call('POST', `/incidents/${id}/severity`, { severity: 'low', reason: 'x' }, acme.keys.viewer))
        .status,
    ).toBe(403);
  });

  test("another workspace's incident is not found under one's own and stays as it was", async () => {
    const attempts = [
      ['status', { status: 'dismissed' }],
      ['comments', { text: 'not yours' }],
    ] as const;
    for (const [action, body] of attempts) {
      const response = await call('POST', `/incidents/${globexIncident}/${action}`, body);
      expect(response.status).toBe(404);
      expect(response.body.error).toEqual({
        status: 404,
        code: 'not_found',
        message: `No incident ${globexIncident}`,
      });
    }
    const evidence = await call(
      'POST',
      `/incidents/${globexIncident}/evidence`,
      fileForm({}, { name: 'x.txt', content: 'x' }),
    );
    expect(evidence.status).toBe(404);
    const theirs = (await asGlobex('GET', `/incidents/${globexIncident}`)).body.data;
    // Only what was there before: the report that created it.
    expect(theirs).toMatchObject({
      status: 'open',
      timeline: [expect.objectContaining({ type: 'reported' })],
      evidenceFiles: [],
    });
    const globexAccount = (await asGlobex('GET', '/accounts')).body.data[0];
    expectFieldError(
      await call('POST', '/incidents', {
        kind: 'other',
        severity: 'low',
        title: 'x',
        accountId: globexAccount.id,
      }),
      'accountId',
    );
    // Globex's log holds only the creation of its own incident: nothing acme tried left an entry there.
    expect(
      (await auditEntries(server.baseUrl, globex.keys.admin, 'globex'))
        .filter((e) => e.entityType === 'incident')
        .map((e) => [e.action, e.entityId]),
    ).toEqual([['incident.created', globexIncident]]);
  });

  test('credentials: stored sealed, answered by field names only, audited without the secret; never in the logs', async () => {
    const account = (await call('GET', '/accounts?limit=200')).body.data[0];
    const token = `tok_${randomBytes(24).toString('hex')}`;
    const stored = await call('PUT', `/accounts/${account.id}/credentials`, { token });
    expect(stored.status).toBe(200);
    expect(stored.body.data).toEqual({
      accountId: account.id,
      secretFields: ['token'],
      settings: {},
      keyId: expect.stringMatching(/^k[0-9a-f]{12}$/),
    });
    expect(stored.text).not.toContain(token);
    expect((await call('GET', `/accounts/${account.id}`)).text).not.toContain(token);
    const entry = (await auditEntries(server.baseUrl, acme.keys.admin, 'acme')).find(
      (e) => e.action === 'credentials.changed' && e.entityId === account.id,
    );
    expect(entry).toMatchObject({ actor, payload: { secretFields: ['token'], handle: account.handle } });
    expect(JSON.stringify(entry)).not.toContain(token);

    const path = `/accounts/${account.id}/credentials`;
    expectFieldError(await call('PUT', path, {}), 'token');
    expectFieldError(await call('PUT', path, { token: '' }), 'token');
    expectFieldError(await call('PUT', path, { token, appPassword: 'abcd-efgh' }), 'appPassword');
    expectFieldError(await call('PUT', path, { token, password: 'x' }), 'password');
    for (const role of ['analyst', 'viewer', 'auditor'] as const)
      expect((await call('PUT', path, { token }, acme.keys[role])).status).toBe(403);
    const globexAccount = (await asGlobex('GET', '/accounts')).body.data[0];
    const crossing = await call('PUT', `/accounts/${globexAccount.id}/credentials`, { token });
    expect(crossing.status).toBe(404);
    expect(crossing.body.error.message).toBe(`No account ${globexAccount.id}`);
    expect(
      (await auditEntries(server.baseUrl, globex.keys.admin, 'globex')).some(
        (e) => e.action === 'credentials.changed',
      ),
    ).toBe(false);

    // The process log has every request, and not the secret.
    expect(server.output()).toContain(`/accounts/${account.id}/credentials`);
    expect(server.output()).not.toContain(token);
    expect(server.output()).not.toContain(CREDENTIALS_KEY);
  });

  test('without a credentials key the server refuses with a clear 503, and the audit chain holds', async () => {
    await server.stop();
    const verify = await runCli(['audit', 'verify', '-w', 'acme'], db.env);
    expect(verify.code).toBe(0);
    server = await startServer({ ...db.env, LEDGER_DEMO: 'off', LEDGER_WORKER: 'off' });
    const account = (await call('GET', '/accounts')).body.data[0];
    const token = `tok_${randomBytes(24).toString('hex')}`;
    const refused = await call('PUT', `/accounts/${account.id}/credentials`, { token });
    expect(refused.status).toBe(503);
    expect(refused.body.error).toMatchObject({ status: 503, code: 'credentials_key_missing' });
    expect(refused.body.error.message).toContain('LEDGER_CREDENTIALS_KEY');
    expect(refused.text).not.toContain(token);
    expect(server.output()).not.toContain(token);
  }, 120_000);
});
