import { Column, Entity, JoinColumn, OneToOne, PrimaryColumn, type Relation } from 'typeorm';
import type { AccountEntity } from '../entities/account.entity.js';

/** How an account is meant to sound (domain: HouseStyle). No row: the account's items are "unchecked". */
@Entity('house_style')
export class HouseStyleEntity {
  @PrimaryColumn({ type: 'uuid' })
  accountId: string;

  @OneToOne('AccountEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'account_id' })
  account?: Relation<AccountEntity>;

  @Column({ type: 'uuid' })
  workspaceId: string;

  /** ISO 639-1 language of the account (de, en); also the language its replies are scored in. */
  @Column({ type: 'text', nullable: true })
  language: string | null;

  /** `du` or `Sie` (German items only); null: no rule. */
  @Column({ type: 'text', nullable: true })
  formOfAddress: string | null;

  @Column({ type: 'boolean', default: false })
  signatureRequired: boolean;

  /** allowed, forbidden, limited. */
  @Column({ type: 'text', default: 'allowed' })
  emojiPolicy: string;

  /** With `limited`: at most this many per item; null: the domain's default (1). */
  @Column({ type: 'integer', nullable: true })
  maxEmoji: number | null;

  /** Longest reply in characters; null: no limit. */
  @Column({ type: 'integer', nullable: true })
  maxReplyLength: number | null;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  updatedAt: Date;
}
