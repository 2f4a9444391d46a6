import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import type { OutboundItemEntity } from './outbound-item.entity.js';

/** Engagement of one outbound item as seen at one instant: a time series, never overwritten. */
@Entity('engagement_snapshot')
@Index(['outboundItemId', 'capturedAt'], { unique: true })
export class EngagementSnapshotEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id: string;

  @Column({ type: 'uuid' })
  workspaceId: string;

  @Column({ type: 'bigint' })
  outboundItemId: string;

  @ManyToOne('OutboundItemEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'outbound_item_id' })
  outboundItem?: Relation<OutboundItemEntity>;

  @Column({ type: 'timestamptz' })
  capturedAt: Date;

  @Column({ type: 'integer', nullable: true })
  reactions: number | null;

  @Column({ type: 'integer', nullable: true })
  replies: number | null;

  @Column({ type: 'integer', nullable: true })
  reposts: number | null;

  @Column({ type: 'integer', nullable: true })
  quotes: number | null;

  @Column({ type: 'integer', nullable: true })
  saves: number | null;

  @Column({ type: 'integer', nullable: true })
  clicks: number | null;

  @Column({ type: 'integer', nullable: true })
  impressions: number | null;

  @Column({ type: 'integer', nullable: true })
  reach: number | null;

  @Column({ type: 'integer', nullable: true })
  followers: number | null;
}
