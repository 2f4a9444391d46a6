// Workers benchmark (issue 9 item 4, issue 5): collection jobs per second with 1, 2 and 4 worker processes
// (the compiled apps/worker) on one PostgreSQL server, against a loopback replay of the recorded Mastodon
// and X payloads. Each worker count gets a fresh database with the same accounts: one collection job per
// account and stream is enqueued while the workers wait, and the clock runs from the enqueue until the last
// job finished. Checked: every job completed with exactly one attempt, and the stored rows equal both the
// counts the recorded payloads imply and, fact for fact, the one-worker run's.
import { randomBytes } from 'node:crypto';
import os from 'node:os';
import { check, fmt, freshServerDatabase, runJson } from '../bench-support.js';
import { PlatformReplay } from './platform-replay.js';
import {
  backendPids,
  copyDatabase,
  jobProgress,
  storedRows,
  transactionsOf,
  withClient,
  type StoredRows,
} from './bench-database.js';
import { cpuSecondsOf, machineBusySeconds, WorkerFleet } from './worker-fleet.js';
import type { EnqueueResult, SeedResult, SeedSpec } from './workers-setup.main.js';

const WORKER_COUNTS = [1, 2, 4];
const WORKSPACES = 15;
const MASTODON_PER_WORKSPACE = 15;
const X_PER_WORKSPACE = 5;
const DATABASE = 'ledger_bench_workers';
/** A run that has not finished in this time is stuck, not slow: the benchmark stops and says so. */
const RUN_TIMEOUT_MS = 10 * 60_000;

interface Run {
  workers: number;
  jobs: number;
  seconds: number;
  meanJobSeconds: number;
  /** From the enqueue until the first job started (an idle worker's polling interval shows here). */
  firstStartSeconds: number;
  rows: StoredRows;
  /** Transactions the benchmark database committed during the run (statements outside one count singly). */
  transactions: number;
  /**
   * CPU seconds while the jobs ran: the worker processes, the benchmark database's backends, the replay (this
   * process), and every process of the machine (other work on it included) over `windowSeconds`.
   */
  cpu: { workers: number; database: number; replay: number; machine: number; windowSeconds: number };
}

export async function workersBenchmark(serverUrl: string | null): Promise<string> {
  if (!serverUrl) {
    return '### Workers\n\nNot measured: several worker processes need a PostgreSQL server (none answered).';
  }
  const xToken = randomBytes(12).toString('hex');
  const replay = await PlatformReplay.start(xToken);
  const { platforms } = replay;
  const xUserIds = platforms.xUserIds.slice(0, X_PER_WORKSPACE);
  const accounts = WORKSPACES * (MASTODON_PER_WORKSPACE + X_PER_WORKSPACE);
  // The reference: what collecting every account once must store, from the recorded payloads alone.
  const expected = {
    // Mastodon: posts and profile (public); X: posts, mentions and profile (bearer token).
    jobs: WORKSPACES * (MASTODON_PER_WORKSPACE * 2 + X_PER_WORKSPACE * 3),
    outbound:
      WORKSPACES *
      (MASTODON_PER_WORKSPACE * platforms.mastodonStatuses + X_PER_WORKSPACE * platforms.xOwnTweets),
    inbound: WORKSPACES * xUserIds.reduce((sum, id) => sum + platforms.xInbound.get(id)!, 0),
    profiles: accounts,
  };
  const runs: Run[] = [];
  const template = await freshServerDatabase(serverUrl, `${DATABASE}_seeded`);
  try {
    const env = {
      LEDGER_CREDENTIALS_KEY: randomBytes(32).toString('base64'),
      LEDGER_X_API_URL: replay.url,
      LEDGER_TICK_SECONDS: '0',
      LEDGER_DEMO: 'off',
      NO_COLOR: '1',
    };
    const spec: SeedSpec = {
      replayUrl: replay.url,
      workspaces: WORKSPACES,
      mastodonPerWorkspace: MASTODON_PER_WORKSPACE,
      xUserIds,
      xToken,
    };
    let started = Date.now();
    const seeded = await runJson<SeedResult>(
      'workers/workers-setup.main.js',
      ['seed', JSON.stringify(spec)],
      {
        ...env,
        DATABASE_URL: template.url,
      },
    );
    check(seeded.accounts === accounts, `seeded ${seeded.accounts} accounts, expected ${accounts}`);
    console.log(`workers: ${accounts} accounts connected in ${fmt((Date.now() - started) / 1000, 1)} s`);
    for (const workers of WORKER_COUNTS) {
      started = Date.now();
      const run = await measure(workers, { serverUrl, template: `${DATABASE}_seeded`, env });
      console.log(
        `workers: ${workers} worker process(es): ${run.jobs} jobs in ${fmt(run.seconds, 1)} s ` +
          `(${fmt((Date.now() - started) / 1000, 1)} s with start and stop)`,
      );
      runs.push(run);
    }
  } finally {
    await replay.close();
    await template.drop();
  }

  const reference = runs[0];
  for (const run of runs) {
    const what = `${run.workers} worker(s)`;
    check(run.jobs === expected.jobs, `${what}: ${run.jobs} collection jobs, expected ${expected.jobs}`);
    check(
      run.rows.outbound === expected.outbound,
      `${what}: ${run.rows.outbound} outbound items, expected ${expected.outbound}`,
    );
    check(
      run.rows.inbound === expected.inbound,
      `${what}: ${run.rows.inbound} inbound items, expected ${expected.inbound}`,
    );
    check(
      run.rows.snapshots === expected.outbound,
      `${what}: ${run.rows.snapshots} engagement snapshots, expected one per outbound item (${expected.outbound})`,
    );
    check(
      run.rows.profiles === expected.profiles,
      `${what}: ${run.rows.profiles} follower snapshots, expected ${expected.profiles}`,
    );
    check(
      run.rows.succeededRuns === expected.jobs && run.rows.otherRuns === 0,
      `${what}: ${run.rows.succeededRuns} succeeded collection runs and ${run.rows.otherRuns} others, expected ${expected.jobs} succeeded`,
    );
    check(
      run.rows.fingerprint === reference.rows.fingerprint && run.rows.captures === reference.rows.captures,
      `${what}: the stored facts differ from the one-worker run's (${run.rows.fingerprint} vs ${reference.rows.fingerprint})`,
    );
  }

  const cores = os.cpus().length;
  const perSecond = (r: Run) => r.jobs / r.seconds;
  const ms = (cpuSeconds: number, r: Run) => (1000 * cpuSeconds) / r.jobs;
  const busy = (r: Run) => (100 * r.cpu.machine) / (r.cpu.windowSeconds * cores);
  const lines = [
    `### Workers: collection jobs per second (${accounts} accounts in ${WORKSPACES} workspaces: ` +
      `${WORKSPACES * MASTODON_PER_WORKSPACE} Mastodon, ${WORKSPACES * X_PER_WORKSPACE} X)`,
    '',
    '| workers | jobs | seconds | jobs/s | speed-up vs 1 worker | first job started after (s) | mean job (s) | rows stored (outbound / inbound / snapshots / profiles) | CPU ms per job: workers / database / replay | database transactions per job | machine busy (of it other processes) |',
    '|---:|---:|---:|---:|---:|---:|---:|---|---|---:|---|',
    ...runs.map(
      (r) =>
        `| ${r.workers} | ${fmt(r.jobs)} | ${fmt(r.seconds, 1)} | ${fmt(perSecond(r), 1)} | ` +
        `${fmt(perSecond(r) / perSecond(reference), 2)} | ${fmt(r.firstStartSeconds, 1)} | ${fmt(r.meanJobSeconds, 2)} | ` +
        `${fmt(r.rows.outbound)} / ${fmt(r.rows.inbound)} / ${fmt(r.rows.snapshots)} / ${fmt(r.rows.profiles)} | ` +
        `${fmt(ms(r.cpu.workers, r), 1)} / ${fmt(ms(r.cpu.database, r), 1)} / ${fmt(ms(r.cpu.replay, r), 1)} | ` +
        `${fmt(r.transactions / r.jobs, 1)} | ${fmt(busy(r))} % (${fmt(othersShare(r, cores))} %) |`,
    ),
    '',
    'Seconds: from the enqueue until the last job finished; the workers were running and idle before it',
    '(LEDGER_WORKER_CONCURRENCY=4 collection jobs at a time per process, an idle worker polls every 2 s, a busy one fetches the next',
    'job as soon as one ends). CPU per job: the worker processes, the PostgreSQL backends of the benchmark database',
    'and the replay server (this process). Machine busy: all cores over the run, and in brackets the part that was',
    'neither the workers, the database nor the replay (other work on the machine). Checked: every job completed',
    'with one attempt; outbound, inbound, snapshot and profile counts equal those the recorded payloads imply, and',
    'the stored facts equal the one-worker run’s, fact for fact.',
    '',
    limitsNote(runs, cores),
  ];
  return lines.join('\n');
}

/** Per cent of all cores that processes other than the workers, their database and the replay used in a run. */
function othersShare(r: Run, cores: number): number {
  const ours = r.cpu.workers + r.cpu.database + r.cpu.replay;
  return (100 * Math.max(0, r.cpu.machine - ours)) / (r.cpu.windowSeconds * cores);
}

/**
 * What limits scaling, from the measurements: the CPU a job costs against the cores there are, what one
 * worker already reached, and what more processes cost per job.
 */
function limitsNote(runs: Run[], cores: number): string {
  const [one] = runs;
  const last = runs[runs.length - 1];
  const ms = (cpuSeconds: number, r: Run) => (1000 * cpuSeconds) / r.jobs;
  const jobMs = (r: Run) => ms(r.cpu.workers + r.cpu.database + r.cpu.replay, r);
  const ceiling = (cores * 1000) / jobMs(one);
  const best = runs.reduce((a, b) => (b.jobs / b.seconds > a.jobs / a.seconds ? b : a));
  return [
    `What limits scaling on this ${cores}-core machine: the CPU. A job costs about ${fmt(jobMs(one), 0)} ms of CPU`,
    `(worker ${fmt(ms(one.cpu.workers, one), 0)}, PostgreSQL ${fmt(ms(one.cpu.database, one), 0)}, replay ` +
      `${fmt(ms(one.cpu.replay, one), 0)}), so ${cores} cores doing nothing else top out near ${fmt(ceiling, 0)} jobs/s`,
    `whatever the number of workers; one worker (one Node.js thread, 4 jobs at a time) reached ` +
      `${fmt(one.jobs / one.seconds, 0)} jobs/s, ${fmt((100 * one.jobs) / one.seconds / ceiling, 0)} % of that, while other ` +
      `processes took ${fmt(othersShare(one, cores))} % of the machine.`,
    `The workers, their PostgreSQL backends and the replay share the same cores, so more processes add`,
    `parallelism only while a core is idle, and each costs CPU of its own (polling, connections, JIT warm-up,`,
    `switching): worker CPU per job went from ${fmt(ms(one.cpu.workers, one), 1)} ms with 1 process to ` +
      `${fmt(ms(last.cpu.workers, last), 1)} ms with ${last.workers}. Fastest here: ${best.workers} worker(s).`,
    'More workers pay off on more cores or machines, and when jobs wait on slow platforms rather than on CPU.',
    `PostgreSQL is one of the CPU consumers rather than a bottleneck of its own (${fmt(ms(one.cpu.database, one), 1)} ms ` +
      `per job with 1 worker, ${fmt(ms(last.cpu.database, last), 1)} ms with ${last.workers}; ` +
      `${fmt(one.transactions / one.jobs, 0)} transactions per job).`,
    'Nor is the pg-boss polling interval the cap: it delays only the first fetch after an idle spell ("first job',
    'started after"); a worker that finishes a job fetches the next at once.',
  ].join('\n');
}

interface RunSetup {
  serverUrl: string;
  /** The seeded database every run starts from a copy of. */
  template: string;
  env: Record<string, string>;
}

async function measure(workers: number, setup: RunSetup): Promise<Run> {
  const db = await copyDatabase(setup.serverUrl, setup.template, DATABASE);
  const env = { ...setup.env, DATABASE_URL: db.url };
  let fleet: WorkerFleet | null = null;
  try {
    fleet = await WorkerFleet.start(workers, env);
    const before = await withClient(db.url, async (c) => ({
      backends: new Map((await backendPids(c, DATABASE)).map((pid) => [pid, cpuSecondsOf(pid)])),
      transactions: await transactionsOf(c, DATABASE),
    }));
    const workersBefore = fleet.pids.reduce((sum, pid) => sum + cpuSecondsOf(pid), 0);
    const replayBefore = process.cpuUsage();
    const machineBefore = machineBusySeconds();
    const windowStarted = Date.now();

    const enqueued = await runJson<EnqueueResult>('workers/workers-setup.main.js', ['enqueue'], env);
    const deadline = Date.now() + RUN_TIMEOUT_MS;
    const progress = await withClient(db.url, async (client) => {
      for (;;) {
        const p = await jobProgress(client);
        if (p.completed + p.dead >= enqueued.enqueued) return p;
        if (Date.now() > deadline) {
          throw new Error(
            `${workers} worker(s): ${p.completed} of ${enqueued.enqueued} jobs done after ${RUN_TIMEOUT_MS / 1000} s`,
          );
        }
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
    });
    const workersCpu = fleet.pids.reduce((sum, pid) => sum + cpuSecondsOf(pid), 0) - workersBefore;
    const databaseCpu = await withClient(db.url, (c) => backendPids(c, DATABASE)).then((pids) =>
      pids.reduce((sum, pid) => sum + cpuSecondsOf(pid) - (before.backends.get(pid) ?? 0), 0),
    );
    const replayUsage = process.cpuUsage(replayBefore);
    const machineCpu = machineBusySeconds() - machineBefore;
    const windowSeconds = (Date.now() - windowStarted) / 1000;
    const rows = await withClient(db.url, storedRows);
    await fleet.stop();
    const problems = fleet.problems();
    fleet = null;
    // The workers' backends have ended, so their statistics are flushed.
    const transactions = (await withClient(db.url, (c) => transactionsOf(c, DATABASE))) - before.transactions;

    const what = `${workers} worker(s)`;
    check(
      progress.dead === 0,
      `${what}: ${progress.dead} collection job(s) dead: ${problems.slice(0, 3).join(' / ')}`,
    );
    check(
      progress.total === enqueued.enqueued && progress.completed === progress.total,
      `${what}: ${progress.completed} of ${progress.total} jobs completed (${enqueued.enqueued} enqueued)`,
    );
    check(
      progress.attempts === progress.total && progress.failedAttempts === 0 && progress.repeated === 0,
      `${what}: ${progress.attempts} attempts (${progress.failedAttempts} failed, ${progress.repeated} jobs ran more than once) for ${progress.total} jobs`,
    );
    check(progress.workers.length === workers, `${what}: only ${progress.workers.join(', ')} ran jobs`);
    return {
      workers,
      jobs: progress.total,
      seconds: (progress.lastFinishedMs! - enqueued.startedAtMs) / 1000,
      meanJobSeconds: progress.meanJobSeconds ?? 0,
      firstStartSeconds: (progress.firstStartedMs! - enqueued.startedAtMs) / 1000,
      rows,
      transactions,
      cpu: {
        workers: workersCpu,
        database: databaseCpu,
        replay: (replayUsage.user + replayUsage.system) / 1e6,
        machine: machineCpu,
        windowSeconds,
      },
    };
  } finally {
    await fleet?.stop();
    await db.drop();
  }
}
