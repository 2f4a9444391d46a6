import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import type { AccountEntity } from '../entities/account.entity.js';

/** The high-water mark of one stream (posts, mentions …) of one account: the newest item collected so far. */
@Entity('stream_cursor')
export class StreamCursorEntity {
  @PrimaryColumn({ type: 'uuid' })
  accountId: string;

  @ManyToOne('AccountEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'account_id' })
  account?: Relation<AccountEntity>;

  @PrimaryColumn({ type: 'text' })
  stream: string;

  @Column({ type: 'uuid' })
  workspaceId: string;

  /** The platform id of the newest item (X and Mastodon page by ids). */
  @Column({ type: 'text', nullable: true })
  highWaterId: string | null;

  /** Platform timestamp of the newest item. */
  @Column({ type: 'timestamptz', nullable: true })
  highWaterAt: Date | null;

  @Column({ type: 'timestamptz' })
  updatedAt: Date;
}
