// `ledger jobs`: a workspace's schedule, a report on demand that fails, the dead letters, one job's attempts,
// and a retry, as a person at the terminal sees them.
import { WorkspaceRepository } from '#persistence';
import { runCli } from '../support/processes.js';
import { useProcessDatabase } from '../support/test-database.js';
import { withDatabase, workerEnv } from './worker-harness.js';

describe('ledger jobs', () => {
  const db = useProcessDatabase();
  const env = () => workerEnv({ ...db.env, LEDGER_JOB_RETRY_LIMIT: '0' });

  beforeAll(async () => {
    await withDatabase(env(), (open) =>
      new WorkspaceRepository(open.dataSource).ensure('mars', { timeZone: 'Mars/Olympus_Mons' }),
    );
  }, 120_000);

  test('settings: shows the defaults, keeps what is changed, refuses a curve without the 48-hour snapshot', async () => {
    const shown = await runCli(['jobs', 'settings', '-w', 'mars'], env());
    expect(shown.stdout).toContain('mentions every    5 min');
    expect(shown.stdout).toContain('engagement curve  6h:30m,48h:3h,7d:24h');
    const changed = await runCli(
      ['jobs', 'settings', '-w', 'mars', '--mentions-every', '2', '--engagement-curve', '6h:15m,72h:2h'],
      env(),
    );
    expect(changed.stdout).toContain('mentions every    2 min');
    expect(changed.stdout).toContain('engagement curve  6h:15m,3d:2h');
    const refused = await runCli(
      ['jobs', 'settings', '-w', 'mars', '--engagement-curve', '6h:30m,24h:3h'],
      env(),
    );
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('must reach at least 48 hours');
    const reset = await runCli(['jobs', 'settings', '-w', 'mars', '--reset'], env());
    expect(reset.stdout).toContain('mentions every    5 min');
  });

  test('a failing report on demand becomes a dead letter; show, retry and run again', async () => {
    const enqueued = await runCli(
      ['jobs', 'enqueue', 'monthly-report', '-w', 'mars', '--month', '2026-10', '--format', 'html'],
      env(),
    );
    const id = /Enqueued monthly-report (\S+)/.exec(enqueued.stdout)?.[1] ?? '';
    expect(id).toMatch(/^[0-9a-f-]{36}$/);

    const ran = await runCli(['jobs', 'run-due'], env());
    expect(ran.code).toBe(1);
    expect(ran.stdout).toContain(`monthly-report ${id} failed:`);
    const dead = await runCli(['jobs', 'dead'], env());
    expect(dead.stdout).toMatch(new RegExp(`${id}\\s+monthly-report\\s+dead\\s+1\\s+mars`));
    const shown = await runCli(['jobs', 'show', id], env());
    expect(shown.stdout).toContain(`monthly-report ${id}: dead, 1 attempt(s)`);
    expect(shown.stdout).toMatch(/attempt 1: failed/);
    expect(shown.stdout).toContain('Mars/Olympus_Mons');

    const retried = await runCli(['jobs', 'retry', '--all-dead'], env());
    expect(retried.stdout).toContain(`${id}: retried`);
    const again = await runCli(['jobs', 'run-due'], env());
    expect(again.stdout).toContain(`monthly-report ${id} failed:`);
    const json = await runCli(['jobs', 'list', '--kind', 'monthly-report', '--format', 'json'], env());
    const listed = JSON.parse(json.stdout).data;
    expect(listed).toEqual([
      expect.objectContaining({ id, state: 'dead', attempts: 2, workspaceSlug: 'mars' }),
    ]);
    const notDead = await runCli(['jobs', 'retry', '00000000-0000-4000-8000-000000000000'], env());
    expect(notDead.code).toBe(1);
    expect(notDead.stderr).toContain('No job 00000000-0000-4000-8000-000000000000');
  }, 180_000);
});
