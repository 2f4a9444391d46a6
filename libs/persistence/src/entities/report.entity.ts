import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** An issued report: where its files are and the SHA-256 that proves a copy is the one issued. */
@Entity('report')
@Index(['workspaceId', 'kind', 'periodFrom'])
export class ReportEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  workspaceId: string;

  /** monthly-comparison, incident-audit */
  @Column({ type: 'text' })
  kind: string;

  @Column({ type: 'timestamptz' })
  periodFrom: Date;

  @Column({ type: 'timestamptz' })
  periodTo: Date;

  @Column({ type: 'text' })
  locale: string;

  @Column({ type: 'text', nullable: true })
  htmlPath: string | null;

  @Column({ type: 'text', nullable: true })
  pdfPath: string | null;

  @Column({ type: 'text', nullable: true })
  htmlSha256: string | null;

  @Column({ type: 'text', nullable: true })
  pdfSha256: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
