import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import type { AccountEntity } from '../entities/account.entity.js';
import type { WorkspaceEntity } from '../entities/workspace.entity.js';

/** queued → running → completed, or → retrying → running …, or → dead (attempts exhausted). */
export type JobRecordState = 'queued' | 'running' | 'retrying' | 'completed' | 'dead' | 'cancelled';

/**
 * One job as people see it: what, for whom, which schedule slot, how it ended. The queue itself (pg-boss,
 * schema `pgboss`) forgets jobs after its archive period; this history stays for the retention period.
 * The unique (schedule key, slot) makes a slot enqueue once however many instances tick at the same time;
 * jobs on demand have no schedule key (NULLs never collide).
 */
@Entity('job_record')
@Index(['scheduleKey', 'slot'], { unique: true })
@Index(['state', 'enqueuedAt'])
@Index(['workspaceId', 'enqueuedAt'])
export class JobRecordEntity {
  /** The same id as the job in the queue: a UUID v5 of schedule key and slot for scheduled jobs. */
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  /** collect, detect-incidents, monthly-report, retention */
  @Column({ type: 'text' })
  kind: string;

  @Column({ type: 'uuid', nullable: true })
  workspaceId: string | null;

  @ManyToOne('WorkspaceEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'workspace_id' })
  workspace?: Relation<WorkspaceEntity>;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  accountId: string | null;

  @ManyToOne('AccountEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'account_id' })
  account?: Relation<AccountEntity>;

  /** e.g. `collect:<account id>:mentions`; null for jobs on demand. */
  @Column({ type: 'text', nullable: true })
  scheduleKey: string | null;

  /** Start of the schedule slot the job is for. */
  @Column({ type: 'timestamptz', nullable: true })
  slot: Date | null;

  /** What a person reads in a list: `@acme mentions`, `2026-10` … */
  @Column({ type: 'text' })
  subject: string;

  @Column({ type: 'jsonb' })
  data: Record<string, unknown>;

  @Column({ type: 'text' })
  state: JobRecordState;

  @Column({ type: 'integer', default: 0 })
  attempts: number;

  @Column({ type: 'timestamptz' })
  enqueuedAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  startedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  finishedAt: Date | null;

  @Column({ type: 'text', nullable: true })
  lastError: string | null;

  /** What the job reported when it completed (counts, report id …). */
  @Column({ type: 'jsonb', nullable: true })
  result: Record<string, unknown> | null;
}
