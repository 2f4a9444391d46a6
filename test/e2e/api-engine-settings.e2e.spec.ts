/* eslint-disable @typescript-eslint/no-explicit-any -- the API answers untyped JSON; the tests read it as a client would */
// What the comparison engine is told, set over the API by an administrator's script on the real twcs sample:
// the scorecard, cadence plans, house styles and holiday calendars. Each change is in the audit log under the
// key that made it, the comparison uses it on the next request, and the API refuses what the command line
// refuses, in the same words, naming the field.
import { AccountRepository } from '#persistence';
import { runCli, startServer, type RunningServer } from '../support/processes.js';
import { useProcessDatabase } from '../support/test-database.js';
import {
  api,
  seedWorkspace,
  withProcessDatabase,
  type SeededWorkspace,
  type TestRole,
} from './api-support.js';

const OCTOBER = '/comparison?from=2017-10-01&to=2017-10-31';

describe('REST API: engine settings (scorecard, cadence plans, house styles, holidays)', () => {
  const db = useProcessDatabase();
  let server: RunningServer;
  let acme: SeededWorkspace;
  let globex: SeededWorkspace;
  /** Two accounts of acme and one of globex, by id and handle. */
  const accounts: { id: string; handle: string }[] = [];
  let globexAccount: string;
  /** What `ledger …` printed for the refusals the API is compared with. */
  const cli: Record<string, string> = {};
  const call = (role: TestRole, method: string, path: string, body?: unknown) =>
    api(server.baseUrl, acme.keys[role], method, `/api/v1/workspaces/acme${path}`, body);

  /** Every audit entry of acme with this action, oldest first. */
  async function audit(action: string): Promise<any[]> {
    const entries: any[] = [];
    for (let after = 0; ;) {
      const page = await call('admin', 'GET', `/audit-log?after=${after}&limit=200`);
      expect(page.status).toBe(200);
      entries.push(...page.body.data);
      if (page.body.next === null) break;
      after = page.body.next;
    }
    return entries.filter((e) => e.action === action);
  }

  /** How the admin key appears in the audit log. */
  async function adminActor(): Promise<string> {
    const keys = await call('admin', 'GET', '/api-keys');
    return `api-key:${keys.body.data.find((k: any) => k.role === 'admin').id}`;
  }

  /** The refusal `ledger` prints, without its `ledger: ` prefix. */
  async function refusal(args: string[]): Promise<string> {
    const result = await runCli([...args, '-w', 'acme'], db.env);
    expect(result.code).toBe(1);
    return result.stderr.trim().replace(/^ledger: /, '');
  }

  beforeAll(async () => {
    await withProcessDatabase(db.env, async (d) => {
      acme = await seedWorkspace(d, 'acme', 'Acme Corp');
      globex = await seedWorkspace(d, 'globex', 'Globex Inc');
      const repo = new AccountRepository(d.dataSource);
      accounts.push(...(await repo.listByWorkspace(acme.id)).slice(0, 2));
      globexAccount = (await repo.listByWorkspace(globex.id))[0].id;
    });
    // The command line's refusals, before the server holds the database.
    const handle = accounts[0].handle;
    cli.plan = await refusal([
      'plan',
      'set',
      handle,
      '--per-weekday',
      '0,1,1,1,1,1,0',
      '--from',
      '2017-02-30',
    ]);
    cli.weights = await refusal([
      'weights',
      'set',
      ...['--responsiveness', '0', '--engagement', '0', '--risk', '0', '--cost', '0'],
    ]);
    cli.style = await refusal(['house-style', 'set', handle, '--max-length', '0']);
    cli.holidays = await refusal(['accounts', 'set', handle, '--holidays', 'AT:10']);
    // Refused by the settings' own checks, not by the command line's option parsing.
    expect(cli).toEqual({
      plan: 'from must be a day, YYYY-MM-DD, got "2017-02-30"',
      weights: 'weights must not all be 0',
      style: 'maxReplyLength must be a whole number > 0',
      holidays: 'holidays: Unknown holiday state "10" of AT',
    });
    server = await startServer({ ...db.env, LEDGER_DEMO: 'off', LEDGER_WORKER: 'off' });
  }, 180_000);

  afterAll(async () => {
    await server?.stop();
  });

  test('the scorecard: defaults until set; a weight set over the API moves the recommendation', async () => {
    const initial = await call('viewer', 'GET', '/scorecard');
    expect(initial.status).toBe(200);
    expect(initial.body.data.set).toEqual({ weights: {}, thresholds: {}, severityWeights: {} });
    expect(initial.body.data.weights).toEqual(initial.body.data.defaults.weights);
    expect(initial.body.data.thresholds).toEqual(initial.body.data.defaults.thresholds);
    const before = (await call('viewer', 'GET', OCTOBER)).body.data.comparisons[0].overall.recommendation;
    expect(before.weights).toEqual(initial.body.data.normalisedWeights);

    const cost = initial.body.data.defaults.weights.cost * 3;
    const changed = await call('admin', 'PATCH', '/scorecard', { weights: { cost } });
    expect(changed.status).toBe(200);
    expect(changed.body.data.set.weights).toEqual({ cost });
    expect(changed.body.data.weights).toEqual({ ...initial.body.data.defaults.weights, cost });
    const sum = Object.values<number>(changed.body.data.weights).reduce((a, b) => a + b, 0);
    expect(changed.body.data.normalisedWeights.cost).toBeCloseTo(cost / sum, 12);

    const after = (await call('viewer', 'GET', OCTOBER)).body.data.comparisons[0].overall.recommendation;
    expect(after.weights).toEqual(changed.body.data.normalisedWeights);
    expect(after.weights.cost).toBeGreaterThan(before.weights.cost);

    const [entry] = await audit('scorecard.changed');
    expect(entry).toMatchObject({
      actor: await adminActor(),
      entityType: 'scorecard',
      entityId: acme.id,
      payload: { before: { weights: {} }, after: { weights: { cost } } },
    });
  });

  test('PATCH keeps what it is not given, PUT sets the rest to the defaults; {} restores them all', async () => {
    const patched = await call('admin', 'PATCH', '/scorecard', { thresholds: { decision: 0.3 } });
    expect(patched.status).toBe(200);
    expect(patched.body.data.set).toMatchObject({
      weights: { cost: expect.any(Number) },
      thresholds: { decision: 0.3 },
    });
    const replaced = await call('admin', 'PUT', '/scorecard', { severityWeights: { critical: 50 } });
    expect(replaced.status).toBe(200);
    expect(replaced.body.data.set).toEqual({
      weights: {},
      thresholds: {},
      severityWeights: { critical: 50 },
    });
    expect(replaced.body.data.severityWeights.critical).toBe(50);
    const reset = await call('admin', 'PUT', '/scorecard', {});
    expect(reset.body.data.set).toEqual({ weights: {}, thresholds: {}, severityWeights: {} });
    expect((await call('auditor', 'GET', '/scorecard')).body.data).toEqual(reset.body.data);
    expect((await audit('scorecard.replaced')).length).toBe(2);
  });

  test('a scorecard the engine cannot use is refused, naming the field, and nothing changes', async () => {
    const allZero = { weights: { responsiveness: 0, engagement: 0, risk: 0, cost: 0 } };
    const zero = await call('admin', 'PATCH', '/scorecard', allZero);
    expect(zero.status).toBe(400);
    // The same words as `ledger weights set` with every weight 0.
    expect(zero.body.error.fields).toEqual([{ field: 'weights', message: cli.weights }]);
    const refusals: [unknown, string][] = [
      [{ weights: { cost: -1 } }, 'weights.cost'],
      [{ weights: { cost: 'high' } }, 'weights.cost'],
      [{ weights: { speed: 1 } }, 'weights.speed'],
      [{ thresholds: { decision: 2 } }, 'thresholds.decision'],
      [{ severityWeights: { severe: 3 } }, 'severityWeights.severe'],
    ];
    for (const [body, field] of refusals) {
      const response = await call('admin', 'PATCH', '/scorecard', body);
      expect(`${response.status} ${response.body.error.fields[0].field}`).toBe(`400 ${field}`);
    }
    expect((await call('admin', 'GET', '/scorecard')).body.data.set).toEqual({
      weights: {},
      thresholds: {},
      severityWeights: {},
    });
    // Only administrators change it.
    expect((await call('analyst', 'PATCH', '/scorecard', { weights: { cost: 1 } })).status).toBe(403);
  });

  test('cadence plans: set per account, replaced by the same group and first day, removed; volume follows', async () => {
    const [a, b] = accounts;
    const plan = { group: 'agency:CallCo', from: '2017-10-01', perWeekday: [0, 1, 1, 1, 1, 1, 0] };
    const planned = async () =>
      (await call('viewer', 'GET', OCTOBER)).body.data.volume.plannedDays.filter(
        (d: any) => d.accountId === a.id,
      );
    expect(await planned()).toEqual([]);

    const first = await call('admin', 'POST', `/accounts/${a.id}/cadence-plans`, plan);
    expect(first.status).toBe(201);
    expect(first.body.data).toEqual({
      ...plan,
      id: expect.any(String),
      accountId: a.id,
      to: null,
      kinds: ['post'],
      replaced: false,
    });
    // One planned post on each weekday of October (the workspace and its accounts are on UTC), for CallCo.
    const weekdays = Array.from({ length: 31 }, (_, i) => new Date(Date.UTC(2017, 9, i + 1)))
      .filter((d) => d.getUTCDay() >= 1 && d.getUTCDay() <= 5)
      .map((d) => d.toISOString().slice(0, 10));
    const days = await planned();
    expect(days.map((d: any) => d.day)).toEqual(weekdays);
    expect(days.every((d: any) => d.group === 'agency:CallCo' && d.planned === 1)).toBe(true);

    const again = await call('admin', 'POST', `/accounts/${a.id}/cadence-plans`, {
      ...plan,
      kinds: ['post', 'reply'],
    });
    expect(again.status).toBe(201);
    expect(again.body.data.replaced).toBe(true);
    const other = await call('admin', 'POST', `/accounts/${b.id}/cadence-plans`, {
      from: '2017-10-02',
      perWeekday: [1, 1, 1, 1, 1, 1, 1],
    });
    expect(other.body.data).toMatchObject({ group: null, replaced: false });

    const ofA = await call('auditor', 'GET', `/accounts/${a.id}/cadence-plans`);
    expect(ofA.status).toBe(200);
    expect(ofA.body.data).toEqual([
      { ...plan, id: again.body.data.id, accountId: a.id, to: null, kinds: ['post', 'reply'] },
    ]);
    expect(ofA.body.page).toEqual({ limit: 50, offset: 0, total: 1 });
    const all = await call('viewer', 'GET', '/cadence-plans?limit=1&offset=1');
    expect(all.body.page.total).toBe(2);
    expect(all.body.data).toHaveLength(1);

    expect(
      (await call('admin', 'DELETE', `/accounts/${a.id}/cadence-plans/${again.body.data.id}`)).status,
    ).toBe(204);
    expect((await call('admin', 'GET', `/accounts/${a.id}/cadence-plans`)).body.data).toEqual([]);
    expect(await planned()).toEqual([]);
    const gone = await call('admin', 'DELETE', `/accounts/${a.id}/cadence-plans/${again.body.data.id}`);
    expect(gone.status).toBe(404);
    // A plan is removed under its own account only.
    expect(
      (await call('admin', 'DELETE', `/accounts/${a.id}/cadence-plans/${other.body.data.id}`)).status,
    ).toBe(404);

    const actor = await adminActor();
    const sets = await audit('cadence_plan.set');
    expect(sets.map((e) => [e.actor, e.entityId, e.payload.replaced])).toEqual([
      [actor, first.body.data.id, false],
      [actor, again.body.data.id, true],
      [actor, other.body.data.id, false],
    ]);
    const [deleted] = await audit('cadence_plan.deleted');
    expect(deleted).toMatchObject({
      actor,
      entityId: again.body.data.id,
      payload: { plan: { accountId: a.id } },
    });
  });

  test('a plan the engine cannot use is refused as on the command line, naming the field', async () => {
    const path = `/accounts/${accounts[0].id}/cadence-plans`;
    const valid = { from: '2017-11-01', perWeekday: [0, 1, 1, 1, 1, 1, 0] };
    const badDay = await call('admin', 'POST', path, { ...valid, from: '2017-02-30' });
    expect(badDay.status).toBe(400);
    expect(badDay.body.error.fields).toEqual([{ field: 'from', message: cli.plan }]);
    const refusals: [unknown, string][] = [
      [{ ...valid, perWeekday: [1, 1, 1, 1, 1, 1] }, 'perWeekday'],
      [{ ...valid, perWeekday: [1, 1, 1, 1, 1, 1, 0.5] }, 'perWeekday'],
      [{ ...valid, perWeekday: ['1', 1, 1, 1, 1, 1, 1] }, 'perWeekday'],
      [{ ...valid, group: 'CallCo' }, 'group'],
      [{ ...valid, to: '2017-10-01' }, 'to'],
      [{ ...valid, kinds: [] }, 'kinds'],
      [{ perWeekday: valid.perWeekday }, 'from'],
    ];
    for (const [body, field] of refusals) {
      const response = await call('admin', 'POST', path, body);
      expect(`${response.status} ${response.body.error.fields[0].field}`).toBe(`400 ${field}`);
    }
    expect((await call('admin', 'GET', path)).body.data).toEqual([]);
  });

  test('house styles: none until set; set over the API, the comparison checks tone against it', async () => {
    const { id } = accounts[0];
    const none = await call('viewer', 'GET', `/accounts/${id}/house-style`);
    expect(none.status).toBe(200);
    expect(none.body).toEqual({ data: null });
    const account = async () =>
      (await call('viewer', 'GET', OCTOBER)).body.data.accounts.find((x: any) => x.id === id);
    expect((await account()).hasHouseStyle).toBe(false);

    const style = {
      language: 'en',
      signatureRequired: true,
      emojiPolicy: 'limited',
      maxEmoji: 2,
      maxReplyLength: 280,
    };
    const set = await call('admin', 'PUT', `/accounts/${id}/house-style`, style);
    expect(set.status).toBe(200);
    expect(set.body.data).toEqual({ ...style, accountId: id, formOfAddress: null, signaturePattern: null });
    expect((await call('auditor', 'GET', `/accounts/${id}/house-style`)).body.data).toEqual(set.body.data);
    expect((await call('viewer', 'GET', '/house-styles')).body.data).toEqual([set.body.data]);
    expect((await account()).hasHouseStyle).toBe(true);

    // PUT replaces: what is left out sets no rule.
    const replaced = await call('admin', 'PUT', `/accounts/${id}/house-style`, { formOfAddress: 'Sie' });
    expect(replaced.body.data).toMatchObject({
      language: null,
      formOfAddress: 'Sie',
      signatureRequired: false,
      emojiPolicy: 'allowed',
      maxEmoji: null,
      maxReplyLength: null,
    });
    const entries = await audit('house_style.changed');
    expect(entries.map((e) => [e.actor, e.entityId])).toEqual([
      [await adminActor(), id],
      [await adminActor(), id],
    ]);
    expect(entries[0].payload).toEqual({ before: null, after: { ...style, formOfAddress: null } });
    expect(entries[1].payload.before).toEqual({ ...style, formOfAddress: null });
  });

  test('a house style the engine cannot check is refused as on the command line, naming the field', async () => {
    const path = `/accounts/${accounts[1].id}/house-style`;
    const length = await call('admin', 'PUT', path, { maxReplyLength: 0 });
    expect(length.status).toBe(400);
    expect(length.body.error.fields).toEqual([{ field: 'maxReplyLength', message: cli.style }]);
    const refusals: [unknown, string][] = [
      [{ formOfAddress: 'ihr' }, 'formOfAddress'],
      [{ emojiPolicy: 'some' }, 'emojiPolicy'],
      [{ language: 'English' }, 'language'],
      [{ maxEmoji: 1.5 }, 'maxEmoji'],
      [{ signatureRequired: 'yes' }, 'signatureRequired'],
      [{ signaturePattern: '^x' }, 'signaturePattern'],
    ];
    for (const [body, field] of refusals) {
      const response = await call('admin', 'PUT', path, body);
      expect(`${response.status} ${response.body.error.fields[0].field}`).toBe(`400 ${field}`);
    }
    expect((await call('admin', 'GET', path)).body.data).toBeNull();
  });

  test('holidays: a calendar with its own closed and open days, read back, used by the comparison, removed', async () => {
    const { id } = accounts[1];
    expect((await call('viewer', 'GET', `/accounts/${id}/holidays`)).body).toEqual({ data: null });
    const calendar = {
      country: 'AT',
      state: '9',
      types: ['public', 'bank'],
      closedDays: ['2017-10-27'],
      openDays: ['2017-10-26', { date: '2017-10-28', startMinute: 600, endMinute: 900 }],
    };
    const set = await call('admin', 'PUT', `/accounts/${id}/holidays`, calendar);
    expect(set.status).toBe(200);
    expect(set.body.data).toEqual({ ...calendar, region: null });
    expect((await call('auditor', 'GET', `/accounts/${id}/holidays`)).body.data).toEqual(set.body.data);
    const clock = async () =>
      (await call('viewer', 'GET', OCTOBER)).body.data.accounts.find((x: any) => x.id === id).holidayCalendar;
    expect(await clock()).toBe('AT-9');

    expect((await call('admin', 'DELETE', `/accounts/${id}/holidays`)).status).toBe(204);
    expect((await call('viewer', 'GET', `/accounts/${id}/holidays`)).body).toEqual({ data: null });
    expect(await clock()).toBeNull();

    const actor = await adminActor();
    const [changed] = await audit('account_holidays.changed');
    expect(changed).toMatchObject({ actor, entityId: id, payload: { before: null, after: calendar } });
    const [removed] = await audit('account_holidays.removed');
    expect(removed).toMatchObject({ actor, entityId: id, payload: { before: calendar, after: null } });
  });

  test('a calendar date-holidays does not know, or days that are not days, are refused naming the field', async () => {
    const path = `/accounts/${accounts[0].id}/holidays`;
    const state = await call('admin', 'PUT', path, { country: 'AT', state: '10' });
    expect(state.status).toBe(400);
    expect(state.body.error.fields).toEqual([{ field: 'state', message: cli.holidays }]);
    const refusals: [unknown, string][] = [
      [{ country: 'XX' }, 'country'],
      [{ country: 'DE', state: 'BY', region: 'Q' }, 'region'],
      [{ state: '9' }, 'state'],
      [{ country: 'AT', types: ['public', 'fun'] }, 'types'],
      [{ closedDays: ['27.10.2017'] }, 'closedDays'],
      [{ openDays: [{ date: '2017-10-28', startMinute: 900, endMinute: 600 }] }, 'openDays'],
      [{ openDays: [5] }, 'openDays'],
      [{ country: 'AT', city: 'Vienna' }, 'city'],
    ];
    for (const [body, field] of refusals) {
      const response = await call('admin', 'PUT', path, body);
      expect(`${response.status} ${response.body.error.fields[0].field}`).toBe(`400 ${field}`);
    }
    expect((await call('admin', 'GET', path)).body.data).toBeNull();
  });

  test("another workspace's settings are out of reach: 404, and nothing of it changes", async () => {
    const valid: [string, string, unknown][] = [
      ['PATCH', '/scorecard', { weights: { cost: 1 } }],
      ['PUT', '/scorecard', {}],
      [
        'POST',
        `/accounts/${globexAccount}/cadence-plans`,
        { from: '2017-10-01', perWeekday: [1, 1, 1, 1, 1, 1, 1] },
      ],
      ['PUT', `/accounts/${globexAccount}/house-style`, { language: 'de' }],
      ['PUT', `/accounts/${globexAccount}/holidays`, { country: 'AT' }],
      ['DELETE', `/accounts/${globexAccount}/holidays`, undefined],
      ['GET', `/accounts/${globexAccount}/house-style`, undefined],
    ];
    for (const [method, path, body] of valid) {
      // Under globex's slug with acme's key: as if globex did not exist.
      const other = await api(
        server.baseUrl,
        acme.keys.admin,
        method,
        `/api/v1/workspaces/globex${path}`,
        body,
      );
      expect(`${method} ${path} ${other.status}`).toBe(`${method} ${path} 404`);
    }
    // Globex's account under acme's slug: no such account here.
    for (const [method, path, body] of valid.filter(([, p]) => p.includes(globexAccount))) {
      const crossing = await call('admin', method, path, body);
      expect(`${method} ${path} ${crossing.status}`).toBe(`${method} ${path} 404`);
      expect(crossing.body.error.message).toBe(`No account ${globexAccount} in this workspace`);
    }
    const own = (path: string) =>
      api(server.baseUrl, globex.keys.viewer, 'GET', `/api/v1/workspaces/globex${path}`);
    expect((await own('/scorecard')).body.data.set).toEqual({
      weights: {},
      thresholds: {},
      severityWeights: {},
    });
    expect((await own('/cadence-plans')).body.data).toEqual([]);
    expect((await own('/house-styles')).body.data).toEqual([]);
    expect((await own(`/accounts/${globexAccount}/holidays`)).body.data).toBeNull();
    const log = await api(
      server.baseUrl,
      globex.keys.admin,
      'GET',
      '/api/v1/workspaces/globex/audit-log?limit=200',
    );
    const engine = /^(scorecard|cadence_plan|house_style|account_holidays)\./;
    expect(log.body.data.filter((e: any) => engine.test(e.action))).toEqual([]);
  });
});
