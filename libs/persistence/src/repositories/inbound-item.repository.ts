import type { DataSource } from 'typeorm';
import { epochMsSql, instantOf } from '../engine/epoch-ms.util.js';

export interface InboundFactRow {
  accountId: string;
  externalId: string;
  createdAt: Date;
  conversationId: string | null;
  actionable: boolean;
}

/** An inbound item as a platform connector delivers it (natural key: account + external id). */
export interface CollectedInboundRow {
  externalId: string;
  kind: string;
  authorExternalId: string;
  createdAt: Date;
  text: string;
  inReplyToExternalId: string | null;
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
      created_at: number;
      conversation_id: string | null;
      actionable: boolean;
    }[] = await this.dataSource.query(
      `SELECT account_id, external_id, ${epochMsSql('created_at')} AS created_at, conversation_id, actionable
       FROM inbound_item
       WHERE workspace_id = $1 AND created_at >= $2 AND created_at < $3
       ORDER BY created_at, external_id`,
      [workspaceId, from, to],
    );
    return rows.map((r) => ({
      accountId: r.account_id,
      externalId: r.external_id,
      createdAt: instantOf(r.created_at),
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
  /** Upserts what a connector collected, by (account, external id); a row changes only when its content did. */
  async upsertCollected(
    workspaceId: string,
    accountId: string,
    source: string,
    items: CollectedInboundRow[],
  ): Promise<number> {
    if (items.length === 0) return 0;
    const rows: unknown[] = await this.dataSource.query(
      `INSERT INTO inbound_item (workspace_id, account_id, external_id, kind, author_external_id, created_at, text,
                                 in_reply_to_external_id, conversation_id, actionable, source)
       SELECT $1, $2, r.external_id, r.kind, r.author, r.created_at, r.text, r.in_reply_to, r.conversation_id,
              r.actionable, $3
       FROM unnest($4::text[], $5::text[], $6::text[], $7::timestamptz[], $8::text[], $9::text[], $10::text[],
                   $11::boolean[])
            AS r(external_id, kind, author, created_at, text, in_reply_to, conversation_id, actionable)
       ON CONFLICT (account_id, external_id) DO UPDATE SET
         kind = EXCLUDED.kind, author_external_id = EXCLUDED.author_external_id, created_at = EXCLUDED.created_at,
         text = EXCLUDED.text, in_reply_to_external_id = EXCLUDED.in_reply_to_external_id,
         conversation_id = EXCLUDED.conversation_id, actionable = EXCLUDED.actionable
       WHERE (inbound_item.kind, inbound_item.author_external_id, inbound_item.created_at, inbound_item.text,
              inbound_item.in_reply_to_external_id, inbound_item.conversation_id, inbound_item.actionable)
         IS DISTINCT FROM (EXCLUDED.kind, EXCLUDED.author_external_id, EXCLUDED.created_at, EXCLUDED.text,
              EXCLUDED.in_reply_to_external_id, EXCLUDED.conversation_id, EXCLUDED.actionable)
       RETURNING id`,
      [
        workspaceId,
        accountId,
        source,
        items.map((i) => i.externalId),
        items.map((i) => i.kind),
        items.map((i) => i.authorExternalId),
        items.map((i) => i.createdAt),
        items.map((i) => i.text),
        items.map((i) => i.inReplyToExternalId),
        items.map((i) => i.conversationId),
        items.map((i) => i.actionable),
      ],
    );
    return rows.length;
  }
}
