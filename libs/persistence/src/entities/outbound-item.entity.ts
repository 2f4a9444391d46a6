import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import type { AccountEntity } from './account.entity.js';
import type { OperatorEntity } from './operator.entity.js';

/** Anything the account publishes: post, reply, comment, direct message. Keyed by (account, external id). */
@Entity('outbound_item')
@Index(['accountId', 'externalId'], { unique: true })
@Index(['workspaceId', 'createdAt'])
@Index(['accountId', 'inReplyToExternalId'])
export class OutboundItemEntity {
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

  /** post, reply, comment, dm */
  @Column({ type: 'text' })
  kind: string;

  /** Platform timestamp of publication (never ingestion time). */
  @Column({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'text' })
  text: string;

  @Column({ type: 'text', nullable: true })
  inReplyToExternalId: string | null;

  @Column({ type: 'text', nullable: true })
  conversationId: string | null;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  operatorId: string | null;

  @ManyToOne('OperatorEntity', { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'operator_id' })
  operator?: Relation<OperatorEntity>;

  /** platform, tool, signature, roster, unknown (METRICS.md attribution order). */
  @Column({ type: 'text', default: 'unknown' })
  attributionSource: string;

  /** The human the platform names as publisher (Meta `admin_creator`): attribution step 1, kept for re-attribution. */
  @Column({ type: 'text', nullable: true })
  platformOperatorName: string | null;

  /** The signature found at the end of the text, kept so re-attribution needs no text parsing. */
  @Column({ type: 'text', nullable: true })
  signature: string | null;

  /** Where the fact came from: `import:twcs`, `collector:x`, `demo` … */
  @Column({ type: 'text' })
  source: string;

  @Column({ type: 'timestamptz', nullable: true })
  deletedAt: Date | null;

  /**
   * A repost or retweet of someone else's post: its counts are the original's, so engagement leaves it out
   * (METRICS.md). Connectors skip such items today; importers that keep them set this. Migration: engine/.
   */
  @Column({ type: 'boolean', default: false })
  isRepostOfOther: boolean;
}
