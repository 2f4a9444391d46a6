import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** An event that harmed or could harm the brand (METRICS.md, Risk). */
@Entity('incident')
@Index(['workspaceId', 'occurredAt'])
export class IncidentEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  workspaceId: string;

  @Column({ type: 'uuid', nullable: true })
  accountId: string | null;

  @Column({ type: 'text' })
  kind: string;

  /** low, medium, high, critical */
  @Column({ type: 'text' })
  severity: string;

  /** open, contained, resolved, dismissed */
  @Column({ type: 'text', default: 'open' })
  status: string;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'timestamptz' })
  occurredAt: Date;

  @Column({ type: 'timestamptz' })
  detectedAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  containedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  resolvedAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  operatorId: string | null;

  /** The operator's group at the time of the incident, frozen: later group changes do not rewrite history. */
  @Column({ type: 'text', nullable: true })
  sourcingGroup: string | null;

  /** Content as captured (text, media links, time), kept even after the platform deleted it. */
  @Column({ type: 'jsonb', default: () => "'{}'" })
  evidence: Record<string, unknown>;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
