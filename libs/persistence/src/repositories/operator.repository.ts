import { In, type DataSource } from 'typeorm';
import type { Queryable } from '../incidents/queryable.util.js';
import type { OperatorFact } from '#domain';
import { OperatorAliasEntity } from '../entities/operator-alias.entity.js';
import { OperatorEntity } from '../entities/operator.entity.js';
import type { PageOf, PageRequest } from './page.util.js';

export class OperatorRepository {
  constructor(private readonly dataSource: DataSource) {}

  listByWorkspace(workspaceId: string): Promise<OperatorEntity[]> {
    return this.dataSource
      .getRepository(OperatorEntity)
      .find({ where: { workspaceId }, order: { name: 'ASC' } });
  }

  /** The workspace's operators as the calculators read them. */
  async listFacts(workspaceId: string): Promise<OperatorFact[]> {
    return (await this.listByWorkspace(workspaceId)).map((o) => ({
      id: o.id,
      name: o.name,
      sourcingGroup: o.sourcingGroup,
    }));
  }

  /** One page of the workspace's operators by name. */
  async pageByWorkspace(workspaceId: string, page: PageRequest): Promise<PageOf<OperatorEntity>> {
    const [rows, total] = await this.dataSource.getRepository(OperatorEntity).findAndCount({
      where: { workspaceId },
      order: { name: 'ASC', id: 'ASC' },
      skip: page.offset,
      take: page.limit,
    });
    return { rows, total };
  }

  findById(workspaceId: string, id: string): Promise<OperatorEntity | null> {
    return this.dataSource.getRepository(OperatorEntity).findOneBy({ workspaceId, id });
  }

  /**
   * One page of the workspace's sourcing groups (null: operators not placed in one yet, listed last) with
   * how many operators each has and the handles of the accounts they are assigned to.
   */
  async pageSourcingGroups(
    workspaceId: string,
    page: PageRequest,
  ): Promise<PageOf<{ group: string | null; operators: number; accounts: string[] }>> {
    const [{ total }]: { total: number }[] = await this.dataSource.query(
      `SELECT count(DISTINCT sourcing_group)::int + bool_or(sourcing_group IS NULL)::int AS total
       FROM operator WHERE workspace_id = $1`,
      [workspaceId],
    );
    const rows: { grp: string | null; operators: number; accounts: string[] }[] = await this.dataSource.query(
      `WITH g AS (
         SELECT sourcing_group AS grp, count(*)::int AS operators FROM operator
         WHERE workspace_id = $1 GROUP BY sourcing_group),
       acc AS (
         SELECT o.sourcing_group AS grp,
                array_agg(DISTINCT a.handle COLLATE "C" ORDER BY a.handle COLLATE "C") AS accounts
         FROM assignment s JOIN operator o ON o.id = s.operator_id JOIN account a ON a.id = s.account_id
         WHERE s.workspace_id = $1 GROUP BY o.sourcing_group)
       SELECT g.grp, g.operators, COALESCE(acc.accounts, '{}') AS accounts
       FROM g LEFT JOIN acc ON acc.grp IS NOT DISTINCT FROM g.grp
       ORDER BY lower(g.grp) NULLS LAST, g.grp LIMIT $2 OFFSET $3`,
      [workspaceId, page.limit, page.offset],
    );
    return {
      total: total ?? 0,
      rows: rows.map((r) => ({ group: r.grp, operators: r.operators, accounts: r.accounts })),
    };
  }

  /** The signatures of some operators of the workspace (those of one page). */
  listAliasesOf(workspaceId: string, operatorIds: string[]): Promise<OperatorAliasEntity[]> {
    if (operatorIds.length === 0) return Promise.resolve([]);
    return this.dataSource
      .getRepository(OperatorAliasEntity)
      .find({ where: { workspaceId, operatorId: In(operatorIds) }, order: { signature: 'ASC' } });
  }

  listAliases(workspaceId: string): Promise<OperatorAliasEntity[]> {
    return this.dataSource.getRepository(OperatorAliasEntity).findBy({ workspaceId });
  }

  /** Operators nobody has placed in a sourcing group yet, e.g. created from a signature seen in an import. */
  listUnassigned(workspaceId: string): Promise<OperatorEntity[]> {
    return this.dataSource
      .getRepository(OperatorEntity)
      .createQueryBuilder('o')
      .where('o.workspace_id = :workspaceId AND o.sourcing_group IS NULL', { workspaceId })
      .orderBy('o.name')
      .getMany();
  }

  /**
   * Creates or updates operators by name. A null group never overwrites a group a person has set:
   * an import that merely sees a signature must not undo the roster.
   */
  async upsertMany(
    workspaceId: string,
    operators: { name: string; sourcingGroup: string | null }[],
    q: Queryable = this.dataSource,
  ): Promise<void> {
    if (operators.length === 0) return;
    await q.query(
      `INSERT INTO operator (workspace_id, name, sourcing_group)
       SELECT $1, o.name, o.grp FROM unnest($2::text[], $3::text[]) AS o(name, grp)
       ON CONFLICT (workspace_id, name) DO UPDATE
         SET sourcing_group = COALESCE(EXCLUDED.sourcing_group, operator.sourcing_group)`,
      [workspaceId, operators.map((o) => o.name), operators.map((o) => o.sourcingGroup)],
    );
  }

  /** Maps signatures to operators (by operator name) per account; a later mapping replaces an earlier one. */
  async upsertAliases(
    workspaceId: string,
    aliases: { accountId: string; signature: string; operatorName: string }[],
    q: Queryable = this.dataSource,
  ): Promise<void> {
    if (aliases.length === 0) return;
    await q.query(
      `INSERT INTO operator_alias (workspace_id, account_id, signature, operator_id)
       SELECT $1, a.account_id, a.signature, o.id
       FROM unnest($2::uuid[], $3::text[], $4::text[]) AS a(account_id, signature, operator_name)
       JOIN operator o ON o.workspace_id = $1 AND o.name = a.operator_name
       ON CONFLICT (account_id, signature) DO UPDATE SET operator_id = EXCLUDED.operator_id`,
      [
        workspaceId,
        aliases.map((a) => a.accountId),
        aliases.map((a) => a.signature),
        aliases.map((a) => a.operatorName),
      ],
    );
  }

  /**
   * Removes operators without a group that nothing refers to any more: those created from a signature that
   * a roster has since mapped to a named person. Returns their names.
   */
  async deleteOrphanedUnassigned(workspaceId: string, q: Queryable = this.dataSource): Promise<string[]> {
    const rows = (await q.query(
      `DELETE FROM operator o
       WHERE o.workspace_id = $1 AND o.sourcing_group IS NULL
         AND NOT EXISTS (SELECT 1 FROM operator_alias a WHERE a.operator_id = o.id)
         AND NOT EXISTS (SELECT 1 FROM assignment s WHERE s.operator_id = o.id)
         AND NOT EXISTS (SELECT 1 FROM outbound_item i WHERE i.operator_id = o.id)
         AND NOT EXISTS (SELECT 1 FROM incident n WHERE n.operator_id = o.id)
       RETURNING o.name`,
      [workspaceId],
    )) as { name: string }[];
    // TypeORM returns [rows, affected] for DELETE … RETURNING.
    const deleted = Array.isArray(rows[0]) ? (rows[0] as unknown as { name: string }[]) : rows;
    return deleted.map((r) => r.name).sort();
  }
}
