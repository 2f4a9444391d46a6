import { Column, Entity, JoinColumn, OneToOne, PrimaryColumn, type Relation } from 'typeorm';
import type { RecommendationThresholds, ScorecardWeights, SeverityWeights } from '#domain';
import type { WorkspaceEntity } from '../entities/workspace.entity.js';

/**
 * A workspace's scorecard: dimension weights, decision thresholds and incident severity weights. Only what
 * the workspace changed is stored; the rest is the documented defaults (DEFAULT_SCORECARD_WEIGHTS …).
 */
@Entity('scorecard_settings')
export class ScorecardSettingsEntity {
  @PrimaryColumn({ type: 'uuid' })
  workspaceId: string;

  @OneToOne('WorkspaceEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'workspace_id' })
  workspace?: Relation<WorkspaceEntity>;

  @Column({ type: 'jsonb', default: () => "'{}'" })
  weights: Partial<ScorecardWeights>;

  @Column({ type: 'jsonb', default: () => "'{}'" })
  thresholds: Partial<RecommendationThresholds>;

  @Column({ type: 'jsonb', default: () => "'{}'" })
  severityWeights: Partial<SeverityWeights>;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  updatedAt: Date;
}
