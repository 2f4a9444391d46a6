import type { CostComponent, CostModel } from '#domain';
import type { DataSource, EntityManager } from 'typeorm';

/** A cost model as stored: the domain's CostModel with its id and times. */
export interface StoredCostModel extends CostModel {
  id: string;
  components: CostComponent[];
  createdAt: Date;
  updatedAt: Date;
}

// Dates as text: node-postgres turns a `date` into a JavaScript Date at local midnight, which shifts the day
// on any machine east or west of UTC.
const COLUMNS = `id, sourcing_group, currency, valid_from::text AS valid_from, valid_to::text AS valid_to,
  components, created_at, updated_at`;

/** Cost models per sourcing group and period (METRICS.md, Cost). One model per group and first day. */
export class CostModelRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Every model of the workspace, by group and first day. */
  async list(workspaceId: string): Promise<StoredCostModel[]> {
    const rows: Record<string, unknown>[] = await this.dataSource.query(
      `SELECT ${COLUMNS} FROM cost_model WHERE workspace_id = $1 ORDER BY sourcing_group, valid_from`,
      [workspaceId],
    );
    return rows.map(toModel);
  }

  async findById(workspaceId: string, id: string, manager?: EntityManager): Promise<StoredCostModel | null> {
    const [row]: Record<string, unknown>[] = await (manager ?? this.dataSource.manager).query(
      `SELECT ${COLUMNS} FROM cost_model WHERE workspace_id = $1 AND id = $2`,
      [workspaceId, id],
    );
    return row ? toModel(row) : null;
  }

  /** Adds a model; null when the group already has one starting that day. */
  async create(
    workspaceId: string,
    model: CostModel,
    manager?: EntityManager,
  ): Promise<StoredCostModel | null> {
    const [row]: Record<string, unknown>[] = await (manager ?? this.dataSource.manager).query(
      `INSERT INTO cost_model (workspace_id, sourcing_group, currency, valid_from, valid_to, components)
       VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (workspace_id, sourcing_group, valid_from) DO NOTHING
       RETURNING ${COLUMNS}`,
      [workspaceId, ...values(model)],
    );
    return row ? toModel(row) : null;
  }

  /** Adds the model, or replaces the one of the same group starting the same day. */
  async upsert(
    workspaceId: string,
    model: CostModel,
    manager?: EntityManager,
  ): Promise<{ model: StoredCostModel; created: boolean }> {
    const [row]: Record<string, unknown>[] = await (manager ?? this.dataSource.manager).query(
      `INSERT INTO cost_model (workspace_id, sourcing_group, currency, valid_from, valid_to, components)
       VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (workspace_id, sourcing_group, valid_from) DO UPDATE SET
         currency = EXCLUDED.currency, valid_to = EXCLUDED.valid_to, components = EXCLUDED.components,
         updated_at = now()
       RETURNING ${COLUMNS}, (xmax = 0) AS created`,
      [workspaceId, ...values(model)],
    );
    return { model: toModel(row), created: row.created as boolean };
  }

  /**
   * Replaces a model by id. Null when there is no such model in the workspace; 'conflict' when the new
   * group and first day are another model's.
   */
  async update(
    workspaceId: string,
    id: string,
    model: CostModel,
    manager?: EntityManager,
  ): Promise<StoredCostModel | 'conflict' | null> {
    // The key is checked in the statement rather than by catching the unique violation: a failed statement
    // is logged by TypeORM as an error, and this is an answer, not an error.
    const [rows]: [Record<string, unknown>[], number] = await (manager ?? this.dataSource.manager).query(
      `UPDATE cost_model SET sourcing_group = $3, currency = $4, valid_from = $5, valid_to = $6,
         components = $7, updated_at = now()
       WHERE workspace_id = $1 AND id = $2
         AND NOT EXISTS (SELECT 1 FROM cost_model other
                         WHERE other.workspace_id = $1 AND other.sourcing_group = $3
                           AND other.valid_from = $5::date AND other.id <> $2)
       RETURNING ${COLUMNS}`,
      [workspaceId, id, ...values(model)],
    );
    if (rows.length > 0) return toModel(rows[0]);
    return (await this.findById(workspaceId, id, manager)) ? 'conflict' : null;
  }

  /** Removes a model; false when the workspace has none with that id. */
  async delete(workspaceId: string, id: string, manager?: EntityManager): Promise<boolean> {
    const [, affected]: [unknown, number] = await (manager ?? this.dataSource.manager).query(
      `DELETE FROM cost_model WHERE workspace_id = $1 AND id = $2`,
      [workspaceId, id],
    );
    return affected > 0;
  }
}

function values(model: CostModel): unknown[] {
  return [model.group, model.currency, model.from, model.to, JSON.stringify(model.components)];
}

function toModel(row: Record<string, unknown>): StoredCostModel {
  return {
    id: row.id as string,
    group: row.sourcing_group as string,
    currency: row.currency as string,
    from: row.valid_from as string,
    to: (row.valid_to as string | null) ?? null,
    components: row.components as CostComponent[],
    createdAt: row.created_at as Date,
    updatedAt: row.updated_at as Date,
  };
}
