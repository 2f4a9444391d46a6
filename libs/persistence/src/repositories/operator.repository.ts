import { In, type DataSource } from 'typeorm';
import type { Queryable } from '../incidents/queryable.util.js';
import {
  latestGroup,
  placeInGroup,
  type GroupMembershipFact,
  type GroupPeriod,
  type OperatorFact,
} from '#domain';
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

  /**
   * The workspace's operators as the calculators read them, each with its dated group memberships: every
   * group attribution (detection, the engine, the monthly tables) reads the group valid at the item's time.
   */
  async listFacts(workspaceId: string): Promise<OperatorFact[]> {
    const [operators, memberships] = await Promise.all([
      this.listByWorkspace(workspaceId),
      this.listMemberships(workspaceId),
    ]);
    const byOperator = new Map<string, GroupMembershipFact[]>();
    for (const m of memberships) {
      const list = byOperator.get(m.operatorId);
      if (list) list.push(m);
      else byOperator.set(m.operatorId, [m]);
    }
    return operators.map((o) => ({
      id: o.id,
      name: o.name,
      sourcingGroup: o.sourcingGroup,
      memberships: byOperator.get(o.id) ?? [],
    }));
  }

  /** The group the operator was in at `at` (groupAtSql); null for an unknown operator or a gap. */
  async groupAt(workspaceId: string, operatorId: string, at: Date): Promise<string | null> {
    const [row] = (await this.dataSource.query(
      `SELECT ${groupAtSql('o.id', '$3::timestamptz', 'o.sourcing_group')} AS grp
       FROM operator o WHERE o.workspace_id = $1 AND o.id = $2`,
      [workspaceId, operatorId, at],
    )) as { grp: string | null }[];
    return row?.grp ?? null;
  }

  /** The workspace's group memberships, per operator in time order (the open start first). */
  async listMemberships(workspaceId: string, q: Queryable = this.dataSource): Promise<GroupMembershipFact[]> {
    const rows = (await q.query(
      `SELECT operator_id, sourcing_group, valid_from, valid_to FROM operator_group_membership
       WHERE workspace_id = $1 ORDER BY operator_id, valid_from NULLS FIRST`,
      [workspaceId],
    )) as { operator_id: string; sourcing_group: string; valid_from: Date | null; valid_to: Date | null }[];
    return rows.map((r) => ({
      operatorId: r.operator_id,
      group: r.sourcing_group,
      from: r.valid_from === null ? null : new Date(r.valid_from),
      to: r.valid_to === null ? null : new Date(r.valid_to),
    }));
  }

  /**
   * Records "operator X is in group G from instant F on" for each change, in the order of F (the open start
   * first), by the rules of domain placeInGroup: the first group a person is given covers their whole past;
   * a later change applies from its instant until the next change already recorded; repeating a change does
   * nothing. Keeps operator.sourcing_group as the group of the latest membership (the current group lists
   * show). Operators that do not exist are skipped. Returns the names whose timeline changed, with the
   * timeline before and after (for the audit entry).
   */
  async recordGroups(
    workspaceId: string,
    changes: { operatorName: string; group: string; from: Date | null }[],
    q: Queryable = this.dataSource,
  ): Promise<{ name: string; before: GroupPeriod[]; after: GroupPeriod[] }[]> {
    if (changes.length === 0) return [];
    const names = [...new Set(changes.map((c) => c.operatorName))];
    const operators = (await q.query(
      `SELECT id, name FROM operator WHERE workspace_id = $1 AND name = ANY($2::text[])`,
      [workspaceId, names],
    )) as { id: string; name: string }[];
    const idOf = new Map(operators.map((o) => [o.name, o.id]));
    const memberships = await this.listMemberships(workspaceId, q);
    const changed: { name: string; before: GroupPeriod[]; after: GroupPeriod[] }[] = [];
    for (const name of names.sort()) {
      const operatorId = idOf.get(name);
      if (operatorId === undefined) continue;
      const before: GroupPeriod[] = memberships
        .filter((m) => m.operatorId === operatorId)
        .map(({ group, from, to }) => ({ group, from, to }));
      const mine = changes
        .filter((c) => c.operatorName === name)
        .sort((a, b) => (a.from?.getTime() ?? -Infinity) - (b.from?.getTime() ?? -Infinity));
      let after = before;
      for (const change of mine) after = placeInGroup(after, change.group, change.from);
      if (sameTimeline(before, after)) continue;
      await q.query(`DELETE FROM operator_group_membership WHERE operator_id = $1`, [operatorId]);
      await q.query(
        `INSERT INTO operator_group_membership (workspace_id, operator_id, sourcing_group, valid_from, valid_to)
         SELECT $1, $2, m.grp, m.valid_from, m.valid_to
         FROM unnest($3::text[], $4::timestamptz[], $5::timestamptz[]) AS m(grp, valid_from, valid_to)`,
        [
          workspaceId,
          operatorId,
          after.map((p) => p.group),
          after.map((p) => p.from),
          after.map((p) => p.to),
        ],
      );
      await q.query(`UPDATE operator SET sourcing_group = $2 WHERE id = $1`, [
        operatorId,
        latestGroup(after),
      ]);
      changed.push({ name, before, after });
    }
    return changed;
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
   * Creates operators by name. A null group never touches a group a person has set: an import that merely
   * sees a signature must not undo the roster. A group given here is undated: it is recorded as from the
   * beginning (recordGroups with from null), which for an operator not yet in a group is their whole past.
   * Dated moves go through recordGroups.
   */
  async upsertMany(
    workspaceId: string,
    operators: { name: string; sourcingGroup: string | null }[],
    q: Queryable = this.dataSource,
  ): Promise<void> {
    if (operators.length === 0) return;
    await q.query(
      `INSERT INTO operator (workspace_id, name)
       SELECT $1, o.name FROM unnest($2::text[]) AS o(name)
       ON CONFLICT (workspace_id, name) DO NOTHING`,
      [workspaceId, operators.map((o) => o.name)],
    );
    await this.recordGroups(
      workspaceId,
      operators
        .filter((o) => o.sourcingGroup !== null)
        .map((o) => ({ operatorName: o.name, group: o.sourcingGroup as string, from: null })),
      q,
    );
  }

  /** Maps signatures to operators (by operator name) per account; a later mapping replaces an earlier one. */
  async upsertAliases(
    workspaceId: string,
    aliases: { accountId: string; signature: string; operatorName: string }[],
    q: Queryable = this.dataSource,
  ): Promise<void> {
    if (aliases.length === 0) return;
    // One row per (account, signature), the last mapping winning: a roster gives one person's signature on
    // several lines (weekday and weekend shifts, or before and after a move), and one INSERT … ON CONFLICT
    // may not touch the same row twice.
    aliases = [...new Map(aliases.map((a) => [`${a.accountId}\u0000${a.signature}`, a])).values()];
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

function sameTimeline(a: readonly GroupPeriod[], b: readonly GroupPeriod[]): boolean {
  const time = (d: Date | null) => d?.getTime() ?? null;
  return (
    a.length === b.length &&
    a.every(
      (p, i) => p.group === b[i].group && time(p.from) === time(b[i].from) && time(p.to) === time(b[i].to),
    )
  );
}

/**
 * SQL for the sourcing group of operator `operatorId` (an SQL expression naming operator.id) at `instant`
 * (an SQL timestamptz expression), as domain groupAtResolver reads it: the membership with
 * valid_from ≤ instant < valid_to; for an operator without any membership, its undated operator.sourcing_group
 * (`undated`, an SQL expression); in a gap, null.
 */
export function groupAtSql(operatorId: string, instant: string, undated: string): string {
  return `(CASE WHEN EXISTS (SELECT 1 FROM operator_group_membership gm0 WHERE gm0.operator_id = ${operatorId})
    THEN (SELECT gm.sourcing_group FROM operator_group_membership gm
          WHERE gm.operator_id = ${operatorId}
            AND (gm.valid_from IS NULL OR gm.valid_from <= ${instant})
            AND (gm.valid_to IS NULL OR ${instant} < gm.valid_to)
          LIMIT 1)
    ELSE ${undated} END)`;
}
