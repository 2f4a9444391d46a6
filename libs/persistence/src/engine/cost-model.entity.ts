import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';
import type { CostComponent } from '#domain';
import type { WorkspaceEntity } from '../entities/workspace.entity.js';

/**
 * What a sourcing group costs over a validity period (METRICS.md, Cost; domain: CostModel). One model per
 * group and first day: a changed contract is a new model from the day it changes.
 */
@Entity('cost_model')
@Index(['workspaceId', 'sourcingGroup', 'validFrom'], { unique: true })
export class CostModelEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  workspaceId: string;

  @ManyToOne('WorkspaceEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'workspace_id' })
  workspace?: Relation<WorkspaceEntity>;

  /** `in_house` or `agency:<name>`. */
  @Column({ type: 'text' })
  sourcingGroup: string;

  /** ISO 4217, e.g. EUR; one currency per group. */
  @Column({ type: 'text' })
  currency: string;

  /** First day the model applies to (a local day of the workspace). */
  @Column({ type: 'date' })
  validFrom: string;

  /** First day it no longer applies to; null while it runs. */
  @Column({ type: 'date', nullable: true })
  validTo: string | null;

  /** Retainer, per-item fees, hourly staff cost, FTE share: the domain's CostComponent list. */
  @Column({ type: 'jsonb' })
  components: CostComponent[];

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  updatedAt: Date;
}
