import { Column, Entity, JoinColumn, OneToOne, PrimaryColumn, type Relation } from 'typeorm';
import type { WorkspaceEntity } from '../entities/workspace.entity.js';

/**
 * How a workspace's reports look and speak: the name they are issued under (a consultant's or their client's),
 * a logo, two colours, a footer line, and the report language. Unset fields fall back to the workspace's name
 * and locale and the product's own colours.
 */
@Entity('report_branding')
export class ReportBrandingEntity {
  @PrimaryColumn({ type: 'uuid' })
  workspaceId: string;

  @OneToOne('WorkspaceEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'workspace_id' })
  workspace?: Relation<WorkspaceEntity>;

  /** The name printed on every report; null: the workspace's name. */
  @Column({ type: 'text', nullable: true })
  displayName: string | null;

  /** The logo as a data: URI (PNG or SVG), so that a report never loads anything from the network. */
  @Column({ type: 'text', nullable: true })
  logoDataUri: string | null;

  /** Headings and rules, `#rrggbb`. */
  @Column({ type: 'text', nullable: true })
  primaryColour: string | null;

  /** Highlights (the recommendation box, table bands), `#rrggbb`. */
  @Column({ type: 'text', nullable: true })
  accentColour: string | null;

  /** One line printed at the end of every report (a legal notice, "prepared for …"). */
  @Column({ type: 'text', nullable: true })
  footerText: string | null;

  /** Report language (en, de); null: the workspace's locale. */
  @Column({ type: 'text', nullable: true })
  locale: string | null;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  updatedAt: Date;
}
