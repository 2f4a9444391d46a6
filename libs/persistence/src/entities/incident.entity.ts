import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** An event that harmed or could harm the brand (METRICS.md, Risk). */
@Entity('incident')
@Index(['workspaceId', 'occurredAt'])
@Index(['workspaceId', 'subjectKey'], { unique: true })
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

  // Columns below: the incident ledger's migration (libs/persistence/src/incidents/).

  /**
   * What the incident is about, the key that merges duplicates: `outbound:<account>:<external id>` for a
   * published item, `window:<rule>:<account>:<from>` for a streak or surge; null for a manual report about
   * nothing in particular.
   */
  @Column({ type: 'text', nullable: true })
  subjectKey: string | null;

  /** The detection rules that fired on it (ids, sorted); empty for a manual report nothing confirmed. */
  @Column({ type: 'jsonb', default: () => "'[]'" })
  rules: string[];

  /** Each rule hit with what it saw (matches, counts, thresholds). */
  @Column({ type: 'jsonb', default: () => "'[]'" })
  hits: Record<string, unknown>[];

  /** The stretch of time a streak or surge covers; null for incidents about one item. */
  @Column({ type: 'timestamptz', nullable: true })
  windowFrom: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  windowTo: Date | null;

  /** Who reported it, for incidents reported by people; null: found by the detection rules. */
  @Column({ type: 'text', nullable: true })
  reportedBy: string | null;

  @Column({ type: 'text', nullable: true })
  description: string | null;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  updatedAt: Date;
}
