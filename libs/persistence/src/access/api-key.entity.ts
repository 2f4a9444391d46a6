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

/** A key for scripts: bound to one workspace and one role, shown once, stored as its SHA-256. */
@Entity('api_key')
export class ApiKeyEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column({ type: 'uuid' })
  workspaceId: string;

  @ManyToOne('WorkspaceEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'workspace_id' })
  workspace?: Relation<WorkspaceEntity>;

  /** What the key is for, chosen by whoever created it. */
  @Column({ type: 'text' })
  name: string;

  /** admin, analyst, viewer, auditor */
  @Column({ type: 'text' })
  role: string;

  /** The first characters of the key, so people can tell their keys apart without the secret. */
  @Column({ type: 'text' })
  prefix: string;

  /** SHA-256 (hex) of the whole key: a key is long and random, so a fast hash is enough. */
  @Column({ type: 'text', unique: true })
  keyHash: string;

  /** `user:<email>` or `cli`. */
  @Column({ type: 'text' })
  createdBy: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  lastUsedAt: Date | null;

  /** Set once; a revoked key authenticates nothing. */
  @Column({ type: 'timestamptz', nullable: true })
  revokedAt: Date | null;
}
