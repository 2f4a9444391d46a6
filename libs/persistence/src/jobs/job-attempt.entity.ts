import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import type { JobRecordEntity } from './job-record.entity.js';

/**
 * running → completed | failed | released (the worker stopped and handed the job back) | lost (the worker
 * vanished: a later attempt of the same job found this one still running).
 */
export type JobAttemptOutcome = 'running' | 'completed' | 'failed' | 'released' | 'lost';

/** One run of a job by one worker: the evidence that a job ran once, or why it ran again. */
@Entity('job_attempt')
@Index(['jobId', 'attempt'], { unique: true })
export class JobAttemptEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id: string;

  @Column({ type: 'uuid' })
  jobId: string;

  @ManyToOne('JobRecordEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'job_id' })
  job?: Relation<JobRecordEntity>;

  /** 1 for the first run. */
  @Column({ type: 'integer' })
  attempt: number;

  /** host:pid of the worker process. */
  @Column({ type: 'text' })
  worker: string;

  @Column({ type: 'timestamptz' })
  startedAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  finishedAt: Date | null;

  @Column({ type: 'text' })
  outcome: JobAttemptOutcome;

  @Column({ type: 'text', nullable: true })
  error: string | null;
}
