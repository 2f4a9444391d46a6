import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * twcs rows as read, before they become facts. An inbound tweet's account is only known from the
 * reply links, which may point forward in the file; staging lets one set-based pass resolve them for files
 * of millions of rows without holding the file in memory. Keyed by tweet id: re-importing is harmless.
 */
@Entity('twcs_staged_row')
@Index(['workspaceId', 'inResponseToTweetId'])
export class TwcsStagedRowEntity {
  @PrimaryColumn({ type: 'uuid' })
  workspaceId: string;

  @PrimaryColumn({ type: 'text' })
  tweetId: string;

  @Column({ type: 'text' })
  authorId: string;

  @Column({ type: 'boolean' })
  inbound: boolean;

  @Column({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'text' })
  text: string;

  @Column({ type: 'text', array: true })
  responseTweetIds: string[];

  @Column({ type: 'text', nullable: true })
  inResponseToTweetId: string | null;
}
