/* eslint-disable @typescript-eslint/no-explicit-any -- the API answers untyped JSON; the test reads it as a client would */
// The jobs API of a server that runs its worker in-process (`npm start`): a report on demand, its failure
// ending in the dead letters, and a retry, each under the role that may do it.
import { ApiKeyRepository, generateApiKey, WorkspaceRepository } from '#persistence';
import { startServer, type RunningServer } from '../support/processes.js';
import { useProcessDatabase } from '../support/test-database.js';
import { api } from './api-support.js';
import { waitFor, withDatabase, workerEnv } from './worker-harness.js';

describe('the jobs API with the worker in the server process', () => {
  const db = useProcessDatabase();
  let server: RunningServer;
  const keys: Record<'admin' | 'analyst' | 'viewer', string> = { admin: '', analyst: '', viewer: '' };
  const base = '/api/v1/workspaces/mars/jobs';

  beforeAll(async () => {
    // A workspace whose time zone does not exist: every report of it fails, which is what dead letters are for.
    const env = workerEnv({ ...db.env, LEDGER_JOB_RETRY_LIMIT: '0' });
    await withDatabase(env, async (open) => {
      const workspace = await new WorkspaceRepository(open.dataSource).ensure('mars', {
        timeZone: 'Mars/Olympus_Mons',
      });
      for (const role of ['admin', 'analyst', 'viewer'] as const) {
        const { key, prefix, keyHash } = generateApiKey();
        await new ApiKeyRepository(open.dataSource).create({
          workspaceId: workspace.id,
          name: `${role} key`,
          role,
          prefix,
          keyHash,
          createdBy: 'test',
        });
        keys[role] = key;
      }
    });
    server = await startServer(env, 180_000);
  }, 240_000);

  afterAll(async () => {
    await server?.stop();
  });

  const job = async (id: string) => {
    const response = await api(server.baseUrl, keys.admin, 'GET', `${base}/${id}`);
    // Seen once in CI: a read during the job answered without the job. Say what it answered, so the next
    // occurrence names its cause (the poll below treats it as "not yet").
    if (response.status !== 200)
      console.warn(`GET job ${id}: ${response.status} ${JSON.stringify(response.body)}`);
    return response.body.data;
  };

  test('a report on demand fails, lands in the dead letters, and a retry runs it again', async () => {
    const created = await api(server.baseUrl, keys.analyst, 'POST', `${base}/monthly-report`, {
      month: '2026-10',
      formats: ['html'],
    });
    expect(created.status).toBe(201);
    expect(created.body.data).toMatchObject({
      kind: 'monthly-report',
      state: 'queued',
      subject: 'mars 2026-10 (on demand)',
    });
    const id: string = created.body.data.id;

    // Polled while the worker runs the job: a read that does not answer with the job yet counts as "not yet"
    // (seen once in CI on the embedded database; see the closing note).
    await waitFor(async () => (await job(id))?.state === 'dead', {
      what: 'the job to die',
      timeoutMs: 60_000,
    });
    const dead = await job(id);
    expect(dead.attemptHistory).toEqual([expect.objectContaining({ attempt: 1, outcome: 'failed' })]);
    expect(dead.lastError).toMatch(/Mars\/Olympus_Mons/);
    const letters = await api(server.baseUrl, keys.analyst, 'GET', `${base}/dead-letters`);
    expect(letters.status).toBe(200);
    expect(letters.body.data.map((j: any) => j.id)).toEqual([id]);
    expect(letters.body.page).toMatchObject({ total: 1 });

    expect((await api(server.baseUrl, keys.analyst, 'POST', `${base}/${id}/retry`)).status).toBe(403);
    const retried = await api(server.baseUrl, keys.admin, 'POST', `${base}/${id}/retry`);
    expect(retried.status).toBe(200);
    expect(retried.body.data.state).toBe('queued');
    await waitFor(
      async () => (await job(id))?.attemptHistory?.length === 2 && (await job(id))?.state === 'dead',
      {
        what: 'the retry to run',
        timeoutMs: 60_000,
      },
    );
  });

  test('the job list is for admins and analysts; a viewer is refused, an unknown id is a 404', async () => {
    const list = await api(server.baseUrl, keys.admin, 'GET', `${base}?kind=monthly-report&limit=1`);
    expect(list.status).toBe(200);
    expect(list.body.data).toHaveLength(1);
    expect(list.body.page.total).toBe(1);
    expect(list.body.data[0]).toMatchObject({ kind: 'monthly-report', state: 'dead', attempts: 2 });
    expect((await api(server.baseUrl, keys.viewer, 'GET', base)).status).toBe(403);
    const missing = await api(
      server.baseUrl,
      keys.admin,
      'GET',
      `${base}/00000000-0000-4000-8000-000000000000`,
    );
    expect(missing.status).toBe(404);
    expect((await api(server.baseUrl, keys.admin, 'GET', `${base}?state=lost`)).status).toBe(400);
  });
});
