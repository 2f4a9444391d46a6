import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import type { OperatorEntity } from './operator.entity.js';

/**
 * An operator's sourcing group over [validFrom, validTo) (METRICS.md: group membership has a validity
 * period). One operator's rows form a timeline without gaps or overlaps (domain placeInGroup); every group
 * attribution reads the row valid at the item's instant. operator.sourcing_group is the latest row's group.
 */
@Entity('operator_group_membership')
@Index(['operatorId', 'validFrom'])
export class OperatorGroupMembershipEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column({ type: 'uuid' })
  workspaceId: string;

  @Column({ type: 'uuid' })
  operatorId: string;

  @ManyToOne('OperatorEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'operator_id' })
  operator?: Relation<OperatorEntity>;

  /** `in_house` or `agency:<name>`. */
  @Column({ type: 'text' })
  sourcingGroup: string;

  /** Inclusive; null: since the beginning of the data. */
  @Column({ type: 'timestamptz', nullable: true })
  validFrom: Date | null;

  /** Exclusive; null: still in the group. */
  @Column({ type: 'timestamptz', nullable: true })
  validTo: Date | null;
}
