import type { DataSource } from 'typeorm';
import { epochMsSql, instantOf } from '../engine/epoch-ms.util.js';
import { groupAtSql } from './operator.repository.js';

export interface OutboundForAttribution {
  id: string;
  accountId: string;
  createdAt: Date;
  text: string;
  /** The human the platform names (Meta `admin_creator`), when a collector stored one. */
  platformOperatorName: string | null;
}

/** An outbound item as a platform connector delivers it (natural key: account + external id). */
export interface CollectedOutboundRow {
  externalId: string;
  kind: string;
  createdAt: Date;
  text: string;
  inReplyToExternalId: string | null;
  conversationId: string | null;
  platformOperatorName: string | null;
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

  /**
   * One page of outbound items in id order (keyset pagination), for the attribution pass: the workspace's,
   * or one account's (a collection run attributes what it collected, not the whole workspace again).
   */
  async pageForAttribution(
    workspaceId: string,
    afterId: string,
    limit: number,
    accountId: string | null = null,
  ): Promise<OutboundForAttribution[]> {
    const rows: {
      id: string;
      account_id: string;
      created_at: Date;
      text: string;
      platform_operator_name: string | null;
    }[] = await this.dataSource.query(
      // Items a platform names a human for stay in the pass: the name is resolved again as operators change.
      `SELECT id, account_id, created_at, text, platform_operator_name FROM outbound_item
       WHERE workspace_id = $1 AND id > $2 ${accountId === null ? '' : 'AND account_id = $4'}
         AND (attribution_source NOT IN ('platform', 'tool') OR platform_operator_name IS NOT NULL)
       ORDER BY id LIMIT $3`,
      accountId === null ? [workspaceId, afterId, limit] : [workspaceId, afterId, limit, accountId],
    );
    return rows.map((r) => ({
      id: String(r.id),
      accountId: r.account_id,
      createdAt: r.created_at,
      text: r.text,
      platformOperatorName: r.platform_operator_name,
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
      created_at: number;
      in_reply_to_external_id: string | null;
      conversation_id: string | null;
      operator_id: string | null;
      attribution_source: string;
    }[] = await this.dataSource.query(
      `SELECT o.account_id, o.external_id, ${epochMsSql('o.created_at')} AS created_at, o.in_reply_to_external_id,
              o.conversation_id,
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
      createdAt: instantOf(r.created_at),
      inReplyToExternalId: r.in_reply_to_external_id,
      conversationId: r.conversation_id,
      operatorId: r.operator_id,
      attributionSource: r.attribution_source,
    }));
  }

  /** Share of outbound volume per sourcing group (the operator's at the item's time) and attribution source in [from, to). */
  async attributionShares(
    workspaceId: string,
    from: Date,
    to: Date,
  ): Promise<{ sourcingGroup: string | null; source: string; items: number }[]> {
    const rows: { sourcing_group: string | null; source: string; items: number }[] =
      await this.dataSource.query(
        `SELECT ${groupAtSql('op.id', 'o.created_at', 'op.sourcing_group')} AS sourcing_group,
              o.attribution_source AS source, count(*)::int AS items
       FROM outbound_item o LEFT JOIN operator op ON op.id = o.operator_id
       WHERE o.workspace_id = $1 AND o.created_at >= $2 AND o.created_at < $3
       GROUP BY 1, 2 ORDER BY 1 NULLS LAST, 2`,
        [workspaceId, from, to],
      );
    return rows.map((r) => ({ sourcingGroup: r.sourcing_group, source: r.source, items: r.items }));
  }
  /**
   * Upserts what a connector collected, by (account, external id). A row changes only when its content did;
   * an item seen again after it was marked deleted is live again. Returns the number of rows written.
   */
  async upsertCollected(
    workspaceId: string,
    accountId: string,
    source: string,
    items: CollectedOutboundRow[],
  ): Promise<number> {
    if (items.length === 0) return 0;
    const rows: unknown[] = await this.dataSource.query(
      `INSERT INTO outbound_item (workspace_id, account_id, external_id, kind, created_at, text,
                                  in_reply_to_external_id, conversation_id, platform_operator_name, source)
       SELECT $1, $2, r.external_id, r.kind, r.created_at, r.text, r.in_reply_to, r.conversation_id, r.operator_name, $3
       FROM unnest($4::text[], $5::text[], $6::timestamptz[], $7::text[], $8::text[], $9::text[], $10::text[])
            AS r(external_id, kind, created_at, text, in_reply_to, conversation_id, operator_name)
       ON CONFLICT (account_id, external_id) DO UPDATE SET
         kind = EXCLUDED.kind, created_at = EXCLUDED.created_at, text = EXCLUDED.text,
         in_reply_to_external_id = EXCLUDED.in_reply_to_external_id, conversation_id = EXCLUDED.conversation_id,
         platform_operator_name = EXCLUDED.platform_operator_name, deleted_at = NULL
       WHERE (outbound_item.kind, outbound_item.created_at, outbound_item.text, outbound_item.in_reply_to_external_id,
              outbound_item.conversation_id, outbound_item.platform_operator_name, outbound_item.deleted_at)
         IS DISTINCT FROM (EXCLUDED.kind, EXCLUDED.created_at, EXCLUDED.text, EXCLUDED.in_reply_to_external_id,
              EXCLUDED.conversation_id, EXCLUDED.platform_operator_name, NULL::timestamptz)
       RETURNING id`,
      [
        workspaceId,
        accountId,
        source,
        items.map((i) => i.externalId),
        items.map((i) => i.kind),
        items.map((i) => i.createdAt),
        items.map((i) => i.text),
        items.map((i) => i.inReplyToExternalId),
        items.map((i) => i.conversationId),
        items.map((i) => i.platformOperatorName),
      ],
    );
    return rows.length;
  }

  /**
   * Deletion capture: outbound items from `source` of the given kinds published in [from, to) that a complete
   * listing of that window did not return are marked deleted at `noticedAt` (their content stays as evidence).
   * Returns the external ids newly marked.
   */
  async markMissingDeleted(
    accountId: string,
    source: string,
    kinds: readonly string[],
    window: { from: Date | null; to: Date },
    seenExternalIds: readonly string[],
    noticedAt: Date,
  ): Promise<string[]> {
    const result: [{ external_id: string }[], number] = await this.dataSource.query(
      `UPDATE outbound_item SET deleted_at = $7
       WHERE account_id = $1 AND source = $2 AND kind = ANY($3::text[]) AND deleted_at IS NULL
         AND ($4::timestamptz IS NULL OR created_at >= $4) AND created_at < $5
         AND NOT (external_id = ANY($6::text[]))
       RETURNING external_id`,
      [accountId, source, [...kinds], window.from, window.to, [...seenExternalIds], noticedAt],
    );
    // TypeORM returns [rows, affected] for UPDATE … RETURNING.
    return result[0].map((r) => r.external_id).sort();
  }

  /** External ids of an account's live posts published at or after `since`, newest first (comment collection). */
  async listRecentPostIds(accountId: string, since: Date | null, limit: number): Promise<string[]> {
    const rows: { external_id: string }[] = await this.dataSource.query(
      `SELECT external_id FROM outbound_item
       WHERE account_id = $1 AND kind = 'post' AND deleted_at IS NULL
         AND ($2::timestamptz IS NULL OR created_at >= $2)
       ORDER BY created_at DESC, external_id LIMIT $3`,
      [accountId, since, limit],
    );
    return rows.map((r) => r.external_id);
  }
}
