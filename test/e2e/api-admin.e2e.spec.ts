/* eslint-disable @typescript-eslint/no-explicit-any -- the API answers untyped JSON; the tests read it as a client would */
// What an admin does through the API: members (a workspace always keeps an admin), the workspace's settings
// and branding, and that every state-changing call is in the audit log with the key that made it. Lists are
// paged by the database: pages are slices of the whole list and the totals count what the filters keep.
import { startServer, type RunningServer } from '../support/processes.js';
import { useProcessDatabase } from '../support/test-database.js';
import {
  api,
  fileForm,
  login,
  seedIncident,
  seedWorkspace,
  withProcessDatabase,
  type SeededWorkspace,
} from './api-support.js';
import { auditEntries, expectFieldError, keyActor } from './api-writes-support.js';

describe('REST API: members, workspace settings, audit of every change, paging', () => {
  const db = useProcessDatabase();
  let server: RunningServer;
  let acme: SeededWorkspace;
  let globex: SeededWorkspace;
  let actor: string;
  const call = (method: string, path: string, body?: unknown, key = acme.keys.admin) =>
    api(server.baseUrl, key, method, `/api/v1/workspaces/acme${path}`, body);
  const asGlobex = (method: string, path: string, body?: unknown) =>
    api(server.baseUrl, globex.keys.admin, method, `/api/v1/workspaces/globex${path}`, body);
  const audit = () => auditEntries(server.baseUrl, acme.keys.admin, 'acme');

  beforeAll(async () => {
    await withProcessDatabase(db.env, async (d) => {
      acme = await seedWorkspace(d, 'acme', 'Acme Corp');
      globex = await seedWorkspace(d, 'globex', 'Globex Inc');
      for (const [title, severity] of [
        ['Wrong account', 'high'],
        ['Joke', 'low'],
        ['Leak', 'high'],
        ['Late replies', 'high'],
      ])
        await seedIncident(d, acme.id, title, severity);
    });
    server = await startServer({ ...db.env, LEDGER_DEMO: 'off', LEDGER_WORKER: 'off' });
    actor = await keyActor(server.baseUrl, acme.keys.admin, 'acme', 'admin key');
  }, 180_000);

  afterAll(async () => {
    await server?.stop();
  });

  test('members: a new person gets a password shown once that logs in; roles change; the last admin stays', async () => {
    const added = await call('POST', '/members', { email: 'Ana@Example.com', role: 'admin' });
    expect(added.status).toBe(201);
    const ana = added.body.data;
    expect(ana).toMatchObject({ member: { email: 'ana@example.com', role: 'admin' }, userCreated: true });
    expect(ana.password).toHaveLength(18);
    const cookie = await login(server.baseUrl, 'ana@example.com', ana.password);
    const me = await api(server.baseUrl, null, 'GET', '/api/v1/me', undefined, { cookie });
    expect(me.body.data.workspaces).toEqual([expect.objectContaining({ slug: 'acme', role: 'admin' })]);
    expect(server.output()).not.toContain(ana.password);

    const again = await call('POST', '/members', { email: 'ana@example.com', role: 'viewer' });
    expect(again.status).toBe(409);
    expect(again.body.error.message).toContain('already admin');

    const anaId = ana.member.userId;
    const demoteLast = await call('PATCH', `/members/${anaId}`, { role: 'viewer' });
    expect(demoteLast.status).toBe(409);
    expect(demoteLast.body.error).toMatchObject({ code: 'last_admin' });
    expect(demoteLast.body.error.message).toContain('ana@example.com');
    expect((await call('DELETE', `/members/${anaId}`)).status).toBe(409);

    const bo = (await call('POST', '/members', { email: 'bo@example.com', role: 'admin' })).body.data;
    const demoted = await call('PATCH', `/members/${anaId}`, { role: 'analyst' });
    expect(demoted.status).toBe(200);
    expect(demoted.body.data).toMatchObject({ userId: anaId, role: 'analyst' });
    expect((await call('DELETE', `/members/${bo.member.userId}`)).status).toBe(409);
    expect((await call('DELETE', `/members/${anaId}`)).status).toBe(204);
    // Her session no longer reaches the workspace.
    expect(
      (await api(server.baseUrl, null, 'GET', '/api/v1/workspaces/acme', undefined, { cookie })).status,
    ).toBe(404);
    const list = (await call('GET', '/members')).body;
    expect(list).toMatchObject({ data: [{ email: 'bo@example.com', role: 'admin' }], page: { total: 1 } });

    const entries = (await audit()).filter((e) => e.entityType === 'membership');
    expect(entries.map((e) => `${e.action} ${e.payload.email} ${e.actor}`)).toEqual([
      `member.added ana@example.com ${actor}`,
      `member.added bo@example.com ${actor}`,
      `member.role_changed ana@example.com ${actor}`,
      `member.removed ana@example.com ${actor}`,
    ]);
    expect(entries[2].payload).toMatchObject({ from: 'admin', to: 'analyst' });
    expect(JSON.stringify(entries)).not.toContain(ana.password);

    expectFieldError(await call('POST', '/members', { email: 'not-an-address', role: 'viewer' }), 'email');
    expectFieldError(await call('POST', '/members', { email: 'c@example.com', role: 'owner' }), 'role');
    expectFieldError(await call('PATCH', `/members/${bo.member.userId}`, { role: 'boss' }), 'role');
    expectFieldError(await call('DELETE', '/members/not-a-uuid'), 'userId');
    for (const role of ['analyst', 'viewer', 'auditor'] as const)
      expect(
        (await call('POST', '/members', { email: 'c@example.com', role: 'viewer' }, acme.keys[role])).status,
      ).toBe(403);
  });

  test("another workspace's member is not found under one's own and keeps their role", async () => {
    const theirs = (await asGlobex('POST', '/members', { email: 'gil@globex.example', role: 'viewer' })).body
      .data;
    const id = theirs.member.userId;
    for (const [method, body] of [
      ['PATCH', { role: 'admin' }],
      ['DELETE', undefined],
    ] as const) {
      const response = await call(method, `/members/${id}`, body);
      expect(response.status).toBe(404);
      expect(response.body.error.message).toBe(`No member ${id}`);
    }
    expect((await asGlobex('GET', '/members')).body.data).toEqual([
      expect.objectContaining({ userId: id, role: 'viewer' }),
    ]);
    expect((await call('GET', '/members')).text).not.toContain('gil@globex.example');
  });

  test('workspace settings and branding: changed, shown, audited; bad input names the field', async () => {
    const changed = await call('PATCH', '', {
      name: 'Acme Corporation',
      timeZone: 'Europe/Vienna',
      locale: 'de',
      branding: { name: 'ACME', primaryColour: '#ABC', footer: 'Vertraulich', locale: 'de' },
    });
    expect(changed.status).toBe(200);
    expect(changed.body.data).toMatchObject({
      slug: 'acme',
      name: 'Acme Corporation',
      timeZone: 'Europe/Vienna',
      locale: 'de',
      branding: {
        name: 'ACME',
        primaryColour: '#aabbcc',
        accentColour: null,
        footer: 'Vertraulich',
        locale: 'de',
      },
    });
    expect((await call('GET', '', undefined, acme.keys.viewer)).body.data).toMatchObject({
      name: 'Acme Corporation',
      branding: { primaryColour: '#aabbcc' },
    });
    const reset = await call('PATCH', '', { timeZone: 'UTC', branding: { footer: null } });
    expect(reset.body.data).toMatchObject({
      timeZone: 'UTC',
      name: 'Acme Corporation',
      branding: { footer: null },
    });
    const entries = (await audit()).filter((e) => ['workspace', 'report_branding'].includes(e.entityType));
    expect(entries.map((e) => `${e.action} ${e.actor}`)).toEqual([
      `workspace.changed ${actor}`,
      `report_branding.changed ${actor}`,
      `workspace.changed ${actor}`,
      `report_branding.changed ${actor}`,
    ]);
    expect(entries[0].payload.changes).toEqual({
      name: { from: 'Acme Corp', to: 'Acme Corporation' },
      timeZone: { from: 'UTC', to: 'Europe/Vienna' },
      locale: { from: 'en', to: 'de' },
    });

    expectFieldError(await call('PATCH', '', { timeZone: 'Mars/Olympus' }), 'timeZone');
    expectFieldError(await call('PATCH', '', { locale: 'fr' }), 'locale');
    expectFieldError(await call('PATCH', '', { name: '' }), 'name');
    expectFieldError(
      await call('PATCH', '', { branding: { primaryColour: 'red' } }),
      'branding.primaryColour',
    );
    expectFieldError(await call('PATCH', '', { branding: { locale: 'fr' } }), 'branding.locale');
    expectFieldError(await call('PATCH', '', { slug: 'other' }), 'slug');
    expectFieldError(await call('PATCH', '', {}), 'body');
    for (const role of ['analyst', 'viewer', 'auditor'] as const)
      expect((await call('PATCH', '', { name: 'x' }, acme.keys[role])).status).toBe(403);
    const direct = await api(server.baseUrl, acme.keys.admin, 'PATCH', '/api/v1/workspaces/globex', {
      name: 'Taken over',
    });
    expect(direct.status).toBe(404);
    expect((await asGlobex('GET', '')).body.data.name).toBe('Globex Inc');
  });

  test('every state-changing call of the existing API is in the audit log with the key that made it', async () => {
    const account = (await call('GET', '/accounts')).body.data[0];
    const operator = (await call('GET', '/operators')).body.data[0];
    const before = (await audit()).length;
    expect((await call('PATCH', `/accounts/${account.id}`, { slaMinutes: 45 })).status).toBe(200);
    expect(
      (await call('PATCH', `/operators/${operator.id}`, { sourcingGroup: 'agency:Northwind' })).status,
    ).toBe(200);
    const assignment = await call('POST', '/assignments', {
      accountId: account.id,
      operatorId: operator.id,
      validFrom: '2017-10-01T00:00:00Z',
    });
    expect(assignment.status).toBe(201);
    const key = (await call('POST', '/api-keys', { name: 'temporary', role: 'viewer' })).body.data;
    expect((await call('DELETE', `/api-keys/${key.id}`)).status).toBe(204);
    const roster = await call(
      'POST',
      '/imports',
      fileForm(
        { kind: 'roster' },
        {
          name: 'roster.csv',
          content: `account,signature,operator,group,from\n${account.handle},ZZ,Zed Zero,in_house,2017-01-01\n`,
        },
      ),
    );
    expect(roster.status).toBe(201);
    const costModel = await call('POST', '/cost-models', {
      group: 'agency:Northwind',
      currency: 'EUR',
      from: '2017-10-01',
      components: [{ kind: 'retainer', perMonth: 1000 }],
    });
    expect(costModel.status).toBe(201);
    const job = await call('POST', '/jobs/monthly-report', { month: '2017-10' });
    expect(job.status).toBe(201);
    const report = await call('POST', '/reports', { month: '2017-10', formats: ['html'] });
    expect(report.status).toBe(201);
    const html = await call('GET', `/reports/${report.body.data.id}/html`);
    const logged = await audit();
    // Verifying a copy reads and changes nothing: no entry.
    expect(
      (await call('POST', '/reports/verify', fileForm({}, { name: 'copy.html', content: html.text }))).body
        .data.verified,
    ).toBe(true);
    expect((await audit()).length).toBe(logged.length);

    const entries = logged.slice(before);
    const by = (entityId: string) => entries.filter((e) => e.entityId === entityId).map((e) => e.action);
    expect(by(account.id)).toEqual(['account.updated']);
    expect(by(operator.id)).toEqual(['operator.group_changed']);
    expect(by(assignment.body.data.assignment.id)).toEqual(['assignment.saved']);
    expect(by(key.id)).toEqual(['api_key.created', 'api_key.revoked']);
    expect(by(roster.body.data.id)).toEqual(['roster.imported']);
    expect(by(costModel.body.data.id)).toEqual([
      expect.stringMatching(/^(cost_model\.created|api\.createCostModel)$/),
    ]);
    expect(by(job.body.data.id)).toEqual(['api.enqueueMonthlyReport']);
    expect(by(report.body.data.id)).toEqual(['report.issued']);
    expect(entries.every((e) => e.actor === actor)).toBe(true);
    expect(entries.find((e) => e.entityId === account.id).payload.changes).toEqual({
      slaTargetSeconds: { from: account.slaMinutes * 60, to: 2700 },
    });
  }, 120_000);

  test('lists are paged by the database: pages are slices of the list, totals count what the filters keep', async () => {
    const all = (await call('GET', '/incidents?limit=200')).body;
    expect(all.page.total).toBe(all.data.length);
    const times = all.data.map((i: any) => i.occurredAt);
    expect([...times].sort().reverse()).toEqual(times);
    const high = (await call('GET', '/incidents?severity=high&limit=200')).body;
    expect(high.page.total).toBe(all.data.filter((i: any) => i.severity === 'high').length);
    const second = (await call('GET', '/incidents?severity=high&limit=1&offset=1')).body;
    expect(second).toEqual({ data: [high.data[1]], page: { limit: 1, offset: 1, total: high.page.total } });
    const beyond = (await call('GET', `/incidents?offset=${all.page.total}`)).body;
    expect(beyond).toEqual({ data: [], page: { limit: 50, offset: all.page.total, total: all.page.total } });

    for (const list of [
      '/accounts',
      '/operators',
      '/sourcing-groups',
      '/assignments',
      '/collection-runs',
      '/imports',
      '/api-keys',
      '/reports',
    ]) {
      const whole = (await call('GET', `${list}?limit=200`)).body;
      expect(`${list} ${whole.page.total}`).toBe(`${list} ${whole.data.length}`);
      const page = (await call('GET', `${list}?limit=2&offset=1`)).body;
      expect(page.data).toEqual(whole.data.slice(1, 3));
      expect(page.page).toEqual({ limit: 2, offset: 1, total: whole.page.total });
    }
    // Each operator is counted in exactly one sourcing group.
    const groups = (await call('GET', '/sourcing-groups?limit=200')).body.data;
    const operators = (await call('GET', '/operators?limit=200')).body.data;
    expect(groups.reduce((n: number, g: any) => n + g.operators, 0)).toBe(operators.length);
    const account = (await call('GET', '/accounts')).body.data[0];
    const ofAccount = (await call('GET', `/assignments?accountId=${account.id}&limit=200`)).body;
    expect(ofAccount.data.every((a: any) => a.accountId === account.id)).toBe(true);
    expect(ofAccount.page.total).toBe(ofAccount.data.length);
  });
});
