import type { DataSource } from 'typeorm';
import type { BusinessHoursWindow } from '../entities/account.entity.js';
import { AssignmentEntity } from '../entities/assignment.entity.js';

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

  /** Keyed by (account, operator, from): importing the same roster twice changes nothing; a changed end or shift is updated. */
  async upsertMany(workspaceId: string, assignments: AssignmentInput[]): Promise<void> {
    if (assignments.length === 0) return;
    await this.dataSource.query(
      `INSERT INTO assignment (workspace_id, account_id, operator_id, valid_from, valid_to, shifts)
       SELECT $1, a.account_id, o.id, a.valid_from, a.valid_to, a.shifts
       FROM unnest($2::uuid[], $3::text[], $4::timestamptz[], $5::timestamptz[], $6::jsonb[])
            AS a(account_id, operator_name, valid_from, valid_to, shifts)
       JOIN operator o ON o.workspace_id = $1 AND o.name = a.operator_name
       ON CONFLICT (account_id, operator_id, valid_from) DO UPDATE
         SET valid_to = EXCLUDED.valid_to, shifts = EXCLUDED.shifts`,
      [
        workspaceId,
        assignments.map((a) => a.accountId),
        assignments.map((a) => a.operatorName),
        assignments.map((a) => a.validFrom),
        assignments.map((a) => a.validTo),
        assignments.map((a) => (a.shifts ? JSON.stringify(a.shifts) : null)),
      ],
    );
  }
}
