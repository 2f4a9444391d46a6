import { Column, Entity, JoinColumn, OneToOne, PrimaryColumn, type Relation } from 'typeorm';
import type { WorkspaceEntity } from '../entities/workspace.entity.js';

/** A workspace's changes to the detection rules' defaults (domain: resolveRuleSettings). */
@Entity('incident_rule_settings')
export class IncidentRuleSettingsEntity {
  @PrimaryColumn({ type: 'uuid' })
  workspaceId: string;

  @OneToOne('WorkspaceEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'workspace_id' })
  workspace?: Relation<WorkspaceEntity>;

  /** Only the fields the workspace changed, by rule: `{"deletedQuickly": {"withinMinutes": 10}}`. */
  @Column({ type: 'jsonb', default: () => "'{}'" })
  overrides: Record<string, Record<string, unknown>>;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  updatedAt: Date;
}
