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
import type { WorkspaceEntity } from '../entities/workspace.entity.js';

/** A workspace's own word or pattern on a word list (the shipped lists are files: domain incidents/word-lists). */
@Entity('incident_word')
@Index(['workspaceId', 'list', 'kind', 'term'], { unique: true })
export class IncidentWordEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  workspaceId: string;

  @ManyToOne('WorkspaceEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'workspace_id' })
  workspace?: Relation<WorkspaceEntity>;

  /** profanity, negative, or a list of the workspace's own (brand terms …). */
  @Column({ type: 'text' })
  list: string;

  /** word (whole word, `*` at either end for more letters) or pattern (a regular expression). */
  @Column({ type: 'text' })
  kind: string;

  @Column({ type: 'text' })
  term: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
