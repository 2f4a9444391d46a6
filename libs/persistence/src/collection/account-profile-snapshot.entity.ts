import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import type { AccountEntity } from '../entities/account.entity.js';

/** Profile facts of an account as seen at one instant; a new row only when a number changed. */
@Entity('account_profile_snapshot')
@Index(['accountId', 'capturedAt'], { unique: true })
export class AccountProfileSnapshotEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id: string;

  @Column({ type: 'uuid' })
  workspaceId: string;

  @Column({ type: 'uuid' })
  accountId: string;

  @ManyToOne('AccountEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'account_id' })
  account?: Relation<AccountEntity>;

  @Column({ type: 'timestamptz' })
  capturedAt: Date;

  /** Null: the platform did not say (a gap, never a zero). */
  @Column({ type: 'integer', nullable: true })
  followers: number | null;

  @Column({ type: 'integer', nullable: true })
  following: number | null;

  @Column({ type: 'integer', nullable: true })
  posts: number | null;
}
