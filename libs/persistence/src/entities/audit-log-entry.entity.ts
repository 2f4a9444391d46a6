import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** Append-only, hash-chained record of what changed (incidents, assignments, credentials, imports, reports). */
@Entity('audit_log_entry')
@Index(['workspaceId', 'id'])
export class AuditLogEntryEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id: string;

  @Column({ type: 'uuid' })
  workspaceId: string;

  @Column({ type: 'timestamptz' })
  occurredAt: Date;

  /** Who did it: a user, an API key, `cli`, `worker`. */
  @Column({ type: 'text' })
  actor: string;

  @Column({ type: 'text' })
  action: string;

  @Column({ type: 'text' })
  entityType: string;

  @Column({ type: 'text', nullable: true })
  entityId: string | null;

  @Column({ type: 'jsonb', default: () => "'{}'" })
  payload: Record<string, unknown>;

  @Column({ type: 'text', nullable: true })
  prevHash: string | null;

  /** SHA-256 over the canonical form of this entry and prevHash. */
  @Column({ type: 'text' })
  hash: string;
}
