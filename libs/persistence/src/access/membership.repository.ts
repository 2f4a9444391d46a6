import type { DataSource } from 'typeorm';
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

export class MembershipRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Gives the user this role in the workspace (a second grant changes the role). */
  async grant(userId: string, workspaceId: string, role: string): Promise<void> {
    await this.dataSource.query(
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
