import type { DataSource } from 'typeorm';
import { ReportDeliverySettingsEntity } from './report-delivery-settings.entity.js';
import { ReportRecipientEntity } from './report-recipient.entity.js';

export type ReportDeliverySettings = Omit<ReportDeliverySettingsEntity, 'workspace' | 'updatedAt'>;

/** SMTP settings and recipients of each workspace's report mail. */
export class ReportDeliverySettingsRepository {
  constructor(private readonly dataSource: DataSource) {}

  get(workspaceId: string): Promise<ReportDeliverySettingsEntity | null> {
    return this.dataSource.getRepository(ReportDeliverySettingsEntity).findOneBy({ workspaceId });
  }

  /** Replaces the workspace's settings as a whole. */
  async set(settings: ReportDeliverySettings, at: Date): Promise<ReportDeliverySettingsEntity> {
    await this.dataSource.query(
      `INSERT INTO report_delivery_settings
         (workspace_id, enabled, smtp_host, smtp_port, smtp_secure, smtp_user, password_env, from_address,
          send_hour, holiday_calendar, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
       ON CONFLICT (workspace_id) DO UPDATE SET
         enabled = EXCLUDED.enabled, smtp_host = EXCLUDED.smtp_host, smtp_port = EXCLUDED.smtp_port,
         smtp_secure = EXCLUDED.smtp_secure, smtp_user = EXCLUDED.smtp_user, password_env = EXCLUDED.password_env,
         from_address = EXCLUDED.from_address, send_hour = EXCLUDED.send_hour,
         holiday_calendar = EXCLUDED.holiday_calendar, updated_at = EXCLUDED.updated_at`,
      [
        settings.workspaceId,
        settings.enabled,
        settings.smtpHost,
        settings.smtpPort,
        settings.smtpSecure,
        settings.smtpUser,
        settings.passwordEnv,
        settings.fromAddress,
        settings.sendHour,
        settings.holidayCalendar,
        at,
      ],
    );
    return (await this.get(settings.workspaceId))!;
  }

  /** The settings of every workspace whose report is mailed: enabled, with at least one recipient. */
  async listDelivering(): Promise<ReportDeliverySettingsEntity[]> {
    const rows: { workspace_id: string }[] = await this.dataSource.query(
      `SELECT s.workspace_id FROM report_delivery_settings s
       WHERE s.enabled AND EXISTS (SELECT 1 FROM report_recipient r WHERE r.workspace_id = s.workspace_id)
       ORDER BY s.workspace_id`,
    );
    if (rows.length === 0) return [];
    return this.dataSource
      .getRepository(ReportDeliverySettingsEntity)
      .find({ where: rows.map((r) => ({ workspaceId: r.workspace_id })), order: { workspaceId: 'ASC' } });
  }

  listRecipients(workspaceId: string): Promise<ReportRecipientEntity[]> {
    return this.dataSource
      .getRepository(ReportRecipientEntity)
      .find({ where: { workspaceId }, order: { email: 'ASC' } });
  }

  /** Adds a recipient (the address in lower case); adding one twice updates the name. */
  async addRecipient(
    workspaceId: string,
    email: string,
    name: string | null,
  ): Promise<ReportRecipientEntity> {
    const normalised = email.trim().toLowerCase();
    await this.dataSource.query(
      `INSERT INTO report_recipient (workspace_id, email, name) VALUES ($1, $2, $3)
       ON CONFLICT (workspace_id, email) DO UPDATE SET name = EXCLUDED.name`,
      [workspaceId, normalised, name],
    );
    return this.dataSource
      .getRepository(ReportRecipientEntity)
      .findOneByOrFail({ workspaceId, email: normalised });
  }

  /** Removes a recipient; false when there was none with that address. */
  async removeRecipient(workspaceId: string, email: string): Promise<boolean> {
    const [, affected]: [unknown, number] = await this.dataSource.query(
      `DELETE FROM report_recipient WHERE workspace_id = $1 AND email = $2`,
      [workspaceId, email.trim().toLowerCase()],
    );
    return affected > 0;
  }
}
