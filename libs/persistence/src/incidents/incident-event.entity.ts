import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import type { IncidentEntity } from '../entities/incident.entity.js';

/**
 * One line of an incident's timeline: detected, rules added, contained, status changed, commented, evidence
 * added. Written together with the audit log entry that proves it.
 */
@Entity('incident_event')
@Index(['incidentId', 'at'])
export class IncidentEventEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id: string;

  @Column({ type: 'uuid' })
  workspaceId: string;

  @Column({ type: 'uuid' })
  incidentId: string;

  @ManyToOne('IncidentEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'incident_id' })
  incident?: Relation<IncidentEntity>;

  @Column({ type: 'timestamptz' })
  at: Date;

  /** A person, `cli:<user>`, `detection`. */
  @Column({ type: 'text' })
  actor: string;

  /** reported, detected, updated, status, comment, evidence */
  @Column({ type: 'text' })
  type: string;

  /** The comment's text, or the change in words. */
  @Column({ type: 'text', nullable: true })
  body: string | null;

  @Column({ type: 'jsonb', default: () => "'{}'" })
  details: Record<string, unknown>;
}
