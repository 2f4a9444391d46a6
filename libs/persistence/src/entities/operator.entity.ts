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
import type { WorkspaceEntity } from './workspace.entity.js';

@Entity('operator')
@Index(['workspaceId', 'name'], { unique: true })
export class OperatorEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  workspaceId: string;

  @ManyToOne('WorkspaceEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'workspace_id' })
  workspace?: Relation<WorkspaceEntity>;

  @Column({ type: 'text' })
  name: string;

  /** `in_house`, `agency:<name>`, or null: seen (e.g. in a signature) but not yet placed in a group. */
  @Column({ type: 'text', nullable: true })
  sourcingGroup: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  validFrom: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  validTo: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
