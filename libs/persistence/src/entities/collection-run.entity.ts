import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export interface RejectedRow {
  line: number;
  field?: string;
  reason: string;
}

/** One collection or import: what was read, what was kept, what was rejected and why. */
@Entity('collection_run')
@Index(['workspaceId', 'startedAt'])
export class CollectionRunEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  workspaceId: string;

  @Column({ type: 'uuid', nullable: true })
  accountId: string | null;

  /** `import:twcs`, `import:roster`, `collector:x` … */
  @Column({ type: 'text' })
  source: string;

  /** The file name of an import, the stream (mentions, posts …) of a collection. */
  @Column({ type: 'text', nullable: true })
  subject: string | null;

  /** running, succeeded, partial, failed */
  @Column({ type: 'text' })
  status: string;

  @Column({ type: 'timestamptz' })
  startedAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  finishedAt: Date | null;

  @Column({ type: 'integer', default: 0 })
  rowsRead: number;

  @Column({ type: 'integer', default: 0 })
  rowsImported: number;

  @Column({ type: 'integer', default: 0 })
  rowsRejected: number;

  /** Rejected rows with line number and reason (capped; rowsRejected has the full count). */
  @Column({ type: 'jsonb', default: () => "'[]'" })
  rejections: RejectedRow[];

  @Column({ type: 'text', nullable: true })
  error: string | null;
}
