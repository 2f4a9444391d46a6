// What is due at one instant: a pure function of the clock, the workspaces' settings, their accounts and the
// jobs not yet finished. Every scheduled job carries a schedule key and the start of its slot; the database
// keeps one job per (key, slot), so planning the same instant twice, on one instance or on many, is harmless.
import type { CollectableStream, PlannedJob, StreamCadence } from '../job-kinds.js';
import { engagementCheckpoints, engagementHorizonMinutes, isSnapshotDue } from './engagement-curve.util.js';
import type { JobSettings } from './job-settings.util.js';
import { dueMonthlyReport } from './monthly-report-slot.util.js';
import { scheduleSlot } from './slot.util.js';

export interface PlanningWorkspace {
  id: string;
  slug: string;
  timeZone: string;
  createdAt: Date;
  settings: JobSettings;
}

export interface PlanningAccount {
  id: string;
  workspaceId: string;
  platform: string;
  handle: string;
  /** The streams the collectors can fetch for this account (none: not collectable, e.g. imported only). */
  streams: readonly CollectableStream[];
}

export interface RecentPost {
  accountId: string;
  externalId: string;
  createdAt: Date;
}

export interface PlanningInput {
  now: Date;
  workspaces: PlanningWorkspace[];
  accounts: PlanningAccount[];
  /** Per account, the posts whose engagement snapshot is due (duePostsByAccount). */
  engagementDue: ReadonlyMap<string, string[]>;
  /** Schedule keys with an unfinished job: a slow or failing schedule does not pile up jobs. */
  busyScheduleKeys: ReadonlySet<string>;
  /** Kinds this installation can run (a kind without its service is not scheduled at all). */
  enabled: {
    collect: boolean;
    detectIncidents: boolean;
    monthlyReport: boolean;
    retention: boolean;
    reportDelivery?: boolean;
  };
  /** Report mails of the current month per workspace that mails its report (libs/reporting delivery). */
  reportDeliveries?: { workspaceId: string; month: string; dueAt: Date }[];
}

/** At most this many posts per engagement job; the rest follow in the next slot. */
export const MAX_POSTS_PER_ENGAGEMENT_JOB = 200;

const RETENTION_EVERY_MINUTES = 24 * 60;

export interface Plan {
  jobs: PlannedJob[];
  /** Schedules that could not be planned (e.g. a workspace with an unknown time zone), for the log. */
  problems: string[];
}

export function planDueJobs(input: PlanningInput): Plan {
  const jobs: PlannedJob[] = [];
  const problems: string[] = [];
  // A recurring job whose previous slot has not run yet is skipped: the next run catches up anyway. A monthly
  // report is not recurring work of that kind: each month is its own report, so it is always planned.
  const add = (job: PlannedJob) => {
    const recurring = job.kind !== 'monthly-report';
    if (recurring && job.scheduleKey && input.busyScheduleKeys.has(job.scheduleKey)) return;
    jobs.push(job);
  };
  const workspaces = new Map(input.workspaces.map((w) => [w.id, w]));

  if (input.enabled.collect) {
    for (const account of input.accounts) {
      const workspace = workspaces.get(account.workspaceId);
      if (!workspace?.settings.collectionEnabled) continue;
      for (const { name, cadence } of account.streams) {
        const engagement = cadence === 'engagement';
        const postIds = engagement ? (input.engagementDue.get(account.id) ?? []) : [];
        if (engagement && postIds.length === 0) continue;
        // The stream's regular run, still waiting in the queue, will collect the same engagement.
        if (engagement && input.busyScheduleKeys.has(`collect:${account.id}:${name}`)) continue;
        const key = `collect:${account.id}:${name}${engagement ? ':engagement' : ''}`;
        add({
          kind: 'collect',
          workspaceId: account.workspaceId,
          accountId: account.id,
          scheduleKey: key,
          slot: scheduleSlot(key, input.now, cadenceInterval(workspace.settings, cadence)),
          subject: `${account.platform}:${account.handle} ${name}${engagement ? ' (engagement)' : ''}`,
          data: {
            workspaceId: account.workspaceId,
            accountId: account.id,
            stream: name,
            cadence,
            ...(engagement ? { postExternalIds: postIds.slice(0, MAX_POSTS_PER_ENGAGEMENT_JOB) } : {}),
          },
        });
      }
    }
  }

  for (const workspace of input.workspaces) {
    if (input.enabled.detectIncidents && workspace.settings.collectionEnabled) {
      const key = `detect-incidents:${workspace.id}`;
      add({
        kind: 'detect-incidents',
        workspaceId: workspace.id,
        accountId: null,
        scheduleKey: key,
        slot: scheduleSlot(key, input.now, workspace.settings.incidentsEveryMinutes),
        subject: `${workspace.slug} incidents`,
        data: { workspaceId: workspace.id },
      });
    }
    if (input.enabled.monthlyReport && workspace.settings.monthlyReportEnabled) {
      const due = monthlyReportOf(workspace, input.now, problems);
      // A workspace created after the month ended did not live through it: its old months are on demand.
      if (due && workspace.createdAt.getTime() < due.slot.getTime()) {
        add({
          kind: 'monthly-report',
          workspaceId: workspace.id,
          accountId: null,
          scheduleKey: `monthly-report:${workspace.id}`,
          slot: due.slot,
          subject: `${workspace.slug} ${due.month}`,
          data: {
            workspaceId: workspace.id,
            month: due.month,
            formats: workspace.settings.reportFormats,
            onDemand: false,
          },
        });
      }
    }
  }

  // A month's report mail is due from the first working day's send hour; its slot is that instant.
  for (const delivery of input.enabled.reportDelivery ? (input.reportDeliveries ?? []) : []) {
    const workspace = workspaces.get(delivery.workspaceId);
    if (!workspace || delivery.dueAt > input.now || workspace.createdAt >= delivery.dueAt) continue;
    add({
      kind: 'report-delivery',
      workspaceId: workspace.id,
      accountId: null,
      scheduleKey: `report-delivery:${workspace.id}`,
      slot: delivery.dueAt,
      subject: `${workspace.slug} ${delivery.month} mail`,
      data: { workspaceId: workspace.id, month: delivery.month },
    });
  }

  if (input.enabled.retention) {
    add({
      kind: 'retention',
      workspaceId: null,
      accountId: null,
      scheduleKey: 'retention',
      slot: scheduleSlot('retention', input.now, RETENTION_EVERY_MINUTES),
      subject: 'retention clean-up',
      data: { scheduled: true },
    });
  }
  return { jobs, problems };
}

/** One workspace's bad time zone must not stop the schedules of all the others. */
function monthlyReportOf(workspace: PlanningWorkspace, now: Date, problems: string[]) {
  try {
    return dueMonthlyReport(now, workspace.timeZone);
  } catch (error) {
    problems.push(`workspace ${workspace.slug}: no monthly report schedule: ${(error as Error).message}`);
    return null;
  }
}

/** Minutes between two collections of a stream; engagement runs at the curve's finest step. */
export function cadenceInterval(settings: JobSettings, cadence: StreamCadence): number {
  if (cadence === 'mentions') return settings.mentionsEveryMinutes;
  if (cadence === 'posts') return settings.postsEveryMinutes;
  return Math.min(...settings.engagementCurve.map((s) => s.everyMinutes));
}

/** How far back posts can still be on any workspace's curve: the scheduler reads posts since then. */
export function engagementLookbackStart(now: Date, workspaces: PlanningWorkspace[]): Date {
  const horizon = Math.max(
    0,
    ...workspaces.map((w) => engagementHorizonMinutes(engagementCheckpoints(w.settings.engagementCurve))),
  );
  return new Date(now.getTime() - horizon * 60_000);
}

/** The schedule keys under which an account's engagement stream is collected (regular and curve-driven). */
export function engagementScheduleKeys(account: PlanningAccount): string[] {
  return account.streams
    .filter((s) => s.cadence === 'engagement')
    .flatMap((s) => [`collect:${account.id}:${s.name}`, `collect:${account.id}:${s.name}:engagement`]);
}

/**
 * The posts (external ids, oldest first) whose snapshot is due now, per account, by its workspace's curve.
 * `lastCollected` holds, per schedule key, when its latest completed collection started.
 */
export function duePostsByAccount(
  posts: RecentPost[],
  accounts: PlanningAccount[],
  workspaces: PlanningWorkspace[],
  lastCollected: ReadonlyMap<string, Date>,
  now: Date,
): Map<string, string[]> {
  const checkpoints = new Map(
    workspaces.map((w) => [w.id, engagementCheckpoints(w.settings.engagementCurve)]),
  );
  const byId = new Map(accounts.map((a) => [a.id, a]));
  const collectedAt = new Map<string, Date | null>();
  for (const account of accounts) {
    const times = engagementScheduleKeys(account).flatMap((k) => lastCollected.get(k) ?? []);
    collectedAt.set(
      account.id,
      times.length > 0 ? new Date(Math.max(...times.map((t) => t.getTime()))) : null,
    );
  }
  const due = new Map<string, string[]>();
  for (const post of posts) {
    const account = byId.get(post.accountId);
    const points = account && checkpoints.get(account.workspaceId);
    if (!points || !isSnapshotDue(points, post.createdAt, collectedAt.get(post.accountId) ?? null, now))
      continue;
    const list = due.get(post.accountId) ?? [];
    list.push(post.externalId);
    due.set(post.accountId, list);
  }
  return due;
}
