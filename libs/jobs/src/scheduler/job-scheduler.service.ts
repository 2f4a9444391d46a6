import { Injectable } from '@nestjs/common';
import { JobPlanningRepository, JobRecordRepository, ReportDeliverySettingsRepository } from '#persistence';
import { currentReportDelivery } from '#reporting';
import { JobHandlers } from '../handlers/job-handlers.registry.js';
import type { JobKind } from '../job-kinds.js';
import { JobQueue } from '../queue/job-queue.service.js';
import {
  duePostsByAccount,
  engagementLookbackStart,
  engagementScheduleKeys,
  planDueJobs,
  type PlanningAccount,
  type PlanningWorkspace,
} from '../schedules/job-planner.util.js';
import { resolveJobSettings, usableJobSettings } from '../schedules/job-settings.util.js';

export interface TickResult {
  /** Jobs due at this instant (before deduplication against the slots already taken). */
  due: number;
  /** Jobs this tick put into the queue, per kind. */
  enqueued: Partial<Record<JobKind, number>>;
  /** Jobs whose history was brought in line with the queue (expired leases, dead jobs). */
  reconciled: number;
  /** Schedules that could not be planned, for the log. */
  problems: string[];
}

/**
 * One tick of the clock: reads what is due and enqueues it, nothing more. Any number of instances may tick at
 * the same instant; each (schedule, slot) is enqueued once.
 */
@Injectable()
export class JobScheduler {
  constructor(
    private readonly planning: JobPlanningRepository,
    private readonly records: JobRecordRepository,
    private readonly handlers: JobHandlers,
    private readonly queue: JobQueue,
    private readonly deliverySettings: ReportDeliverySettingsRepository,
  ) {}

  async tick(now: Date): Promise<TickResult> {
    const problems: string[] = [];
    const workspaces: PlanningWorkspace[] = (await this.planning.workspaces()).map((w) => {
      const usable = usableJobSettings(resolveJobSettings(w));
      problems.push(...usable.problems.map((p) => `workspace ${w.slug}: ${p}`));
      return {
        id: w.id,
        slug: w.slug,
        timeZone: w.timeZone,
        createdAt: w.createdAt,
        settings: usable.settings,
      };
    });
    const enabled = {
      collect: this.handlers.available('collect'),
      detectIncidents: this.handlers.available('detect-incidents'),
      monthlyReport: this.handlers.available('monthly-report'),
      retention: this.handlers.available('retention'),
      reportDelivery: this.handlers.available('report-delivery'),
    };
    const accounts = enabled.collect ? await this.collectableAccounts(workspaces, problems) : [];
    const engagementAccounts = accounts.filter((a) => a.streams.some((s) => s.cadence === 'engagement'));
    const posts = await this.planning.recentPosts(
      [...new Set(engagementAccounts.map((a) => a.workspaceId))],
      engagementAccounts.map((a) => a.id),
      engagementLookbackStart(now, workspaces),
    );
    const lastCollected = await this.records.lastCompletedStarts(
      engagementAccounts.flatMap(engagementScheduleKeys),
    );
    const plan = planDueJobs({
      now,
      workspaces,
      accounts,
      engagementDue: duePostsByAccount(posts, engagementAccounts, workspaces, lastCollected, now),
      busyScheduleKeys: await this.records.busyScheduleKeys(),
      enabled,
      reportDeliveries: await this.reportDeliveries(workspaces, now, problems),
    });
    const enqueued = await this.queue.enqueue(plan.jobs, now);
    const reconciled = await this.records.reconcileWithQueue(now);
    const byKind: Partial<Record<JobKind, number>> = {};
    for (const job of enqueued) byKind[job.kind as JobKind] = (byKind[job.kind as JobKind] ?? 0) + 1;
    return { due: plan.jobs.length, enqueued: byKind, reconciled, problems: [...problems, ...plan.problems] };
  }

  /** This month's report mail of each workspace that mails its report; a bad calendar is a problem, not a crash. */
  private async reportDeliveries(workspaces: PlanningWorkspace[], now: Date, problems: string[]) {
    const byId = new Map(workspaces.map((w) => [w.id, w]));
    const deliveries: { workspaceId: string; month: string; dueAt: Date }[] = [];
    for (const settings of await this.deliverySettings.listDelivering()) {
      const workspace = byId.get(settings.workspaceId);
      if (!workspace) continue;
      try {
        deliveries.push({
          workspaceId: workspace.id,
          ...currentReportDelivery(now, workspace.timeZone, settings),
        });
      } catch (error) {
        problems.push(`workspace ${workspace.slug}: no report mail schedule: ${(error as Error).message}`);
      }
    }
    return deliveries;
  }

  private async collectableAccounts(
    workspaces: PlanningWorkspace[],
    problems: string[],
  ): Promise<PlanningAccount[]> {
    const active = workspaces.filter((w) => w.settings.collectionEnabled).map((w) => w.id);
    const rows = await this.planning.accounts(active);
    const { streams, problems: found } = await this.handlers.collect.streamsFor(rows);
    problems.push(...found);
    return rows
      .map((row) => ({ ...row, streams: streams.get(row.id) ?? [] }))
      .filter((a) => a.streams.length > 0);
  }
}
