// The report mail is planned on the first working day of the month, from the workspace's send hour, once per
// month and workspace, and only where the installation can send it.
import { currentReportDelivery } from '#reporting';
import type { ReportDeliveryPayload } from '../job-kinds.js';
import { planDueJobs, type PlanningInput, type PlanningWorkspace } from './job-planner.util.js';
import { DEFAULT_JOB_SETTINGS } from './job-settings.util.js';

const vienna: PlanningWorkspace = {
  id: 'w-vienna',
  slug: 'vienna',
  timeZone: 'Europe/Vienna',
  createdAt: new Date('2026-01-01T00:00:00Z'),
  settings: DEFAULT_JOB_SETTINGS,
};
const settings = { sendHour: 8, holidayCalendar: 'AT' };
const enabled = {
  collect: false,
  detectIncidents: false,
  monthlyReport: false,
  retention: false,
  reportDelivery: true,
};

function plan(now: Date, overrides: Partial<PlanningInput> = {}) {
  return planDueJobs({
    now,
    workspaces: [vienna],
    accounts: [],
    engagementDue: new Map(),
    busyScheduleKeys: new Set(),
    enabled,
    reportDeliveries: [{ workspaceId: vienna.id, ...currentReportDelivery(now, vienna.timeZone, settings) }],
    ...overrides,
  }).jobs;
}

describe("planning the monthly report's mail", () => {
  test('not before 08:00 on the first working day: Sunday 1 November 2026 is none, Monday the 2nd is', () => {
    expect(plan(new Date('2026-11-01T12:00:00Z'))).toEqual([]);
    expect(plan(new Date('2026-11-02T06:59:00Z'))).toEqual([]);
    const [job] = plan(new Date('2026-11-02T07:00:00Z'));
    expect(job).toMatchObject({
      kind: 'report-delivery',
      workspaceId: vienna.id,
      scheduleKey: 'report-delivery:w-vienna',
      slot: new Date('2026-11-02T07:00:00Z'),
    });
    expect(job.data as ReportDeliveryPayload).toEqual({ workspaceId: vienna.id, month: '2026-10' });
  });

  test('later in the month the same slot is planned again (the database keeps one job per slot)', () => {
    const [job] = plan(new Date('2026-11-20T10:00:00Z'));
    expect(job.slot).toEqual(new Date('2026-11-02T07:00:00Z'));
  });

  test('nothing for an installation that cannot send, nor for a workspace created after the due time', () => {
    expect(
      plan(new Date('2026-11-03T10:00:00Z'), { enabled: { ...enabled, reportDelivery: false } }),
    ).toEqual([]);
    const young = { ...vienna, createdAt: new Date('2026-11-10T00:00:00Z') };
    expect(plan(new Date('2026-11-20T10:00:00Z'), { workspaces: [young] })).toEqual([]);
  });
});
