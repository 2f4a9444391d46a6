import { Column, Entity, JoinColumn, OneToOne, PrimaryColumn, type Relation } from 'typeorm';
import type { AccountEntity } from '../entities/account.entity.js';

/**
 * How the product reaches an account on its platform: settings anyone may read (a Mastodon instance URL) and
 * the secret (token, app password) sealed with AES-256-GCM. The key id names the key that sealed it, so a
 * rotated key can still open old rows until they are re-sealed.
 */
@Entity('account_connection')
export class AccountConnectionEntity {
  @PrimaryColumn({ type: 'uuid' })
  accountId: string;

  @OneToOne('AccountEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'account_id' })
  account?: Relation<AccountEntity>;

  @Column({ type: 'uuid' })
  workspaceId: string;

  /** Not secret: e.g. { instanceUrl } for Mastodon. */
  @Column({ type: 'jsonb', default: () => "'{}'" })
  settings: Record<string, string>;

  @Column({ type: 'text' })
  keyId: string;

  /** Base64 of the 12-byte GCM nonce. */
  @Column({ type: 'text' })
  iv: string;

  /** Base64 of the encrypted JSON of the secret fields. */
  @Column({ type: 'text' })
  ciphertext: string;

  /** Base64 of the 16-byte GCM tag. */
  @Column({ type: 'text' })
  authTag: string;

  @Column({ type: 'timestamptz' })
  updatedAt: Date;
}
