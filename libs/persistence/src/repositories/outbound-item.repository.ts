import type { DataSource } from 'typeorm';

export interface OutboundForAttribution {
  id: string;
  accountId: string;
  createdAt: Date;
  text: string;
}

export interface AttributionUpdate {
  id: string;
  operatorId: string | null;
  source: string;
  signature: string | null;
}

export interface OutboundFactRow {
  accountId: string;
  externalId: string;
  createdAt: Date;
  inReplyToExternalId: string | null;
  conversationId: string | null;
  operatorId: string | null;
  attributionSource: string;
}

export class OutboundItemRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** One page of outbound items in id order (keyset pagination), for the attribution pass. */
  async pageForAttribution(
    workspaceId: string,
    afterId: string,
    limit: number,
  ): Promise<OutboundForAttribution[]> {
    const rows: { id: string; account_id: string; created_at: Date; text: string }[] =
      await this.dataSource.query(
        `SELECT id, account_id, created_at, text FROM outbound_item
       WHERE workspace_id = $1 AND id > $2 AND attribution_source NOT IN ('platform', 'tool')
       ORDER BY id LIMIT $3`,
        [workspaceId, afterId, limit],
      );
    return rows.map((r) => ({
      id: String(r.id),
      accountId: r.account_id,
      createdAt: r.created_at,
      text: r.text,
    }));
  }

  /** Writes attribution results; rows whose attribution did not change are left untouched. */
  async updateAttribution(updates: AttributionUpdate[]): Promise<number> {
    if (updates.length === 0) return 0;
    // TypeORM returns [rows, affected] for UPDATE statements.
    const [, affected]: [unknown[], number] = await this.dataSource.query(
      `UPDATE outbound_item o
       SET operator_id = u.operator_id, attribution_source = u.source, signature = u.signature
       FROM unnest($1::bigint[], $2::uuid[], $3::text[], $4::text[]) AS u(id, operator_id, source, signature)
       WHERE o.id = u.id
         AND (o.operator_id, o.attribution_source, o.signature) IS DISTINCT FROM (u.operator_id, u.source, u.signature)`,
      [
        updates.map((u) => u.id),
        updates.map((u) => u.operatorId),
        updates.map((u) => u.source),
        updates.map((u) => u.signature),
      ],
    );
    return affected;
  }

  /**
   * Outbound items published in [from, to), plus replies published later to inbound items received in
   * [from, to): a question asked on the 31st and answered on the 1st still has its first response.
   */
  async listFacts(workspaceId: string, from: Date, to: Date): Promise<OutboundFactRow[]> {
    const rows: {
      account_id: string;
      external_id: string;
      created_at: Date;
      in_reply_to_external_id: string | null;
      conversation_id: string | null;
      operator_id: string | null;
      attribution_source: string;
    }[] = await this.dataSource.query(
      `SELECT o.account_id, o.external_id, o.created_at, o.in_reply_to_external_id, o.conversation_id,
              o.operator_id, o.attribution_source
       FROM outbound_item o
       WHERE o.workspace_id = $1 AND o.deleted_at IS NULL
         AND ((o.created_at >= $2 AND o.created_at < $3)
              OR (o.created_at >= $3 AND EXISTS (
                    SELECT 1 FROM inbound_item i
                    WHERE i.account_id = o.account_id AND i.external_id = o.in_reply_to_external_id
                      AND i.created_at >= $2 AND i.created_at < $3)))
       ORDER BY o.created_at, o.external_id`,
      [workspaceId, from, to],
    );
    return rows.map((r) => ({
      accountId: r.account_id,
      externalId: r.external_id,
      createdAt: r.created_at,
      inReplyToExternalId: r.in_reply_to_external_id,
      conversationId: r.conversation_id,
      operatorId: r.operator_id,
      attributionSource: r.attribution_source,
    }));
  }

  /** Share of outbound volume per sourcing group and attribution source in [from, to). */
  async attributionShares(
    workspaceId: string,
    from: Date,
    to: Date,
  ): Promise<{ sourcingGroup: string | null; source: string; items: number }[]> {
    const rows: { sourcing_group: string | null; source: string; items: number }[] =
      await this.dataSource.query(
        `SELECT op.sourcing_group, o.attribution_source AS source, count(*)::int AS items
       FROM outbound_item o LEFT JOIN operator op ON op.id = o.operator_id
       WHERE o.workspace_id = $1 AND o.created_at >= $2 AND o.created_at < $3
       GROUP BY 1, 2 ORDER BY 1 NULLS LAST, 2`,
        [workspaceId, from, to],
      );
    return rows.map((r) => ({ sourcingGroup: r.sourcing_group, source: r.source, items: r.items }));
  }
}
