import {
  Column,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  UpdateDateColumn,
  type Relation,
} from 'typeorm';
import type { WorkspaceEntity } from '../entities/workspace.entity.js';

/** One step of the engagement snapshot curve: until a post is `untilHours` old, snapshot every `everyMinutes`. */
export interface EngagementCurveStep {
  untilHours: number;
  everyMinutes: number;
}

/**
 * How often the worker collects, detects and reports for one workspace. Every column is an override: null
 * means the product default (libs/jobs DEFAULT_JOB_SETTINGS), so changing a default changes every workspace
 * that did not choose otherwise. A workspace without a row uses the defaults throughout.
 */
@Entity('job_settings')
export class JobSettingsEntity {
  @PrimaryColumn({ type: 'uuid' })
  workspaceId: string;

  @ManyToOne('WorkspaceEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'workspace_id' })
  workspace?: Relation<WorkspaceEntity>;

  /** False pauses scheduled collection and incident detection of the workspace. */
  @Column({ type: 'boolean', nullable: true })
  collectionEnabled: boolean | null;

  @Column({ type: 'integer', nullable: true })
  mentionsEveryMinutes: number | null;

  @Column({ type: 'integer', nullable: true })
  postsEveryMinutes: number | null;

  @Column({ type: 'jsonb', nullable: true })
  engagementCurve: EngagementCurveStep[] | null;

  @Column({ type: 'integer', nullable: true })
  incidentsEveryMinutes: number | null;

  @Column({ type: 'boolean', nullable: true })
  monthlyReportEnabled: boolean | null;

  /** html, pdf */
  @Column({ type: 'text', array: true, nullable: true })
  reportFormats: string[] | null;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
