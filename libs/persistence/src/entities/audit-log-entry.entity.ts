import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * Append-only, hash-chained record of what changed (incidents, assignments, credentials, imports, reports).
 * A trigger refuses UPDATE, DELETE and TRUNCATE (incidents/…-incident-ledger.migration.ts); entries are
 * written only by AuditLogService.
 */
@Entity('audit_log_entry')
@Index(['workspaceId', 'id'])
@Index(['workspaceId', 'seq'], { unique: true })
export class AuditLogEntryEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id: string;

  @Column({ type: 'uuid' })
  workspaceId: string;

  /**
   * Position in the workspace's chain, 1, 2, 3 … without gaps: a missing number is a deleted entry. Part of
   * what the hash covers (docs/audit-log.md). Added by the incident ledger's migration.
   */
  @Column({ type: 'bigint' })
  seq: string;

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
