import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';
import type { ReportEntity } from '../entities/report.entity.js';

/**
 * One report mailed to one recipient: every attempt counts, the last error is kept, and a sent mail is never
 * sent again (the unique key makes a retry resume where the last attempt stopped).
 */
@Entity('report_delivery')
@Index(['reportId', 'recipientEmail'], { unique: true })
@Index(['workspaceId', 'createdAt'])
export class ReportDeliveryEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  workspaceId: string;

  @Column({ type: 'uuid' })
  reportId: string;

  @ManyToOne('ReportEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'report_id' })
  report?: Relation<ReportEntity>;

  @Column({ type: 'text' })
  recipientEmail: string;

  /** pending (not tried yet or retrying), sent, failed (gave up after the last attempt). */
  @Column({ type: 'text', default: 'pending' })
  status: string;

  @Column({ type: 'integer', default: 0 })
  attempts: number;

  @Column({ type: 'timestamptz', nullable: true })
  lastAttemptAt: Date | null;

  @Column({ type: 'text', nullable: true })
  lastError: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  sentAt: Date | null;

  /** The Message-ID the mail went out with, and the server's answer: what a recipient's admin can look up. */
  @Column({ type: 'text', nullable: true })
  messageId: string | null;

  @Column({ type: 'text', nullable: true })
  smtpResponse: string | null;

  /** SHA-256 of the PDF attached: the archived file's, checked before sending. */
  @Column({ type: 'text' })
  pdfSha256: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
