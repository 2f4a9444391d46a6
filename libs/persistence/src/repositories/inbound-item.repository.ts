import type { DataSource } from 'typeorm';

export interface InboundFactRow {
  accountId: string;
  externalId: string;
  createdAt: Date;
  conversationId: string | null;
  actionable: boolean;
}

export class InboundItemRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Inbound items received in [from, to). */
  async listFacts(workspaceId: string, from: Date, to: Date): Promise<InboundFactRow[]> {
    const rows: {
      account_id: string;
      external_id: string;
      created_at: Date;
      conversation_id: string | null;
      actionable: boolean;
    }[] = await this.dataSource.query(
      `SELECT account_id, external_id, created_at, conversation_id, actionable FROM inbound_item
       WHERE workspace_id = $1 AND created_at >= $2 AND created_at < $3
       ORDER BY created_at, external_id`,
      [workspaceId, from, to],
    );
    return rows.map((r) => ({
      accountId: r.account_id,
      externalId: r.external_id,
      createdAt: r.created_at,
      conversationId: r.conversation_id,
      actionable: r.actionable,
    }));
  }

  /**
   * The end of the data: the latest platform timestamp of any item in the workspace. Items younger than
   * 72 hours at this instant are "not yet decided" for the response rate.
   */
  async dataEnd(workspaceId: string): Promise<Date | null> {
    const [row] = await this.dataSource.query(
      `SELECT greatest((SELECT max(created_at) FROM inbound_item WHERE workspace_id = $1),
                       (SELECT max(created_at) FROM outbound_item WHERE workspace_id = $1)) AS data_end`,
      [workspaceId],
    );
    return row?.data_end ?? null;
  }

  /** Inbound and outbound counts per calendar day in the given time zone, for [from, to). */
  async dailyVolume(
    workspaceId: string,
    from: Date,
    to: Date,
    timeZone: string,
  ): Promise<{ day: string; inbound: number; outbound: number }[]> {
    const rows: { day: string; inbound: number; outbound: number }[] = await this.dataSource.query(
      `WITH items AS (
         SELECT created_at, 1 AS inbound, 0 AS outbound FROM inbound_item
          WHERE workspace_id = $1 AND created_at >= $2 AND created_at < $3
         UNION ALL
         SELECT created_at, 0, 1 FROM outbound_item
          WHERE workspace_id = $1 AND created_at >= $2 AND created_at < $3
       )
       SELECT to_char(created_at AT TIME ZONE $4, 'YYYY-MM-DD') AS day,
              sum(inbound)::int AS inbound, sum(outbound)::int AS outbound
       FROM items GROUP BY 1 ORDER BY 1`,
      [workspaceId, from, to, timeZone],
    );
    return rows;
  }
}
