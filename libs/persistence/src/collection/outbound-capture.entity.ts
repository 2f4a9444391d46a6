import { Column, Entity, JoinColumn, OneToOne, PrimaryColumn, type Relation } from 'typeorm';
import type { OutboundItemEntity } from '../entities/outbound-item.entity.js';

/**
 * An outbound item as a collector first saw it: the evidence kept when the post is later edited or deleted
 * (outbound_item holds the latest text; this row is never updated).
 */
@Entity('outbound_capture')
export class OutboundCaptureEntity {
  @PrimaryColumn({ type: 'bigint' })
  outboundItemId: string;

  @OneToOne('OutboundItemEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'outbound_item_id' })
  outboundItem?: Relation<OutboundItemEntity>;

  @Column({ type: 'uuid' })
  workspaceId: string;

  /** When the collector first saw the item (collection time, not publication time). */
  @Column({ type: 'timestamptz' })
  firstSeenAt: Date;

  /** Platform publication time as first seen. */
  @Column({ type: 'timestamptz' })
  publishedAt: Date;

  @Column({ type: 'text' })
  text: string;

  /** Links to the attached images and videos. */
  @Column({ type: 'jsonb', default: () => "'[]'" })
  mediaUrls: string[];

  @Column({ type: 'text', nullable: true })
  permalink: string | null;

  /** The client that published it when the platform says (Mastodon `application`, X `source`): a hint, not a person. */
  @Column({ type: 'text', nullable: true })
  publishedVia: string | null;
}
