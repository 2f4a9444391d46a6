/* eslint-disable @typescript-eslint/no-explicit-any -- the API answers untyped JSON; the tests read it as a client would */
// Who may do what, and nobody reaches another workspace: the permission matrix walked endpoint by endpoint
// with a key of each role, every resource tried across workspaces, sessions and their CSRF check, the login
// rate limit, secrets kept out of the logs, and a client generated from the OpenAPI document.
import { runCli, startServer, type RunningServer } from '../support/processes.js';
import { useProcessDatabase } from '../support/test-database.js';
import {
  api,
  fileForm,
  login,
  ROLES,
  seedIncident,
  seedWorkspace,
  withProcessDatabase,
  type SeededWorkspace,
  type TestRole,
} from './api-support.js';

const ALL: TestRole[] = ['admin', 'analyst', 'viewer', 'auditor'];
const ADMIN: TestRole[] = ['admin'];
const WRITERS: TestRole[] = ['admin', 'analyst'];
const READERS_OF_RUNS: TestRole[] = ['admin', 'analyst', 'auditor'];

/** The expected matrix, written out here independently of the code's table: operationId → roles allowed. */
const EXPECTED: Record<string, TestRole[]> = {
  getWorkspace: ALL,
  updateWorkspace: ADMIN,
  listMembers: ADMIN,
  addMember: ADMIN,
  changeMemberRole: ADMIN,
  removeMember: ADMIN,
  listAccounts: ALL,
  getAccount: ALL,
  updateAccount: ADMIN,
  putAccountCredentials: ADMIN,
  listOperators: ALL,
  getOperator: ALL,
  updateOperator: ADMIN,
  listSourcingGroups: ALL,
  listAssignments: ALL,
  createAssignment: ADMIN,
  createImport: WRITERS,
  listImports: READERS_OF_RUNS,
  getImport: READERS_OF_RUNS,
  listCollectionRuns: READERS_OF_RUNS,
  getCollectionRun: READERS_OF_RUNS,
  getResponsiveness: ALL,
  listReports: ALL,
  issueReport: WRITERS,
  verifyReport: ALL,
  getReport: ALL,
  downloadReportHtml: ALL,
  downloadReportPdf: ALL,
  listApiKeys: ADMIN,
  createApiKey: ADMIN,
  revokeApiKey: ADMIN,
  listJobs: WRITERS,
  listDeadJobs: WRITERS,
  getJob: WRITERS,
  enqueueMonthlyReport: WRITERS,
  retryJob: ADMIN,
  listIncidents: ALL,
  getIncident: ALL,
  reportIncident: WRITERS,
  changeIncidentStatus: WRITERS,
  setIncidentSeverity: WRITERS,
  setIncidentKind: WRITERS,
  commentIncident: WRITERS,
  attachIncidentEvidence: WRITERS,
  downloadIncidentEvidence: ALL,
  mergeIncident: WRITERS,
  listAuditLog: ['admin', 'auditor'],
  listCostModels: ['admin', 'analyst', 'viewer'],
  getCostModel: ['admin', 'analyst', 'viewer'],
  createCostModel: ADMIN,
  replaceCostModel: ADMIN,
  deleteCostModel: ADMIN,
  getComparison: ['admin', 'analyst', 'viewer'],
  getScorecard: ALL,
  updateScorecard: ADMIN,
  replaceScorecard: ADMIN,
  listCadencePlans: ALL,
  listAccountCadencePlans: ALL,
  setCadencePlan: ADMIN,
  deleteCadencePlan: ADMIN,
  listHouseStyles: ALL,
  getHouseStyle: ALL,
  setHouseStyle: ADMIN,
  getHolidays: ALL,
  setHolidays: ADMIN,
  removeHolidays: ADMIN,
};

interface Operation {
  operationId: string;
  method: string;
  path: string;
}

type Ids = Record<string, string>;

describe('REST API: roles, workspaces, sessions', () => {
  const db = useProcessDatabase();
  let server: RunningServer;
  let acme: SeededWorkspace;
  let globex: SeededWorkspace;
  let operations: Operation[];
  let document: any;
  const ids: Record<'acme' | 'globex', Ids> = { acme: {}, globex: {} };
  const CONSULTANT = { email: 'consultant@example.com', password: '' };

  /** Ids of one resource of each kind in a workspace, by the path parameter that names it. */
  async function collectIds(ws: SeededWorkspace): Promise<Ids> {
    const get = async (path: string) =>
      (await api(server.baseUrl, ws.keys.admin, 'GET', `/api/v1/workspaces/${ws.slug}${path}`)).body.data;
    const report = await api(server.baseUrl, ws.keys.admin, 'POST', `/api/v1/workspaces/${ws.slug}/reports`, {
      month: '2017-10',
      formats: ['html', 'pdf'],
    });
    expect(report.status).toBe(201);
    const keys = await get('/api-keys');
    const costModel = await api(
      server.baseUrl,
      ws.keys.admin,
      'POST',
      `/api/v1/workspaces/${ws.slug}/cost-models`,
      validBody('createCostModel', {}),
    );
    expect(costModel.status).toBe(201);
    const job = await api(
      server.baseUrl,
      ws.keys.admin,
      'POST',
      `/api/v1/workspaces/${ws.slug}/jobs/monthly-report`,
      { month: '2017-10' },
    );
    expect(job.status).toBe(201);
    const member = await api(server.baseUrl, ws.keys.admin, 'POST', `/api/v1/workspaces/${ws.slug}/members`, {
      email: `member@${ws.slug}.example`,
      role: 'viewer',
    });
    expect(member.status).toBe(201);
    const evidence = await api(
      server.baseUrl,
      ws.keys.admin,
      'POST',
      `/api/v1/workspaces/${ws.slug}/incidents/${ids[ws.slug === 'acme' ? 'acme' : 'globex'].incidentId}/evidence`,
      fileForm({}, { name: 'screenshot.txt', content: `evidence of ${ws.slug}` }),
    );
    expect(evidence.status).toBe(201);
    const accountId = (await get('/accounts'))[0].id;
    const plan = await api(
      server.baseUrl,
      ws.keys.admin,
      'POST',
      `/api/v1/workspaces/${ws.slug}/accounts/${accountId}/cadence-plans`,
      validBody('setCadencePlan', {}),
    );
    expect(plan.status).toBe(201);
    return {
      workspace: ws.slug,
      accountId: (await get('/accounts'))[0].id,
      operatorId: (await get('/operators'))[0].id,
      importId: (await get('/imports'))[0].id,
      runId: (await get('/collection-runs'))[0].id,
      reportId: report.body.data.id,
      keyId: keys.find((k: any) => k.role === 'viewer').id,
      jobId: job.body.data.id,
      costModelId: costModel.body.data.id,
      userId: member.body.data.member.userId,
      cadencePlanId: plan.body.data.id,
      evidenceId: evidence.body.data.evidenceFiles[0].id,
    };
  }

  function fill(path: string, params: Ids): string {
    return path.replace(/\{(\w+)\}/g, (_m, name: string) => {
      if (!(name in params)) throw new Error(`no test value for path parameter {${name}} in ${path}`);
      return encodeURIComponent(params[name]);
    });
  }

  /** A body that passes the guard but not validation: an allowed role gets 400, a refused one 403. */
  function invalidBody(op: Operation): unknown {
    if (op.operationId === 'createImport' || op.operationId === 'verifyReport') return fileForm({});
    // An unknown field is refused by validation on every JSON route.
    return op.method === 'delete' ? undefined : { notAField: true };
  }

  beforeAll(async () => {
    await withProcessDatabase(db.env, async (d) => {
      acme = await seedWorkspace(d, 'acme', 'Acme Corp');
      globex = await seedWorkspace(d, 'globex', 'Globex Inc');
      ids.acme.incidentId = await seedIncident(d, acme.id, 'Acme post on the wrong account');
      ids.globex.incidentId = await seedIncident(d, globex.id, 'Globex post on the wrong account');
    });
    // The consultant is added the way an administrator does it: on the command line, once per workspace.
    const first = await runCli(
      ['users', 'add', CONSULTANT.email, '--workspace', 'acme', '--role', 'analyst'],
      db.env,
    );
    expect(first.stdout).toContain('consultant@example.com is analyst in "acme"');
    CONSULTANT.password = /Password \(shown once\): (\S+)/.exec(first.stdout)?.[1] ?? '';
    expect(CONSULTANT.password).toHaveLength(18);
    const second = await runCli(
      ['users', 'add', CONSULTANT.email, '-w', 'globex', '--role', 'viewer'],
      db.env,
    );
    expect(second.stdout).toContain('is viewer in "globex"');
    expect(second.stdout).not.toContain('Password');
    expect(
      (await runCli(['users', 'add', 'x@example.com', '-w', 'acme', '--role', 'owner'], db.env)).code,
    ).not.toBe(0);
    server = await startServer({ ...db.env, LEDGER_DEMO: 'off', LEDGER_WORKER: 'off' });
    document = (await api(server.baseUrl, null, 'GET', '/api/docs-json')).body;
    operations = Object.entries(
      document.paths as Record<string, Record<string, { operationId: string }>>,
    ).flatMap(([path, methods]) =>
      Object.entries(methods).map(([method, op]) => ({ operationId: op.operationId, method, path })),
    );
    ids.acme = { ...ids.acme, ...(await collectIds(acme)) };
    ids.globex = { ...ids.globex, ...(await collectIds(globex)) };
  }, 180_000);

  afterAll(async () => {
    await server?.stop();
  });

  const workspaceOperations = () =>
    operations.filter((o) => o.path.startsWith('/api/v1/workspaces/{workspace}'));

  test('the expected matrix covers every workspace endpoint of the OpenAPI document', () => {
    expect(
      workspaceOperations()
        .map((o) => o.operationId)
        .sort(),
    ).toEqual(Object.keys(EXPECTED).sort());
  });

  test('every role × endpoint: allowed roles pass the guard, the others get 403', async () => {
    const outcomes: string[] = [];
    const expected: string[] = [];
    for (const op of workspaceOperations()) {
      for (const role of ROLES) {
        const allowed = EXPECTED[op.operationId].includes(role);
        // A state-changing route with an id gets a malformed one: validation answers 400 once the guard let it pass.
        const path =
          op.method === 'get'
            ? fill(op.path, ids.acme)
            : fill(op.path, ids.acme).replace(/[0-9a-f-]{36}/, 'not-a-uuid');
        const body = op.method === 'get' ? undefined : invalidBody(op);
        const response = await api(server.baseUrl, acme.keys[role], op.method.toUpperCase(), path, body);
        outcomes.push(
          `${op.operationId} ${role} ${response.status}${response.status === 403 ? ' ' + response.body.error.code : ''}`,
        );
        expected.push(
          `${op.operationId} ${role} ${allowed ? (op.method === 'get' ? 200 : 400) : '403 forbidden'}`,
        );
      }
    }
    expect(outcomes).toEqual(expected);
  }, 120_000);

  test('a viewer changes nothing: every state-changing endpoint refuses it, even with a valid body', async () => {
    const changing = workspaceOperations().filter(
      (o) => o.method !== 'get' && o.operationId !== 'verifyReport',
    );
    expect(changing.length).toBeGreaterThanOrEqual(8);
    for (const op of changing) {
      const response = await api(
        server.baseUrl,
        acme.keys.viewer,
        op.method.toUpperCase(),
        fill(op.path, ids.acme),
        validBody(op.operationId, ids.acme),
      );
      expect(`${op.operationId} ${response.status}`).toBe(`${op.operationId} 403`);
    }
  });

  test('a key of one workspace reaches nothing of another: every resource answers 404 and names nothing of it', async () => {
    const globexSecrets = [globex.id, 'Globex', ...Object.values(ids.globex).filter((v) => v !== 'globex')];
    for (const op of workspaceOperations()) {
      // The other workspace by its slug: exactly as if it did not exist.
      const other = await api(
        server.baseUrl,
        acme.keys.admin,
        op.method.toUpperCase(),
        fill(op.path, ids.globex),
        validBody(op.operationId, ids.globex),
      );
      const none = await api(
        server.baseUrl,
        acme.keys.admin,
        op.method.toUpperCase(),
        fill(op.path, { ...ids.globex, workspace: 'no-such-workspace' }),
        validBody(op.operationId, ids.globex),
      );
      expect(`${op.operationId} ${other.status}`).toBe(`${op.operationId} 404`);
      expect(other.body.error.message).toBe(none.body.error.message.replace('no-such-workspace', 'globex'));

      // Its resources by id, under one's own workspace.
      if (/\{(?!workspace)\w+\}/.test(op.path)) {
        const byId = await api(
          server.baseUrl,
          acme.keys.admin,
          op.method.toUpperCase(),
          fill(op.path, { ...ids.globex, workspace: 'acme' }),
          validBody(op.operationId, ids.acme),
        );
        expect(`${op.operationId} ${byId.status}`).toBe(`${op.operationId} 404`);
        expect(byId.body).toEqual({
          error: {
            status: 404,
            code: 'not_found',
            message: expect.stringMatching(/^No [A-Za-z ]+ [0-9a-f-]{36}( in this workspace)?$/),
          },
        });
      }
    }
    // Lists of one's own workspace contain nothing of the other.
    for (const op of workspaceOperations().filter(
      (o) => o.method === 'get' && !/\{(?!workspace)\w+\}/.test(o.path),
    )) {
      const response = await api(server.baseUrl, acme.keys.admin, 'GET', fill(op.path, ids.acme));
      expect(response.status).toBe(200);
      for (const secret of globexSecrets)
        expect(`${op.operationId}: ${response.text.includes(secret)}`).toBe(`${op.operationId}: false`);
    }
    // The revoke attempt above did nothing: globex's viewer key still works.
    expect(
      (await api(server.baseUrl, globex.keys.viewer, 'GET', '/api/v1/workspaces/globex/accounts')).status,
    ).toBe(200);
    // An assignment in one's own workspace cannot point at the other's account or operator.
    const crossing = await api(
      server.baseUrl,
      acme.keys.admin,
      'POST',
      '/api/v1/workspaces/acme/assignments',
      {
        accountId: ids.globex.accountId,
        operatorId: ids.acme.operatorId,
        validFrom: '2017-10-01T00:00:00Z',
      },
    );
    expect(crossing.status).toBe(400);
    expect(crossing.body.error.fields[0].field).toBe('accountId');
  }, 120_000);

  test('no key, a malformed or unknown key: 401 in the error body', async () => {
    for (const authorization of [undefined, 'Bearer', 'Bearer cl_unknown', 'Basic abc']) {
      const response = await api(
        server.baseUrl,
        null,
        'GET',
        '/api/v1/workspaces/acme/accounts',
        undefined,
        authorization ? { authorization } : {},
      );
      expect(response.status).toBe(401);
      expect(response.body.error).toMatchObject({ status: 401, code: 'unauthenticated' });
    }
  });

  test('the consultant: one login, two workspaces with a role in each; state changes need the same Origin', async () => {
    const cookie = await login(server.baseUrl, CONSULTANT.email, CONSULTANT.password);
    const session = (method: string, path: string, body?: unknown, origin: string | null = server.baseUrl) =>
      api(server.baseUrl, null, method, path, body, { cookie, ...(origin ? { origin } : {}) });
    const me = await session('GET', '/api/v1/me');
    expect(me.body.data).toEqual({
      kind: 'user',
      email: CONSULTANT.email,
      workspaces: [
        { slug: 'acme', name: 'Acme Corp', isDemo: false, role: 'analyst' },
        { slug: 'globex', name: 'Globex Inc', isDemo: false, role: 'viewer' },
      ],
    });
    expect((await session('POST', '/api/v1/workspaces/acme/reports', { month: '2017-13' })).status).toBe(400);
    expect((await session('POST', '/api/v1/workspaces/globex/reports', { month: '2017-10' })).status).toBe(
      403,
    );
    const crossSite = await session(
      'POST',
      '/api/v1/workspaces/acme/reports',
      { month: '2017-10' },
      'https://evil.example',
    );
    expect(crossSite.status).toBe(403);
    expect(crossSite.body.error.code).toBe('cross_site_request');
    expect(
      (await session('POST', '/api/v1/workspaces/acme/reports', { month: '2017-10' }, null)).status,
    ).toBe(403);
    // The pages of a workspace the consultant is not in do not exist for them.
    const foreign = await fetch(`${server.baseUrl}/w/no-such/reports`, { headers: { cookie } });
    expect(foreign.status).toBe(404);
    // Logging out ends the session.
    const out = await fetch(`${server.baseUrl}/logout`, {
      method: 'POST',
      redirect: 'manual',
      headers: { cookie, origin: server.baseUrl },
    });
    expect(out.status).toBe(303);
    expect((await session('GET', '/api/v1/me')).status).toBe(401);
  });

  test('access granted on the command line is in the audit log: members and API keys, with who did it', async () => {
    const created = await runCli(
      ['api-keys', 'create', '-w', 'globex', '--role', 'viewer', '--name', 'cli audit check'],
      { ...db.env, LEDGER_ACTOR: 'cli:ops-admin' },
    );
    const keyId = /API key (\S+) /.exec(created.stdout)?.[1] ?? '';
    expect(keyId).toMatch(/^[0-9a-f-]{36}$/);
    const revoke = ['api-keys', 'revoke', keyId, '-w', 'globex'];
    expect((await runCli(revoke, db.env)).stdout).toContain(`Revoked ${keyId}`);
    expect((await runCli(revoke, db.env)).stdout).toContain('was already revoked');

    const exported = await runCli(['audit', 'export', '-w', 'globex', '--format', 'json'], db.env);
    const { entries } = JSON.parse(exported.stdout) as {
      entries: {
        action: string;
        actor: string;
        entityId: string;
        payload: Record<string, unknown>;
      }[];
    };
    const consultant = entries.find((e) => e.action === 'member.added');
    expect(consultant?.payload).toEqual({ email: CONSULTANT.email, role: 'viewer', userCreated: false });
    const keyEntries = entries.filter((e) => e.entityId === keyId);
    expect(keyEntries.map((e) => e.action)).toEqual(['api_key.created', 'api_key.revoked']);
    expect(keyEntries[0].actor).toBe('cli:ops-admin');
    expect(keyEntries[0].payload).toMatchObject({ name: 'cli audit check', role: 'viewer' });
    expect((await runCli(['audit', 'verify', '-w', 'globex'], db.env)).code).toBe(0);
  });

  test('login: a wrong password is refused; after 10 attempts a minute the address is rate-limited', async () => {
    const attempt = (email: string, password: string, origin = server.baseUrl) =>
      fetch(`${server.baseUrl}/login`, {
        method: 'POST',
        redirect: 'manual',
        headers: { 'content-type': 'application/x-www-form-urlencoded', origin },
        body: new URLSearchParams({ email, password }),
      });
    const wrong = await attempt(CONSULTANT.email, 'wrong password');
    expect(wrong.status).toBe(401);
    expect(wrong.headers.getSetCookie().some((c) => c.startsWith('ledger_session='))).toBe(false);
    expect((await attempt(CONSULTANT.email, CONSULTANT.password, 'https://evil.example')).status).toBe(403);
    const statuses: number[] = [];
    for (let i = 0; i < 11; i++) statuses.push((await attempt('guess@example.com', `guess ${i}`)).status);
    expect(statuses).toEqual([...Array(10).fill(401), 429]);
    // Another address from the same client is not locked out by that.
    expect((await attempt(CONSULTANT.email, CONSULTANT.password)).status).toBe(303);
  });

  test('a client generated from the OpenAPI document calls every GET endpoint', async () => {
    expect(document.openapi).toMatch(/^3\./);
    const client = generateClient(document, server.baseUrl, acme.keys.admin);
    const ops = operations.filter((o) => o.method === 'get');
    expect(new Set(operations.map((o) => o.operationId)).size).toBe(operations.length);
    for (const op of ops) {
      const response = await client[op.operationId](ids.acme);
      expect(`${op.operationId} ${response.status}`).toBe(`${op.operationId} 200`);
    }
    // Every operation documents a success response and, behind the guard, the error body.
    for (const [path, methods] of Object.entries<any>(document.paths)) {
      for (const [method, op] of Object.entries<any>(methods)) {
        const codes = Object.keys(op.responses);
        expect(`${method} ${path} ${codes.some((c) => /^2/.test(c))}`).toBe(`${method} ${path} true`);
        if (path.includes('{workspace}'))
          expect(op.responses['403'].content['application/json'].schema.$ref).toMatch(/ApiErrorDto$/);
      }
    }
  });

  test('logs are structured and hold no key, password or session token', () => {
    const lines = server
      .output()
      .split('\n')
      .filter((l) => l.startsWith('{'));
    expect(lines.length).toBeGreaterThan(50);
    const requests = lines.map((l) => JSON.parse(l)).filter((l) => l.req);
    expect(requests.some((l) => l.req.headers.authorization === '[redacted]')).toBe(true);
    const output = server.output();
    for (const key of [...Object.values(acme.keys), ...Object.values(globex.keys)])
      expect(output.includes(key)).toBe(false);
    expect(output.includes(CONSULTANT.password)).toBe(false);
    expect(output).not.toMatch(/ledger_session=[A-Za-z0-9_-]{20,}/);
  });
});

/** Bodies that would succeed for an admin of the workspace whose ids are given. */
function validBody(operationId: string, ids: Ids): unknown {
  switch (operationId) {
    case 'updateAccount':
      return { slaMinutes: 45 };
    case 'updateOperator':
      return { sourcingGroup: 'in_house' };
    case 'createAssignment':
      return { accountId: ids.accountId, operatorId: ids.operatorId, validFrom: '2017-10-01T00:00:00Z' };
    case 'createImport':
      return fileForm({ kind: 'roster' }, { name: 'r.csv', content: 'account,operator,group,from\n' });
    case 'issueReport':
      return { month: '2017-10', formats: ['html'] };
    case 'verifyReport':
      return fileForm({}, { name: 'x.pdf', content: 'x' });
    case 'createCostModel':
    case 'replaceCostModel':
      return {
        group: 'agency:Acme',
        currency: 'EUR',
        from: '2017-10-01',
        components: [{ kind: 'retainer', perMonth: 1000 }],
      };
    case 'createApiKey':
      return { name: 'k', role: 'viewer' };
    case 'updateWorkspace':
      return { name: 'Renamed' };
    case 'addMember':
      return { email: 'new@example.com', role: 'viewer' };
    case 'changeMemberRole':
      return { role: 'analyst' };
    case 'putAccountCredentials':
      return { token: 'not-a-real-token' };
    case 'reportIncident':
      return { kind: 'other', severity: 'low', title: 'reported in a test' };
    case 'changeIncidentStatus':
      return { status: 'contained' };
    case 'setIncidentSeverity':
      return { severity: 'high', reason: 'a test' };
    case 'setIncidentKind':
      return { kind: 'other', reason: 'a test' };
    case 'commentIncident':
      return { text: 'a comment' };
    case 'attachIncidentEvidence':
      return fileForm({}, { name: 'evidence.txt', content: 'evidence' });
    case 'mergeIncident':
      return { duplicateId: '00000000-0000-4000-8000-000000000001', reason: 'a test' };
    case 'updateScorecard':
    case 'replaceScorecard':
      return { weights: { cost: 0.3 } };
    case 'setCadencePlan':
      return { from: '2017-10-01', perWeekday: [0, 1, 1, 1, 1, 1, 0] };
    case 'setHouseStyle':
      return { language: 'en', signatureRequired: true };
    case 'setHolidays':
      return { country: 'AT', state: '9' };
    default:
      return undefined;
  }
}

/** The smallest generated client: one function per operationId, path parameters filled from an object. */
function generateClient(
  doc: any,
  baseUrl: string,
  key: string,
): Record<string, (params: Ids) => Promise<Response>> {
  const client: Record<string, (params: Ids) => Promise<Response>> = {};
  for (const [path, methods] of Object.entries<any>(doc.paths)) {
    for (const [method, op] of Object.entries<any>(methods)) {
      const pathParams: string[] = (op.parameters ?? [])
        .filter((p: any) => p.in === 'path')
        .map((p: any) => p.name);
      client[op.operationId] = (params) => {
        let url = path;
        for (const name of pathParams) {
          if (!(name in params)) throw new Error(`${op.operationId}: no value for ${name}`);
          url = url.replace(`{${name}}`, encodeURIComponent(params[name]));
        }
        if (/\{\w+\}/.test(url)) throw new Error(`${op.operationId}: undocumented path parameter in ${url}`);
        return fetch(baseUrl + url, {
          method: method.toUpperCase(),
          headers: { authorization: `Bearer ${key}` },
        });
      };
    }
  }
  return client;
}
