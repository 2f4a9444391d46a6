import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import type { AccountEntity } from './account.entity.js';

/** Anything addressed to the account by someone who is not one of its operators. */
@Entity('inbound_item')
@Index(['accountId', 'externalId'], { unique: true })
@Index(['workspaceId', 'createdAt'])
export class InboundItemEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id: string;

  @Column({ type: 'uuid' })
  workspaceId: string;

  @Column({ type: 'uuid' })
  accountId: string;

  @ManyToOne('AccountEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'account_id' })
  account?: Relation<AccountEntity>;

  @Column({ type: 'text' })
  externalId: string;

  /** mention, reply, comment, dm */
  @Column({ type: 'text' })
  kind: string;

  @Column({ type: 'text' })
  authorExternalId: string;

  @Column({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'text' })
  text: string;

  @Column({ type: 'text', nullable: true })
  inReplyToExternalId: string | null;

  @Column({ type: 'text', nullable: true })
  conversationId: string | null;

  /** False for spam and pure reactions: not expecting an answer (METRICS.md, actionable inbound). */
  @Column({ type: 'boolean', default: true })
  actionable: boolean;

  @Column({ type: 'text' })
  source: string;
}
