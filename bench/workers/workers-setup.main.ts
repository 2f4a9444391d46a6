// The workers benchmark's setup, in its own process on the benchmark's database (DATABASE_URL):
//   seed SPEC_JSON  connects the accounts (Mastodon: public data; X: a bearer token, sealed as in production)
//   enqueue         plans every collection job due now, as a scheduler tick does, and puts them into the queue
// Prints one JSON line: what it did, and for `enqueue` the instant the jobs were handed to the queue.
import 'reflect-metadata';
import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { AccountConnectionService } from '#collectors';
import {
  JobHandlers,
  JobQueue,
  JobsModule,
  planDueJobs,
  resolveJobSettings,
  usableJobSettings,
  type PlanningAccount,
} from '#jobs';
import { JobPlanningRepository, PersistenceModule, WorkspaceRepository } from '#persistence';

export interface SeedSpec {
  replayUrl: string;
  workspaces: number;
  mastodonPerWorkspace: number;
  /** Recorded X user ids, one per X account of a workspace. */
  xUserIds: string[];
  xToken: string;
}

export interface SeedResult {
  accounts: number;
}

export interface EnqueueResult {
  enqueued: number;
  /** Epoch milliseconds just before the queue was asked to take the jobs. */
  startedAtMs: number;
  /** Epoch milliseconds once every job was in the queue. */
  enqueuedAtMs: number;
}

@Module({ imports: [PersistenceModule.forRoot(), JobsModule] })
class SetupModule {}

async function seed(spec: SeedSpec, app: Awaited<ReturnType<typeof boot>>): Promise<SeedResult> {
  const workspaces = app.get(WorkspaceRepository);
  const connections = app.get(AccountConnectionService);
  let accounts = 0;
  for (let w = 1; w <= spec.workspaces; w += 1) {
    const slug = `bench-${String(w).padStart(2, '0')}`;
    const workspace = await workspaces.ensure(slug, { timeZone: 'UTC' });
    for (let a = 1; a <= spec.mastodonPerWorkspace; a += 1) {
      await connections.connect({
        workspaceId: workspace.id,
        platform: 'mastodon',
        handle: `${slug}-m${String(a).padStart(3, '0')}`,
        externalId: String(w * 1000 + a),
        settings: { instanceUrl: spec.replayUrl },
        secret: {},
      });
      accounts += 1;
    }
    for (const [i, userId] of spec.xUserIds.entries()) {
      await connections.connect({
        workspaceId: workspace.id,
        platform: 'x',
        handle: `${slug}-x${String(i + 1).padStart(3, '0')}`,
        externalId: userId,
        settings: {},
        secret: { token: spec.xToken },
      });
      accounts += 1;
    }
  }
  return { accounts };
}

/** What a scheduler tick enqueues for collection (JobScheduler.tick), without the other kinds of work. */
async function enqueue(app: Awaited<ReturnType<typeof boot>>): Promise<EnqueueResult> {
  const planning = app.get(JobPlanningRepository);
  const now = new Date();
  const workspaces = (await planning.workspaces()).map((w) => ({
    id: w.id,
    slug: w.slug,
    timeZone: w.timeZone,
    createdAt: w.createdAt,
    settings: usableJobSettings(resolveJobSettings(w)).settings,
  }));
  const rows = await planning.accounts(workspaces.map((w) => w.id));
  const { streams, problems } = await app.get(JobHandlers).collect.streamsFor(rows);
  if (problems.length > 0) throw new Error(`accounts that cannot be collected: ${problems.join('; ')}`);
  const accounts: PlanningAccount[] = rows.map((row) => ({ ...row, streams: streams.get(row.id) ?? [] }));
  const plan = planDueJobs({
    now,
    workspaces,
    accounts,
    engagementDue: new Map(),
    busyScheduleKeys: new Set(),
    enabled: { collect: true, detectIncidents: false, monthlyReport: false, retention: false },
  });
  const queue = app.get(JobQueue);
  await queue.ready();
  const startedAtMs = Date.now();
  const enqueued = await queue.enqueue(plan.jobs, now);
  return { enqueued: enqueued.length, startedAtMs, enqueuedAtMs: Date.now() };
}

function boot() {
  return NestFactory.createApplicationContext(SetupModule, { logger: ['error', 'warn'] });
}

const [mode, specJson] = process.argv.slice(2);
if (mode !== 'seed' && mode !== 'enqueue') {
  throw new Error(
    `workers-setup: expected "seed SPEC_JSON" or "enqueue", got "${process.argv.slice(2).join(' ')}"`,
  );
}
const app = await boot();
try {
  const result = mode === 'seed' ? await seed(JSON.parse(specJson) as SeedSpec, app) : await enqueue(app);
  console.log(JSON.stringify(result));
} finally {
  await app.close();
}
