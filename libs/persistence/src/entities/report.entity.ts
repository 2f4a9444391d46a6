import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** An issued report: where its files are and the SHA-256 that proves a copy is the one issued. */
@Entity('report')
@Index(['workspaceId', 'kind', 'periodFrom'])
@Index(['htmlSha256'])
@Index(['pdfSha256'])
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

  // Columns below: the reporting feature's migration (libs/persistence/src/reporting/).

  /**
   * What the report was asked for, as issued: month or days, accounts, locale, formats, branding; enough to
   * issue it again from the same data.
   */
  @Column({ type: 'jsonb', default: () => "'{}'" })
  parameters: Record<string, unknown>;

  /**
   * SHA-256 over the canonical form of the facts the report rests on (libs/reporting/src/archive/): the same
   * data gives the same fingerprint, any changed fact a different one.
   */
  @Column({ type: 'text', nullable: true })
  dataFingerprint: string | null;

  /**
   * Where the convenience copy of the HTML was written (`--out`), if one was: the user's to move or edit.
   * `htmlPath` is the archive's own copy under the data directory, the one served, mailed and checked.
   */
  @Column({ type: 'text', nullable: true })
  htmlCopyPath: string | null;

  /** Where the convenience copy of the PDF was written, if one was (see htmlCopyPath). */
  @Column({ type: 'text', nullable: true })
  pdfCopyPath: string | null;
}
