import type { CadencePlan } from '#domain';
import type { DataSource, EntityManager } from 'typeorm';

export interface StoredCadencePlan extends CadencePlan {
  id: string;
}

/** Planned publishing cadences per account (METRICS.md volume against plan; domain: CadencePlan). */
export class CadencePlanRepository {
  constructor(private readonly dataSource: DataSource) {}

  async list(workspaceId: string): Promise<StoredCadencePlan[]> {
    const rows: Record<string, unknown>[] = await this.dataSource.query(
      `SELECT id, account_id, sourcing_group, valid_from::text AS valid_from, valid_to::text AS valid_to,
              per_weekday, kinds
       FROM cadence_plan WHERE workspace_id = $1
       ORDER BY account_id, sourcing_group NULLS FIRST, valid_from`,
      [workspaceId],
    );
    return rows.map((r) => ({
      id: r.id as string,
      accountId: r.account_id as string,
      group: (r.sourcing_group as string | null) ?? null,
      from: r.valid_from as string,
      to: (r.valid_to as string | null) ?? null,
      perWeekday: r.per_weekday as number[],
      ...(r.kinds ? { kinds: r.kinds as string[] } : {}),
    }));
  }

  /**
   * Stores a plan, replacing the one of the same account and group that starts the same day (the domain
   * refuses two of those). Returns whether an existing plan was replaced. Inside the caller's transaction
   * when one is passed (a change and its audit entry commit together).
   */
  async set(
    workspaceId: string,
    plan: CadencePlan,
    within?: EntityManager,
  ): Promise<{ id: string; replaced: boolean }> {
    const write = async (manager: EntityManager) => {
      const [, count]: [unknown[], number] = await manager.query(
        `DELETE FROM cadence_plan
         WHERE workspace_id = $1 AND account_id = $2 AND sourcing_group IS NOT DISTINCT FROM $3 AND valid_from = $4`,
        [workspaceId, plan.accountId, plan.group, plan.from],
      );
      const [row]: { id: string }[] = await manager.query(
        `INSERT INTO cadence_plan (workspace_id, account_id, sourcing_group, valid_from, valid_to, per_weekday, kinds)
         VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
        [
          workspaceId,
          plan.accountId,
          plan.group,
          plan.from,
          plan.to,
          JSON.stringify(plan.perWeekday),
          plan.kinds ? JSON.stringify(plan.kinds) : null,
        ],
      );
      return { id: row.id, replaced: count > 0 };
    };
    return within ? write(within) : this.dataSource.transaction(write);
  }

  /** Removes one plan of an account; false when the account has none with that id. */
  async delete(
    workspaceId: string,
    accountId: string,
    id: string,
    manager?: EntityManager,
  ): Promise<boolean> {
    const [, count]: [unknown, number] = await (manager ?? this.dataSource.manager).query(
      `DELETE FROM cadence_plan WHERE workspace_id = $1 AND account_id = $2 AND id = $3`,
      [workspaceId, accountId, id],
    );
    return count > 0;
  }
}
