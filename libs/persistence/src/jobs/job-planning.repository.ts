import type { DataSource } from 'typeorm';
import type { EngagementCurveStep } from './job-settings.entity.js';

/** A workspace as the scheduler sees it: where it lives in time and what it chose to override. */
export interface PlanningWorkspaceRow {
  id: string;
  slug: string;
  timeZone: string;
  createdAt: Date;
  collectionEnabled: boolean | null;
  mentionsEveryMinutes: number | null;
  postsEveryMinutes: number | null;
  engagementCurve: EngagementCurveStep[] | null;
  incidentsEveryMinutes: number | null;
  monthlyReportEnabled: boolean | null;
  reportFormats: string[] | null;
}

export interface PlanningAccountRow {
  id: string;
  workspaceId: string;
  platform: string;
  handle: string;
  /** When its platform connection (`ledger account connect`) was last saved; null: never connected. */
  connectionUpdatedAt: Date | null;
}

export interface RecentPostRow {
  accountId: string;
  externalId: string;
  createdAt: Date;
}

/** What one scheduler tick reads: a handful of set-based queries, whatever the number of accounts. */
export class JobPlanningRepository {
  constructor(private readonly dataSource: DataSource) {}

  workspaces(): Promise<PlanningWorkspaceRow[]> {
    return this.dataSource.query(
      `SELECT w.id, w.slug, w.time_zone AS "timeZone", w.created_at AS "createdAt",
              s.collection_enabled AS "collectionEnabled", s.mentions_every_minutes AS "mentionsEveryMinutes",
              s.posts_every_minutes AS "postsEveryMinutes", s.engagement_curve AS "engagementCurve",
              s.incidents_every_minutes AS "incidentsEveryMinutes",
              s.monthly_report_enabled AS "monthlyReportEnabled", s.report_formats AS "reportFormats"
       FROM workspace w LEFT JOIN job_settings s ON s.workspace_id = w.id
       ORDER BY w.slug`,
    );
  }

  /**
   * Accounts of the given workspaces with the time their connection was saved (the collection feature's
   * account_connection table, read only): the scheduler collects connected accounts only.
   */
  accounts(workspaceIds: string[]): Promise<PlanningAccountRow[]> {
    if (workspaceIds.length === 0) return Promise.resolve([]);
    return this.dataSource.query(
      `SELECT a.id, a.workspace_id AS "workspaceId", a.platform, a.handle, c.updated_at AS "connectionUpdatedAt"
       FROM account a LEFT JOIN account_connection c ON c.account_id = a.id
       WHERE a.workspace_id = ANY($1::uuid[]) ORDER BY a.workspace_id, a.id`,
      [workspaceIds],
    );
  }

  /** Posts of the accounts published after `since` and not deleted (by the workspace and time index). */
  recentPosts(workspaceIds: string[], accountIds: string[], since: Date): Promise<RecentPostRow[]> {
    if (accountIds.length === 0) return Promise.resolve([]);
    return this.dataSource.query(
      `SELECT o.account_id AS "accountId", o.external_id AS "externalId", o.created_at AS "createdAt"
       FROM outbound_item o
       WHERE o.workspace_id = ANY($1::uuid[]) AND o.created_at > $3 AND o.account_id = ANY($2::uuid[])
         AND o.kind = 'post' AND o.deleted_at IS NULL
       ORDER BY o.account_id, o.created_at`,
      [workspaceIds, accountIds, since],
    );
  }
}
