import type { CollectPayload } from '../job-kinds.js';
import { DEFAULT_JOB_SETTINGS } from './job-settings.util.js';
import {
  duePostsByAccount,
  planDueJobs,
  type PlanningAccount,
  type PlanningInput,
  type PlanningWorkspace,
} from './job-planner.util.js';

const now = new Date('2026-11-02T10:00:00Z');
const vienna: PlanningWorkspace = {
  id: 'w-vienna',
  slug: 'vienna',
  timeZone: 'Europe/Vienna',
  createdAt: new Date('2026-01-01T00:00:00Z'),
  settings: DEFAULT_JOB_SETTINGS,
};
const account: PlanningAccount = {
  id: 'a-1',
  workspaceId: vienna.id,
  platform: 'mastodon',
  handle: 'acme',
  streams: [
    { name: 'notifications', cadence: 'mentions' },
    { name: 'statuses', cadence: 'posts' },
    { name: 'statuses', cadence: 'engagement' },
  ],
};
const everything = { collect: true, detectIncidents: true, monthlyReport: true, retention: true };

function input(overrides: Partial<PlanningInput> = {}): PlanningInput {
  return {
    now,
    workspaces: [vienna],
    accounts: [account],
    engagementDue: new Map(),
    busyScheduleKeys: new Set(),
    enabled: everything,
    ...overrides,
  };
}

describe('planning what is due', () => {
  test('an account is collected per stream; engagement only when posts are due a snapshot', () => {
    const { jobs } = planDueJobs(input());
    const collect = jobs.filter((j) => j.kind === 'collect');
    expect(collect.map((j) => j.scheduleKey)).toEqual(['collect:a-1:notifications', 'collect:a-1:statuses']);
    const due = new Map([['a-1', ['p1', 'p2']]]);
    const withDue = planDueJobs(input({ engagementDue: due })).jobs;
    const engagement = withDue.find((j) => j.scheduleKey === 'collect:a-1:statuses:engagement');
    expect((engagement?.data as CollectPayload).postExternalIds).toEqual(['p1', 'p2']);
    // A regular run of the stream still waiting in the queue will see the same numbers: no second job.
    const waiting = planDueJobs(
      input({ engagementDue: due, busyScheduleKeys: new Set(['collect:a-1:statuses']) }),
    );
    expect(waiting.jobs.some((j) => j.scheduleKey === 'collect:a-1:statuses:engagement')).toBe(false);
  });

  test('the same instant planned twice gives the same slots (the database keeps one job per slot)', () => {
    const a = planDueJobs(input()).jobs.map((j) => `${j.scheduleKey}@${j.slot?.toISOString()}`);
    const b = planDueJobs(input()).jobs.map((j) => `${j.scheduleKey}@${j.slot?.toISOString()}`);
    expect(b).toEqual(a);
  });

  test('mentions every 5 minutes, posts every 15: the slot lengths follow the settings', () => {
    const later = new Date(now.getTime() + 5 * 60_000);
    const first = planDueJobs(input()).jobs;
    const second = planDueJobs(input({ now: later })).jobs;
    const slotOf = (jobs: typeof first, key: string) =>
      jobs.find((j) => j.scheduleKey === key)!.slot!.getTime();
    expect(slotOf(second, 'collect:a-1:notifications') - slotOf(first, 'collect:a-1:notifications')).toBe(
      300_000,
    );
    const posts = [slotOf(first, 'collect:a-1:statuses'), slotOf(second, 'collect:a-1:statuses')];
    expect(posts[1] - posts[0] === 0 || posts[1] - posts[0] === 900_000).toBe(true);
  });

  test('a schedule whose last job has not finished gets no second job stacked on it', () => {
    const { jobs } = planDueJobs(input({ busyScheduleKeys: new Set(['collect:a-1:notifications']) }));
    expect(jobs.map((j) => j.scheduleKey)).not.toContain('collect:a-1:notifications');
    expect(jobs.map((j) => j.scheduleKey)).toContain('collect:a-1:statuses');
  });

  test("last month's report still waiting does not hold back this month's", () => {
    const { jobs } = planDueJobs(input({ busyScheduleKeys: new Set(['monthly-report:w-vienna']) }));
    expect(jobs.some((j) => j.kind === 'monthly-report')).toBe(true);
  });

  test('the monthly report of the month just ended, in the workspace time zone', () => {
    const report = planDueJobs(input()).jobs.find((j) => j.kind === 'monthly-report');
    expect(report).toMatchObject({
      scheduleKey: 'monthly-report:w-vienna',
      slot: new Date('2026-10-31T23:00:00Z'),
      data: { month: '2026-10', formats: ['html', 'pdf'], onDemand: false },
    });
  });

  test('a workspace created after the month ended gets no scheduled report for it', () => {
    const fresh = { ...vienna, createdAt: new Date('2026-11-01T12:00:00Z') };
    expect(planDueJobs(input({ workspaces: [fresh] })).jobs.some((j) => j.kind === 'monthly-report')).toBe(
      false,
    );
  });

  test('paused collection: no collection and no detection, but the report and the clean-up still run', () => {
    const paused = { ...vienna, settings: { ...DEFAULT_JOB_SETTINGS, collectionEnabled: false } };
    const kinds = planDueJobs(input({ workspaces: [paused] })).jobs.map((j) => j.kind);
    expect(kinds.sort()).toEqual(['monthly-report', 'retention']);
  });

  test('a kind whose service is missing is not scheduled at all', () => {
    const kinds = planDueJobs(input({ enabled: { ...everything, detectIncidents: false } })).jobs.map(
      (j) => j.kind,
    );
    expect(kinds).not.toContain('detect-incidents');
  });

  test('a workspace with an unknown time zone is reported and the others are still planned', () => {
    const broken = { ...vienna, id: 'w-broken', slug: 'broken', timeZone: 'Mars/Olympus_Mons' };
    const plan = planDueJobs(input({ workspaces: [broken, vienna] }));
    expect(plan.problems).toEqual([expect.stringContaining('workspace broken')]);
    expect(plan.jobs.filter((j) => j.kind === 'monthly-report').map((j) => j.workspaceId)).toEqual([
      'w-vienna',
    ]);
  });

  test('due posts follow the workspace curve, measured from when the engagement stream last ran', () => {
    const hour = 3_600_000;
    const ago = (hours: number) => new Date(now.getTime() - hours * hour);
    const lastRun = new Map([['collect:a-1:statuses', ago(0.5)]]);
    const posts = [
      { accountId: 'a-1', externalId: 'two-days', createdAt: ago(48.1) },
      { accountId: 'a-1', externalId: 'ten-hours', createdAt: ago(10) },
      { accountId: 'a-1', externalId: 'young', createdAt: ago(1 / 3) },
    ];
    expect(duePostsByAccount(posts, [account], [vienna], lastRun, now).get('a-1')).toEqual([
      'two-days',
      'young',
    ]);
    // A curve-driven run counts as well as a regular one.
    const curveRun = new Map([['collect:a-1:statuses:engagement', ago(0.01)]]);
    expect(duePostsByAccount(posts, [account], [vienna], curveRun, now).get('a-1')).toBeUndefined();
  });
});
