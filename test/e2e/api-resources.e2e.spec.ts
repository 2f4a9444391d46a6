/* eslint-disable @typescript-eslint/no-explicit-any -- the API answers untyped JSON; the tests read it as a client would */
// The REST API as a script uses it: every endpoint's happy path and its validation errors, against the server
// as a real process on the real database, seeded with the real twcs sample and the example roster.
import { createHash } from 'node:crypto';
import { startServer, type RunningServer } from '../support/processes.js';
import { useProcessDatabase } from '../support/test-database.js';
import {
  api,
  fileForm,
  seedIncident,
  seedWorkspace,
  twcsWithBadRows,
  withProcessDatabase,
  type SeededWorkspace,
} from './api-support.js';

describe('REST API: resources', () => {
  const db = useProcessDatabase();
  let server: RunningServer;
  let acme: SeededWorkspace;
  let base: string;
  let admin: string;
  const call = <T = any>(method: string, path: string, body?: unknown, key = admin) =>
    api<T>(server.baseUrl, key, method, base + path, body);

  beforeAll(async () => {
    acme = await withProcessDatabase(db.env, async (d) => {
      const seeded = await seedWorkspace(d, 'acme', 'Acme Corp');
      await seedIncident(d, seeded.id, 'Reply from the wrong account', 'high');
      await seedIncident(d, seeded.id, 'Off-brand joke', 'low');
      return seeded;
    });
    server = await startServer({ ...db.env, LEDGER_DEMO: 'off', LEDGER_WORKER: 'off' });
    base = `/api/v1/workspaces/${acme.slug}`;
    admin = acme.keys.admin;
  }, 120_000);

  afterAll(async () => {
    await server?.stop();
  });

  function expectFieldError(response: { status: number; body: any }, field: string): void {
    expect(response.status).toBe(400);
    expect(response.body.error).toMatchObject({ status: 400, code: 'validation_failed' });
    expect(response.body.error.fields.map((f: { field: string }) => f.field)).toContain(field);
    expect(response.body.error.message).toContain(field);
  }

  test('health and readiness: database reachable, migrations current', async () => {
    expect((await api(server.baseUrl, null, 'GET', '/health')).body).toEqual({ status: 'ok' });
    const ready = await api(server.baseUrl, null, 'GET', '/ready');
    expect(ready.status).toBe(200);
    expect(ready.body).toEqual({ status: 'ready', database: 'reachable', migrations: 'current' });
  });

  test('me, workspaces and the workspace: a key sees its own workspace and its role', async () => {
    const me = await api(server.baseUrl, acme.keys.viewer, 'GET', '/api/v1/me');
    expect(me.body.data).toEqual({
      kind: 'api-key',
      keyName: 'viewer key',
      workspaces: [{ slug: 'acme', name: 'Acme Corp', isDemo: false, role: 'viewer' }],
    });
    const list = await api(server.baseUrl, admin, 'GET', '/api/v1/workspaces');
    expect(list.body).toEqual({
      data: [{ slug: 'acme', name: 'Acme Corp', isDemo: false, role: 'admin' }],
      page: { limit: 50, offset: 0, total: 1 },
    });
    const ws = await call('GET', '');
    expect(ws.body.data).toMatchObject({ slug: 'acme', timeZone: 'UTC', role: 'admin' });
    expect(ws.body.data.permissions).toContain('api-keys.manage');
    const viewerWs = await call('GET', '', undefined, acme.keys.viewer);
    expect(viewerWs.body.data.permissions).not.toContain('imports.write');
    expect((await call('GET', '/members')).body).toMatchObject({ data: [], page: { total: 0 } });
  });

  test('accounts: list with pagination, one, change; bad input names the field', async () => {
    const all = await call('GET', '/accounts?limit=200');
    expect(all.status).toBe(200);
    // The sample has 13 brands.
    expect(all.body.page.total).toBe(13);
    const page = await call('GET', '/accounts?limit=5&offset=10');
    expect(page.body.data.map((a: any) => a.handle)).toEqual(
      all.body.data.slice(10, 15).map((a: any) => a.handle),
    );
    expect(page.body.page).toEqual({ limit: 5, offset: 10, total: 13 });
    const apple = all.body.data.find((a: any) => a.handle === 'AppleSupport');
    expect((await call('GET', `/accounts/${apple.id}`)).body.data).toEqual(apple);
    const changed = await call('PATCH', `/accounts/${apple.id}`, {
      slaMinutes: 30,
      timeZone: 'America/Los_Angeles',
    });
    expect(changed.status).toBe(200);
    expect(changed.body.data.account).toMatchObject({ slaMinutes: 30, timeZone: 'America/Los_Angeles' });
    expect(typeof changed.body.data.itemsReattributed).toBe('number');
    expectFieldError(await call('PATCH', `/accounts/${apple.id}`, { timeZone: 'Mars/Olympus' }), 'timeZone');
    expectFieldError(await call('PATCH', `/accounts/${apple.id}`, { slaMinutes: 0 }), 'slaMinutes');
    expectFieldError(
      await call('PATCH', `/accounts/${apple.id}`, { signaturePattern: '(' }),
      'signaturePattern',
    );
    expectFieldError(
      await call('PATCH', `/accounts/${apple.id}`, {
        businessHours: [{ day: 9, startMinute: 0, endMinute: 60 }],
      }),
      'businessHours[0].day',
    );
    expectFieldError(await call('PATCH', `/accounts/${apple.id}`, { owner: 'me' }), 'owner');
    expectFieldError(await call('GET', '/accounts?limit=0'), 'limit');
    expectFieldError(await call('GET', '/accounts/not-a-uuid'), 'accountId');
    const missing = await call('GET', '/accounts/00000000-0000-4000-8000-000000000000');
    expect(missing.status).toBe(404);
    expect(missing.body).toEqual({
      error: { status: 404, code: 'not_found', message: 'No account 00000000-0000-4000-8000-000000000000' },
    });
  });

  test('roster: operators with groups, sourcing groups, assignments; a new assignment; errors name the field', async () => {
    const operators = (await call('GET', '/operators?limit=200')).body.data;
    expect(operators.length).toBeGreaterThan(0);
    const withSignature = operators.find((o: any) => o.signatures.length > 0);
    expect(withSignature.signatures[0]).toEqual({
      accountId: expect.any(String),
      signature: expect.any(String),
    });
    const groups = (await call('GET', '/sourcing-groups')).body.data;
    expect(groups.map((g: any) => g.group)).toEqual(expect.arrayContaining(['in_house']));
    expect(groups.reduce((n: number, g: any) => n + g.operators, 0)).toBe(operators.length);

    const target = operators[0];
    const moved = await call('PATCH', `/operators/${target.id}`, { sourcingGroup: 'agency:Northwind' });
    expect(moved.body.data).toMatchObject({ id: target.id, sourcingGroup: 'agency:Northwind' });
    expect((await call('GET', `/operators/${target.id}`)).body.data.sourcingGroup).toBe('agency:Northwind');
    expectFieldError(
      await call('PATCH', `/operators/${target.id}`, { sourcingGroup: 'freelancers' }),
      'sourcingGroup',
    );
    // An operator of the roster moves now; a dated move into the past runs only until that move, which stands.
    const staff = operators.find((o: any) => o.sourcingGroup === 'in_house' && o.id !== target.id);
    await call('PATCH', `/operators/${staff.id}`, { sourcingGroup: 'agency:Northwind' });
    const dated = await call('PATCH', `/operators/${staff.id}`, {
      sourcingGroup: 'agency:Southwind',
      validFrom: '2017-11-01T00:00:00Z',
    });
    expect(dated.status).toBe(200);
    expect(dated.body.data).toMatchObject({ id: staff.id, sourcingGroup: 'agency:Northwind' });
    expectFieldError(
      await call('PATCH', `/operators/${target.id}`, { sourcingGroup: 'in_house', validFrom: 'next week' }),
      'validFrom',
    );

    const accounts = (await call('GET', '/accounts?limit=200')).body.data;
    const delta = accounts.find((a: any) => a.handle === 'Tesco');
    const before = (await call('GET', `/assignments?accountId=${delta.id}`)).body.data;
    const created = await call('POST', '/assignments', {
      accountId: delta.id,
      operatorId: target.id,
      validFrom: '2017-10-01T00:00:00Z',
      validTo: '2017-11-01T00:00:00Z',
      shifts: [{ day: 6, startMinute: 600, endMinute: 960 }],
    });
    expect(created.status).toBe(201);
    expect(created.body.data.assignment).toMatchObject({
      accountHandle: 'Tesco',
      operatorName: target.name,
      shifts: [{ day: 6, startMinute: 600, endMinute: 960 }],
    });
    const after = (await call('GET', `/assignments?accountId=${delta.id}`)).body.data;
    expect(after).toHaveLength(before.length + 1);
    expect(after.every((a: any) => a.accountId === delta.id)).toBe(true);
    const body = { accountId: delta.id, operatorId: target.id, validFrom: '2017-10-01T00:00:00Z' };
    expectFieldError(
      await call('POST', '/assignments', { ...body, validTo: '2017-09-01T00:00:00Z' }),
      'validTo',
    );
    expectFieldError(await call('POST', '/assignments', { ...body, validFrom: 'yesterday' }), 'validFrom');
    expectFieldError(
      await call('POST', '/assignments', { ...body, operatorId: '00000000-0000-4000-8000-000000000000' }),
      'operatorId',
    );
    expectFieldError(
      await call('POST', '/assignments', { ...body, shifts: [{ day: 1, startMinute: 900, endMinute: 600 }] }),
      'shifts[0]',
    );
    expectFieldError(
      await call('POST', '/assignments', { operatorId: target.id, validFrom: body.validFrom }),
      'accountId',
    );
  });

  test('imports: an upload keeps the good rows and lists the bad ones with their line; the run history has it', async () => {
    const created = await call(
      'POST',
      '/imports',
      fileForm({ kind: 'twcs' }, { name: 'with-bad-rows.csv', content: twcsWithBadRows() }),
    );
    expect(created.status).toBe(201);
    const run = created.body.data;
    expect(run).toMatchObject({
      source: 'import:twcs',
      subject: 'with-bad-rows.csv',
      status: 'partial',
      rowsRead: 95,
      rowsImported: 93,
      rowsRejected: 2,
    });
    // The bad rows are the last two lines of the file (sample records span several lines).
    const lines = twcsWithBadRows().split('\n').length - 1;
    expect(run.rejections.map((r: any) => r.line)).toEqual([lines - 1, lines]);
    expect(run.rejections[0]).toMatchObject({ field: 'created_at' });
    expect(run.rejections[1]).toMatchObject({ field: 'tweet_id' });
    expect((await call('GET', `/imports/${run.id}`)).body.data).toEqual(run);
    const imports = (await call('GET', '/imports')).body;
    expect(imports.data[0].id).toBe(run.id);
    expect(imports.data[0].rejections).toBeUndefined();
    expect(imports.data.map((r: any) => r.subject)).toEqual(
      expect.arrayContaining(['sample.csv', 'roster.example.yaml']),
    );
    const runs = (await call('GET', '/collection-runs')).body;
    expect(runs.page.total).toBe(imports.page.total);
    expect((await call('GET', `/collection-runs/${run.id}`)).body.data.rowsRejected).toBe(2);

    const roster = await call(
      'POST',
      '/imports',
      fileForm(
        { kind: 'roster' },
        {
          name: 'roster.csv',
          content: 'account,signature,operator,group,from\nNoSuchBrand,XX,Someone,in_house,2017-01-01\n',
        },
      ),
    );
    expect(roster.status).toBe(201);
    expect(roster.body.data).toMatchObject({ source: 'import:roster', status: 'partial', rowsRejected: 1 });
    expect(roster.body.data.rejections[0]).toMatchObject({ line: 2, field: 'account' });

    expectFieldError(
      await call('POST', '/imports', fileForm({ kind: 'excel' }, { name: 'a.csv', content: 'x' })),
      'kind',
    );
    expectFieldError(await call('POST', '/imports', fileForm({ kind: 'twcs' })), 'file');
    const unreadable = await call(
      'POST',
      '/imports',
      fileForm({ kind: 'twcs' }, { name: 'notes.csv', content: 'these,are,not,twcs\n1,2,3,4\n' }),
    );
    expect(unreadable.status).toBe(422);
    expect(unreadable.body.error.code).toBe('unreadable_file');
    expect(unreadable.body.error.message).toContain('notes.csv');
    expect(unreadable.body.error.message).not.toContain('channel-ledger-uploads');
  });

  test('metrics: responsiveness per group, account and operator; bad input names the field', async () => {
    for (const by of ['group', 'account', 'operator']) {
      const response = await call('GET', `/metrics/responsiveness?by=${by}&from=2017-10-01&to=2017-10-31`);
      expect(response.status).toBe(200);
      const result = response.body.data;
      expect(result.dimension).toBe(by);
      expect(result.from).toBe('2017-10-01T00:00:00.000Z');
      expect(result.to).toBe('2017-11-01T00:00:00.000Z');
      // Every inbound item lands in exactly one row.
      expect(result.rows.reduce((n: number, r: any) => n + r.inbound, 0)).toBe(result.total.inbound);
      expect(result.total.inbound).toBeGreaterThan(0);
    }
    const all = (await call('GET', '/metrics/responsiveness')).body.data;
    expect(all.dimension).toBe('account');
    expectFieldError(await call('GET', '/metrics/responsiveness?by=planet'), 'by');
    expectFieldError(await call('GET', '/metrics/responsiveness?from=2017-13-45'), 'from');
    expectFieldError(await call('GET', '/metrics/responsiveness?from=2017-10-10&to=2017-10-01'), 'to');
  });

  test('reports: issue, list, open, download, verify a copy; bad input names the field', async () => {
    const issued = await call('POST', '/reports', {
      month: '2017-10',
      locale: 'de',
      formats: ['html', 'pdf'],
    });
    expect(issued.status).toBe(201);
    const report = issued.body.data;
    expect(report).toMatchObject({
      kind: 'monthly-comparison',
      locale: 'de',
      formats: ['html', 'pdf'],
      periodFrom: '2017-10-01T00:00:00.000Z',
    });
    expect((await call('GET', '/reports')).body.data.map((r: any) => r.id)).toContain(report.id);
    expect((await call('GET', `/reports/${report.id}`)).body.data).toEqual(report);

    const html = await call('GET', `/reports/${report.id}/html`);
    expect(html.headers.get('content-type')).toMatch(/text\/html/);
    expect(html.text).toContain('Acme Corp');
    expect(createHash('sha256').update(html.text).digest('hex')).toBe(report.htmlSha256);

    const pdfResponse = await fetch(`${server.baseUrl}${base}/reports/${report.id}/pdf`, {
      headers: { authorization: `Bearer ${admin}` },
    });
    expect(pdfResponse.headers.get('content-type')).toBe('application/pdf');
    const pdf = new Uint8Array(await pdfResponse.arrayBuffer());
    expect(Buffer.from(pdf.slice(0, 5)).toString()).toBe('%PDF-');

    const verified = await call('POST', '/reports/verify', fileForm({}, { name: 'copy.pdf', content: pdf }));
    expect(verified.status).toBe(200);
    expect(verified.body.data).toMatchObject({
      verified: true,
      format: 'pdf',
      sha256: report.pdfSha256,
      report: { id: report.id },
    });
    const tampered = pdf.slice();
    tampered[tampered.length - 10] ^= 1;
    const refused = await call(
      'POST',
      '/reports/verify',
      fileForm({}, { name: 'copy.pdf', content: tampered }),
    );
    expect(refused.body.data).toEqual({
      verified: false,
      sha256: createHash('sha256').update(tampered).digest('hex'),
    });

    expectFieldError(await call('POST', '/reports', { month: '2017-13' }), 'month');
    expectFieldError(await call('POST', '/reports', { month: '2017-10', formats: ['docx'] }), 'formats');
    expectFieldError(await call('POST', '/reports', { month: '2017-10', locale: 'fr' }), 'locale');
    expectFieldError(await call('POST', '/reports/verify', fileForm({})), 'file');
  });

  test('api keys: created with the key shown once, listed without it, revoked for good', async () => {
    const created = await call('POST', '/api-keys', { name: 'nightly export', role: 'viewer' });
    expect(created.status).toBe(201);
    const { key, id, prefix } = created.body.data;
    expect(key).toMatch(/^cl_[A-Za-z0-9_-]{43}$/);
    expect(key.startsWith(prefix)).toBe(true);
    const list = await call('GET', '/api-keys');
    expect(list.text).not.toContain(key);
    expect(list.body.data.find((k: any) => k.id === id)).toMatchObject({
      name: 'nightly export',
      role: 'viewer',
      revokedAt: null,
      createdBy: expect.stringMatching(/^api-key:/),
    });
    expect((await call('GET', '/accounts', undefined, key)).status).toBe(200);
    expect((await call('DELETE', `/api-keys/${id}`)).status).toBe(204);
    const after = await call('GET', '/accounts', undefined, key);
    expect(after.status).toBe(401);
    expect(after.body.error.code).toBe('unauthenticated');
    expect((await call('GET', '/api-keys')).body.data.find((k: any) => k.id === id).revokedAt).not.toBeNull();
    expect((await call('DELETE', '/api-keys/00000000-0000-4000-8000-000000000000')).status).toBe(404);
    expectFieldError(await call('POST', '/api-keys', { name: 'x', role: 'owner' }), 'role');
    expectFieldError(await call('POST', '/api-keys', { name: '', role: 'viewer' }), 'name');
  });

  test('incidents: the register with filters, one incident with its timeline; the audit log by cursor', async () => {
    const all = (await call('GET', '/incidents')).body;
    expect(all.page.total).toBe(2);
    const high = (await call('GET', '/incidents?severity=high&status=open&from=2017-10-01&to=2017-10-31'))
      .body.data;
    expect(high.map((i: any) => i.title)).toEqual(['Reply from the wrong account']);
    expect((await call('GET', '/incidents?from=2017-11-01')).body.data).toEqual([]);
    const one = (await call('GET', `/incidents/${high[0].id}`)).body.data;
    expect(one).toMatchObject({
      id: high[0].id,
      severity: 'high',
      evidence: { text: 'captured before deletion' },
      timeline: [expect.objectContaining({ type: 'reported', actor: 'test' })],
      evidenceFiles: [],
    });
    expectFieldError(await call('GET', '/incidents?status=burning'), 'status');
    expectFieldError(await call('GET', '/incidents?from=10/01/2017'), 'from');
    const audit = await call('GET', '/audit-log?after=0&limit=10');
    expect(audit.status).toBe(200);
    expect(Array.isArray(audit.body.data)).toBe(true);
    expectFieldError(await call('GET', '/audit-log?limit=1000'), 'limit');
  });
});
