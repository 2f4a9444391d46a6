import type { DataSource } from 'typeorm';
import type { Queryable } from '../incidents/queryable.util.js';
import type { AssignmentFact } from '#domain';
import type { BusinessHoursWindow } from '../entities/account.entity.js';
import { AssignmentEntity } from '../entities/assignment.entity.js';
import { groupAtSql } from './operator.repository.js';
import type { PageOf, PageRequest } from './page.util.js';

/**
 * An assignment as lists show it: with the account's handle, the operator's name and the group the operator
 * was in when the assignment began (a person who later moved still shows the group of that assignment).
 */
export interface AssignmentView {
  id: string;
  accountId: string;
  accountHandle: string;
  operatorId: string;
  operatorName: string;
  sourcingGroup: string | null;
  validFrom: Date;
  validTo: Date | null;
  shifts: BusinessHoursWindow[] | null;
}

export interface AssignmentInput {
  accountId: string;
  operatorName: string;
  validFrom: Date;
  validTo: Date | null;
  shifts: BusinessHoursWindow[] | null;
}

export class AssignmentRepository {
  constructor(private readonly dataSource: DataSource) {}

  listByWorkspace(workspaceId: string): Promise<AssignmentEntity[]> {
    return this.dataSource
      .getRepository(AssignmentEntity)
      .find({ where: { workspaceId }, order: { validFrom: 'ASC' } });
  }

  /** The workspace's assignments as the calculators read them (attribution, detection, the engine). */
  async listFacts(workspaceId: string): Promise<AssignmentFact[]> {
    return (await this.listByWorkspace(workspaceId)).map((a) => ({
      accountId: a.accountId,
      operatorId: a.operatorId,
      from: a.validFrom,
      to: a.validTo,
      shifts: a.shifts,
    }));
  }

  /** One page of the workspace's assignments (of one account, if given), by start, account and operator. */
  async pageByWorkspace(
    workspaceId: string,
    filter: { accountId?: string; operatorId?: string; validFrom?: Date },
    page: PageRequest,
  ): Promise<PageOf<AssignmentView>> {
    const where = `s.workspace_id = $1 AND ($2::uuid IS NULL OR s.account_id = $2)
       AND ($3::uuid IS NULL OR s.operator_id = $3) AND ($4::timestamptz IS NULL OR s.valid_from = $4)`;
    const params = [
      workspaceId,
      filter.accountId ?? null,
      filter.operatorId ?? null,
      filter.validFrom ?? null,
    ];
    const [{ total }]: { total: number }[] = await this.dataSource.query(
      `SELECT count(*)::int AS total FROM assignment s WHERE ${where}`,
      params,
    );
    const rows: {
      id: string;
      account_id: string;
      handle: string;
      operator_id: string;
      name: string;
      sourcing_group: string | null;
      valid_from: Date;
      valid_to: Date | null;
      shifts: BusinessHoursWindow[] | null;
    }[] = await this.dataSource.query(
      `SELECT s.id, s.account_id, a.handle, s.operator_id, o.name,
              ${groupAtSql('o.id', 's.valid_from', 'o.sourcing_group')} AS sourcing_group, s.valid_from, s.valid_to,
              s.shifts
       FROM assignment s
       JOIN account a ON a.id = s.account_id
       JOIN operator o ON o.id = s.operator_id
       WHERE ${where}
       ORDER BY s.valid_from, a.handle, o.name, s.id
       LIMIT $5 OFFSET $6`,
      [...params, page.limit, page.offset],
    );
    return {
      total,
      rows: rows.map((r) => ({
        id: r.id,
        accountId: r.account_id,
        accountHandle: r.handle,
        operatorId: r.operator_id,
        operatorName: r.name,
        sourcingGroup: r.sourcing_group,
        validFrom: r.valid_from,
        validTo: r.valid_to,
        shifts: r.shifts,
      })),
    };
  }

  /** Keyed by (account, operator, from): importing the same roster twice changes nothing; a changed end or shift is updated. */
  async upsertMany(
    workspaceId: string,
    assignments: AssignmentInput[],
    q: Queryable = this.dataSource,
  ): Promise<string[]> {
    if (assignments.length === 0) return [];
    const rows = (await q.query(
      `INSERT INTO assignment (workspace_id, account_id, operator_id, valid_from, valid_to, shifts)
       SELECT $1, a.account_id, o.id, a.valid_from, a.valid_to, a.shifts
       FROM unnest($2::uuid[], $3::text[], $4::timestamptz[], $5::timestamptz[], $6::jsonb[])
            AS a(account_id, operator_name, valid_from, valid_to, shifts)
       JOIN operator o ON o.workspace_id = $1 AND o.name = a.operator_name
       ON CONFLICT (account_id, operator_id, valid_from) DO UPDATE
         SET valid_to = EXCLUDED.valid_to, shifts = EXCLUDED.shifts
       RETURNING id`,
      [
        workspaceId,
        assignments.map((a) => a.accountId),
        assignments.map((a) => a.operatorName),
        assignments.map((a) => a.validFrom),
        assignments.map((a) => a.validTo),
        assignments.map((a) => (a.shifts ? JSON.stringify(a.shifts) : null)),
      ],
    )) as { id: string }[];
    return rows.map((r) => String(r.id));
  }

  /** One assignment, upserted as upsertMany does; its id. Fails when the operator does not exist. */
  async upsertOne(
    workspaceId: string,
    assignment: AssignmentInput,
    q: Queryable = this.dataSource,
  ): Promise<string> {
    const [id] = await this.upsertMany(workspaceId, [assignment], q);
    if (!id) throw new Error(`No operator named "${assignment.operatorName}" in this workspace`);
    return id;
  }
}
