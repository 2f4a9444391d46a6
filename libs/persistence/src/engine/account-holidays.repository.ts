import type { HolidayCalendar } from '#domain';
import type { DataSource, EntityManager } from 'typeorm';

/** Each account's holiday calendar (AccountFact.holidays). */
export class AccountHolidaysRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Calendars by account id; accounts without one are absent. */
  async listByWorkspace(workspaceId: string): Promise<Map<string, HolidayCalendar>> {
    const rows: { account_id: string; calendar: HolidayCalendar }[] = await this.dataSource.query(
      `SELECT account_id, calendar FROM account_holidays WHERE workspace_id = $1`,
      [workspaceId],
    );
    return new Map(rows.map((r) => [r.account_id, r.calendar]));
  }

  /** Sets the account's calendar; null removes it (no holidays). */
  async set(
    workspaceId: string,
    accountId: string,
    calendar: HolidayCalendar | null,
    manager?: EntityManager,
  ): Promise<void> {
    const db = manager ?? this.dataSource.manager;
    if (calendar === null) {
      await db.query(`DELETE FROM account_holidays WHERE workspace_id = $1 AND account_id = $2`, [
        workspaceId,
        accountId,
      ]);
      return;
    }
    await db.query(
      `INSERT INTO account_holidays (account_id, workspace_id, calendar) VALUES ($2, $1, $3)
       ON CONFLICT (account_id) DO UPDATE SET calendar = EXCLUDED.calendar, updated_at = now()`,
      [workspaceId, accountId, JSON.stringify(calendar)],
    );
  }
}
