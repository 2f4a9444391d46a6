import type { DataSource, EntityManager } from 'typeorm';
import type { Queryable } from '../incidents/queryable.util.js';
import type { PageOf, PageRequest } from '../repositories/page.util.js';
import { MembershipEntity } from './membership.entity.js';

/** A membership with what the pages and the API show of its workspace. */
export interface MembershipView {
  workspaceId: string;
  workspaceSlug: string;
  workspaceName: string;
  isDemo: boolean;
  role: string;
}

export interface MemberView {
  userId: string;
  email: string;
  role: string;
  createdAt: Date;
}

/** Work done in the transaction of a membership change, after it (given the role before the change). */
export type AfterChange = (manager: EntityManager, roleBefore: string) => Promise<void>;

export class MembershipRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Gives the user this role in the workspace (a second grant changes the role). */
  async grant(
    userId: string,
    workspaceId: string,
    role: string,
    q: Queryable = this.dataSource,
  ): Promise<void> {
    await q.query(
      `INSERT INTO membership (user_id, workspace_id, role) VALUES ($1, $2, $3)
       ON CONFLICT (user_id, workspace_id) DO UPDATE SET role = EXCLUDED.role`,
      [userId, workspaceId, role],
    );
  }

  find(userId: string, workspaceId: string): Promise<MembershipEntity | null> {
    return this.dataSource.getRepository(MembershipEntity).findOneBy({ userId, workspaceId });
  }

  /** The workspaces a user belongs to, by slug. */
  async listForUser(userId: string): Promise<MembershipView[]> {
    const rows: { id: string; slug: string; name: string; is_demo: boolean; role: string }[] =
      await this.dataSource.query(
        `SELECT w.id, w.slug, w.name, w.is_demo, m.role FROM membership m
         JOIN workspace w ON w.id = m.workspace_id
         WHERE m.user_id = $1 ORDER BY w.slug`,
        [userId],
      );
    return rows.map((r) => ({
      workspaceId: r.id,
      workspaceSlug: r.slug,
      workspaceName: r.name,
      isDemo: r.is_demo,
      role: r.role,
    }));
  }

  /** One page of the people of one workspace, by e-mail address. */
  async pageMembers(workspaceId: string, page: PageRequest): Promise<PageOf<MemberView>> {
    const [{ total }]: { total: number }[] = await this.dataSource.query(
      `SELECT count(*)::int AS total FROM membership WHERE workspace_id = $1`,
      [workspaceId],
    );
    return { total, rows: await this.members(workspaceId, 'TRUE', [], page) };
  }

  /** One member of the workspace, or null when the user is not one. */
  async findMember(workspaceId: string, userId: string): Promise<MemberView | null> {
    const [member] = await this.members(workspaceId, 'm.user_id = $2', [userId], { limit: 1, offset: 0 });
    return member ?? null;
  }

  /**
   * Changes a member's role unless that would leave the workspace without an admin, under a lock, so that two
   * admins demoting each other at the same time cannot both succeed. `then` runs in the same transaction after
   * the change (its audit entry). Returns what happened.
   */
  async changeRole(
    workspaceId: string,
    userId: string,
    role: string,
    then?: AfterChange,
  ): Promise<'changed' | 'not_found' | 'last_admin'> {
    return this.guardLastAdmin(
      workspaceId,
      userId,
      role === 'admin',
      `UPDATE membership SET role = $3 WHERE workspace_id = $1 AND user_id = $2`,
      [role],
      then,
    );
  }

  /** Removes a member unless they are the workspace's last admin; `then` as for changeRole. */
  async remove(
    workspaceId: string,
    userId: string,
    then?: AfterChange,
  ): Promise<'changed' | 'not_found' | 'last_admin'> {
    return this.guardLastAdmin(
      workspaceId,
      userId,
      false,
      `DELETE FROM membership WHERE workspace_id = $1 AND user_id = $2`,
      [],
      then,
    );
  }

  private async guardLastAdmin(
    workspaceId: string,
    userId: string,
    staysAdmin: boolean,
    sql: string,
    extra: unknown[],
    then?: AfterChange,
  ): Promise<'changed' | 'not_found' | 'last_admin'> {
    return this.dataSource.transaction(async (m) => {
      // Admin changes of one workspace are serialised: the count below stays true until the change commits.
      await m.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [`membership:${workspaceId}`]);
      const [row]: { role: string; admins: number }[] = await m.query(
        `SELECT role, (SELECT count(*)::int FROM membership WHERE workspace_id = $1 AND role = 'admin') AS admins
         FROM membership WHERE workspace_id = $1 AND user_id = $2`,
        [workspaceId, userId],
      );
      if (!row) return 'not_found';
      if (row.role === 'admin' && !staysAdmin && row.admins <= 1) return 'last_admin';
      await m.query(sql, [workspaceId, userId, ...extra]);
      await then?.(m, row.role);
      return 'changed';
    });
  }

  private async members(
    workspaceId: string,
    condition: string,
    params: unknown[],
    page: PageRequest,
  ): Promise<MemberView[]> {
    const n = params.length;
    const rows: { user_id: string; email: string; role: string; created_at: Date }[] =
      await this.dataSource.query(
        `SELECT m.user_id, u.email, m.role, m.created_at FROM membership m
         JOIN app_user u ON u.id = m.user_id
         WHERE m.workspace_id = $1 AND ${condition} ORDER BY u.email LIMIT $${n + 2} OFFSET $${n + 3}`,
        [workspaceId, ...params, page.limit, page.offset],
      );
    return rows.map((r) => ({ userId: r.user_id, email: r.email, role: r.role, createdAt: r.created_at }));
  }

  /** The people of one workspace. */
  async listMembers(workspaceId: string): Promise<MemberView[]> {
    const rows: { user_id: string; email: string; role: string; created_at: Date }[] =
      await this.dataSource.query(
        `SELECT m.user_id, u.email, m.role, m.created_at FROM membership m
         JOIN app_user u ON u.id = m.user_id
         WHERE m.workspace_id = $1 ORDER BY u.email`,
        [workspaceId],
      );
    return rows.map((r) => ({ userId: r.user_id, email: r.email, role: r.role, createdAt: r.created_at }));
  }
}
