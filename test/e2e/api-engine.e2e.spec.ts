/* eslint-disable @typescript-eslint/no-explicit-any -- the API answers untyped JSON; the tests read it as a client would */
// The comparison engine over the API, as a consultant's script uses it on the real twcs sample: price the
// groups, ask for the comparison of October 2017, and get refusals that name the field at fault.
import { startServer, type RunningServer } from '../support/processes.js';
import { useProcessDatabase } from '../support/test-database.js';
import { api, seedWorkspace, withProcessDatabase, type SeededWorkspace } from './api-support.js';

const AGENCY_MODEL = {
  group: 'agency:CallCo',
  currency: 'EUR',
  from: '2017-10-01',
  components: [
    { kind: 'retainer', perMonth: 3000 },
    { kind: 'per-item', fee: 1.5, per: 'response' },
  ],
};
const STAFF_MODEL = {
  group: 'in_house',
  currency: 'EUR',
  from: '2017-10-01',
  components: [{ kind: 'fte', perFtePerMonth: 4800, fteShare: 2 }],
};

describe('REST API: cost models and the comparison', () => {
  const db = useProcessDatabase();
  let server: RunningServer;
  let acme: SeededWorkspace;
  const call = (role: keyof SeededWorkspace['keys'], method: string, path: string, body?: unknown) =>
    api(server.baseUrl, acme.keys[role], method, `/api/v1/workspaces/acme${path}`, body);

  beforeAll(async () => {
    await withProcessDatabase(db.env, async (d) => {
      acme = await seedWorkspace(d, 'acme', 'Acme Corp');
    });
    server = await startServer({ ...db.env, LEDGER_DEMO: 'off', LEDGER_WORKER: 'off' });
  }, 120_000);

  afterAll(async () => {
    await server?.stop();
  });

  test('an administrator prices the groups; the same group and first day twice is a conflict', async () => {
    const created = await call('admin', 'POST', '/cost-models', AGENCY_MODEL);
    expect(created.status).toBe(201);
    expect(created.body.data).toMatchObject({ ...AGENCY_MODEL, to: null, id: expect.any(String) });
    expect((await call('admin', 'POST', '/cost-models', STAFF_MODEL)).status).toBe(201);
    const again = await call('admin', 'POST', '/cost-models', AGENCY_MODEL);
    expect(again.status).toBe(409);
    expect(again.body.error).toMatchObject({
      code: 'conflict',
      message: expect.stringContaining('agency:CallCo'),
    });
  });

  test('what cannot be priced is refused, naming the field', async () => {
    const negative = await call('admin', 'POST', '/cost-models', {
      ...AGENCY_MODEL,
      from: '2017-11-01',
      components: [{ kind: 'per-item', fee: -1, per: 'response' }],
    });
    expect(negative.status).toBe(400);
    expect(negative.body.error.fields).toEqual([
      { field: 'components[0].fee', message: 'components[0].fee must be a number >= 0' },
    ]);
    const currency = await call('admin', 'POST', '/cost-models', {
      ...AGENCY_MODEL,
      from: '2017-12-01',
      currency: 'USD',
    });
    expect(currency.status).toBe(400);
    expect(currency.body.error.fields[0].field).toBe('currency');
  });

  test('the list is sorted by group; a model is replaced and removed by id; auditors see none of it', async () => {
    const list = await call('viewer', 'GET', '/cost-models');
    expect(list.status).toBe(200);
    expect(list.body.data.map((m: any) => m.group)).toEqual(['agency:CallCo', 'in_house']);
    const id = list.body.data[0].id;
    const replaced = await call('admin', 'PUT', `/cost-models/${id}`, { ...AGENCY_MODEL, to: '2018-01-01' });
    expect(replaced.status).toBe(200);
    expect(replaced.body.data).toMatchObject({ id, to: '2018-01-01' });
    expect((await call('auditor', 'GET', '/cost-models')).status).toBe(403);
    expect((await call('auditor', 'GET', '/comparison')).status).toBe(403);
    const extra = await call('admin', 'POST', '/cost-models', { ...AGENCY_MODEL, from: '2018-01-01' });
    expect((await call('admin', 'DELETE', `/cost-models/${extra.body.data.id}`)).status).toBe(204);
    expect((await call('admin', 'GET', `/cost-models/${extra.body.data.id}`)).status).toBe(404);
  });

  test('the comparison of October 2017: the agency with items in it, and one asked for by name', async () => {
    const october = '/comparison?from=2017-10-01&to=2017-10-31';
    const byDefault = await call('viewer', 'GET', october);
    expect(byDefault.status).toBe(200);
    expect(byDefault.body.data.challengers).toEqual(['agency:CallCo']);
    const response = await call('viewer', 'GET', `${october}&challengers=agency:CallCo,agency:SoundDesk`);
    expect(response.status).toBe(200);
    const report = response.body.data;
    expect(report.period).toEqual({
      from: '2017-10-01T00:00:00.000Z',
      to: '2017-11-01T00:00:00.000Z',
      timeZone: 'UTC',
    });
    expect(report.challengers).toEqual(['agency:CallCo', 'agency:SoundDesk']);
    const [callCo, soundDesk] = report.comparisons;
    // 93 sample tweets: far below 20 observations a side for anything to be decided.
    for (const metric of callCo.overall.responsiveness.metrics)
      expect(metric.stratified.difference.status).toBe('insufficient');
    expect(callCo.overall.recommendation.decision).toBe('inconclusive');
    expect(callCo.overall.cost.status).toBe('priced');
    expect(soundDesk.overall.cost.status).toBe('no_cost_model');
    const cost = (group: string) => report.cost.byGroup.find((row: any) => row.key === group).summary;
    // CallCo: 3,000 EUR retainer for October plus 1.50 EUR per response it is credited with.
    expect(cost('agency:CallCo').total).toBeCloseTo(3000 + 1.5 * cost('agency:CallCo').responses, 9);
    expect(cost('in_house').total).toBeCloseTo(9600, 9);
  });

  test('a comparison with a group that is not one is refused', async () => {
    const response = await call('admin', 'GET', '/comparison?challengers=CallCo');
    expect(response.status).toBe(400);
    expect(response.body.error.fields[0].field).toBe('challengers');
  });
});
