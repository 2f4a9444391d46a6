import { Column, Entity, Index, JoinColumn, OneToOne, PrimaryColumn, type Relation } from 'typeorm';
import type { CollectionRunEntity } from '../entities/collection-run.entity.js';

/**
 * What one collection run of one stream covered: the time window, whether the listing was complete (only a
 * complete listing can prove a deletion or an absence), what was skipped and why. Incomplete windows are the
 * gaps reports show instead of zeros.
 */
@Entity('collection_window')
@Index(['accountId', 'stream', 'windowTo'])
export class CollectionWindowEntity {
  @PrimaryColumn({ type: 'uuid' })
  collectionRunId: string;

  @OneToOne('CollectionRunEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'collection_run_id' })
  collectionRun?: Relation<CollectionRunEntity>;

  @Column({ type: 'uuid' })
  workspaceId: string;

  @Column({ type: 'uuid' })
  accountId: string;

  @Column({ type: 'text' })
  stream: string;

  /** Start of the window asked for; null: as far back as the platform would list. */
  @Column({ type: 'timestamptz', nullable: true })
  windowFrom: Date | null;

  /** When the listing started: nothing published later is covered. */
  @Column({ type: 'timestamptz' })
  windowTo: Date;

  @Column({ type: 'boolean' })
  complete: boolean;

  @Column({ type: 'integer', default: 0 })
  pages: number;

  /** Records read but deliberately not stored, by reason (e.g. `retweet`: 67). */
  @Column({ type: 'jsonb', default: () => "'{}'" })
  skipped: Record<string, number>;

  /** Outbound items this run noticed had disappeared (marked deleted). */
  @Column({ type: 'integer', default: 0 })
  deletionsNoticed: number;

  /** Errors the platform reported beside data it still delivered (X `errors`, Meta partial results). */
  @Column({ type: 'jsonb', default: () => "'[]'" })
  warnings: string[];
}
