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

/** Weekly open hours in the account's time zone: day 0 = Sunday … 6, minutes since midnight. */
export interface BusinessHoursWindow {
  day: number;
  startMinute: number;
  endMinute: number;
}

@Entity('account')
@Index(['workspaceId', 'platform', 'externalId'], { unique: true })
export class AccountEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  workspaceId: string;

  @ManyToOne('WorkspaceEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'workspace_id' })
  workspace?: Relation<WorkspaceEntity>;

  /** x, bluesky, mastodon, facebook, instagram … */
  @Column({ type: 'text' })
  platform: string;

  @Column({ type: 'text' })
  handle: string;

  /** The platform's id of the account (for twcs files: the author_id). */
  @Column({ type: 'text' })
  externalId: string;

  @Column({ type: 'text', default: 'UTC' })
  timeZone: string;

  @Column({ type: 'jsonb', nullable: true })
  businessHours: BusinessHoursWindow[] | null;

  /** First-response SLA target in business seconds (METRICS.md default: 60 business minutes). */
  @Column({ type: 'integer', default: 3600 })
  slaTargetSeconds: number;

  /** Per-account signature pattern (JavaScript regex source, group 1 = signature); null = default. */
  @Column({ type: 'text', nullable: true })
  signaturePattern: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
