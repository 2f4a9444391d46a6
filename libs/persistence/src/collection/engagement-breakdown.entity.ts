import { Column, Entity, JoinColumn, OneToOne, PrimaryColumn, type Relation } from 'typeorm';
import type { EngagementSnapshotEntity } from '../entities/engagement-snapshot.entity.js';

/** Reactions by type (Meta: like, love, wow, haha, sad, angry …) beside a snapshot's total. */
@Entity('engagement_breakdown')
export class EngagementBreakdownEntity {
  @PrimaryColumn({ type: 'bigint' })
  engagementSnapshotId: string;

  @OneToOne('EngagementSnapshotEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'engagement_snapshot_id' })
  engagementSnapshot?: Relation<EngagementSnapshotEntity>;

  @Column({ type: 'uuid' })
  workspaceId: string;

  @Column({ type: 'jsonb' })
  reactionsByType: Record<string, number>;
}
