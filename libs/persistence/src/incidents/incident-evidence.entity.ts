import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import type { IncidentEntity } from '../entities/incident.entity.js';

/**
 * A file someone attached to an incident (a screenshot, an export, a mail). Stored in the database so that
 * the evidence travels with the ledger's backups; its SHA-256 is also in the audit log.
 */
@Entity('incident_evidence')
@Index(['incidentId'])
export class IncidentEvidenceEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  workspaceId: string;

  @Column({ type: 'uuid' })
  incidentId: string;

  @ManyToOne('IncidentEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'incident_id' })
  incident?: Relation<IncidentEntity>;

  @Column({ type: 'text' })
  fileName: string;

  @Column({ type: 'text' })
  mediaType: string;

  @Column({ type: 'integer' })
  sizeBytes: number;

  @Column({ type: 'text' })
  sha256: string;

  @Column({ type: 'bytea' })
  content: Buffer;

  @Column({ type: 'timestamptz' })
  addedAt: Date;

  @Column({ type: 'text' })
  addedBy: string;
}
