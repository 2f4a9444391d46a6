import type { RecommendationThresholds, ScorecardWeights, SeverityWeights } from '#domain';
import type { DataSource, EntityManager } from 'typeorm';

/** What a workspace changed of the scorecard's defaults; missing keys take the documented defaults. */
export interface ScorecardSettings {
  weights: Partial<ScorecardWeights>;
  thresholds: Partial<RecommendationThresholds>;
  severityWeights: Partial<SeverityWeights>;
}

/** Scorecard weights, decision thresholds and incident severity weights per workspace. */
export class ScorecardSettingsRepository {
  constructor(private readonly dataSource: DataSource) {}

  async get(workspaceId: string): Promise<ScorecardSettings> {
    const [row]: Record<string, unknown>[] = await this.dataSource.query(
      `SELECT weights, thresholds, severity_weights FROM scorecard_settings WHERE workspace_id = $1`,
      [workspaceId],
    );
    return {
      weights: (row?.weights as Partial<ScorecardWeights>) ?? {},
      thresholds: (row?.thresholds as Partial<RecommendationThresholds>) ?? {},
      severityWeights: (row?.severity_weights as Partial<SeverityWeights>) ?? {},
    };
  }

  /** Merges the changes into the stored settings (keys not given stay as they were) and returns the result. */
  async update(
    workspaceId: string,
    change: Partial<ScorecardSettings>,
    manager?: EntityManager,
  ): Promise<ScorecardSettings> {
    const [row]: Record<string, unknown>[] = await (manager ?? this.dataSource.manager).query(
      `INSERT INTO scorecard_settings (workspace_id, weights, thresholds, severity_weights)
       VALUES ($1, $2, $3, $4)
       ON CONFLICT (workspace_id) DO UPDATE SET
         weights = scorecard_settings.weights || EXCLUDED.weights,
         thresholds = scorecard_settings.thresholds || EXCLUDED.thresholds,
         severity_weights = scorecard_settings.severity_weights || EXCLUDED.severity_weights,
         updated_at = now()
       RETURNING weights, thresholds, severity_weights`,
      [
        workspaceId,
        JSON.stringify(change.weights ?? {}),
        JSON.stringify(change.thresholds ?? {}),
        JSON.stringify(change.severityWeights ?? {}),
      ],
    );
    return {
      weights: row.weights as Partial<ScorecardWeights>,
      thresholds: row.thresholds as Partial<RecommendationThresholds>,
      severityWeights: row.severity_weights as Partial<SeverityWeights>,
    };
  }

  /** Back to the documented defaults. */
  async reset(workspaceId: string, manager?: EntityManager): Promise<void> {
    await (manager ?? this.dataSource.manager).query(
      `DELETE FROM scorecard_settings WHERE workspace_id = $1`,
      [workspaceId],
    );
  }
}
