import { Column, Entity, JoinColumn, OneToOne, PrimaryColumn, type Relation } from 'typeorm';
import type { WorkspaceEntity } from '../entities/workspace.entity.js';

/**
 * Where a workspace's monthly report is mailed from: its SMTP server and sender. The password is never stored:
 * `passwordEnv` names the environment variable that holds it on the machine that sends.
 */
@Entity('report_delivery_settings')
export class ReportDeliverySettingsEntity {
  @PrimaryColumn({ type: 'uuid' })
  workspaceId: string;

  @OneToOne('WorkspaceEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'workspace_id' })
  workspace?: Relation<WorkspaceEntity>;

  /** False: settings kept, nothing is mailed. */
  @Column({ type: 'boolean', default: true })
  enabled: boolean;

  @Column({ type: 'text' })
  smtpHost: string;

  @Column({ type: 'integer' })
  smtpPort: number;

  /** TLS from the first byte (port 465); false: STARTTLS when the server offers it. */
  @Column({ type: 'boolean', default: false })
  smtpSecure: boolean;

  /** SMTP user name; null: the server takes mail without authentication. */
  @Column({ type: 'text', nullable: true })
  smtpUser: string | null;

  /** Name of the environment variable holding the SMTP password (never the password itself). */
  @Column({ type: 'text', nullable: true })
  passwordEnv: string | null;

  /** The sender, `Name <address>` or an address. */
  @Column({ type: 'text' })
  fromAddress: string;

  /** Local hour (workspace time zone) on the first working day from which the report is mailed. */
  @Column({ type: 'integer', default: 8 })
  sendHour: number;

  /** Holidays that are not working days, date-holidays codes `AT`, `DE-BY`; null: Monday to Friday only. */
  @Column({ type: 'text', nullable: true })
  holidayCalendar: string | null;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  updatedAt: Date;
}
