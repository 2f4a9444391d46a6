import type { AttributionSource, DetectionInbound, DetectionOutbound } from '#domain';
import type { DataSource } from 'typeorm';
import { rows } from './queryable.util.js';

/**
 * The facts the detection rules read, in the shapes the domain defines. Deleted items are included (with
 * the text captured when they were first seen), and each item's engagement as last seen before deletion.
 */
export class IncidentFactsRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Outbound items published in [from, to), plus later replies to inbound items received in [from, to)
   * (a question asked at the end of the period and answered after it still has its answer).
   */
  async outbound(workspaceId: string, from: Date, to: Date): Promise<DetectionOutbound[]> {
    const list = await rows<Record<string, unknown>>(
      this.dataSource,
      `SELECT o.account_id, o.external_id, o.kind, o.created_at, o.deleted_at,
              COALESCE(c.text, o.text) AS text, o.in_reply_to_external_id, o.conversation_id, o.operator_id,
              o.attribution_source, c.published_via,
              s.captured_at, s.reposts, s.quotes, s.replies, s.reactions
       FROM outbound_item o
       LEFT JOIN outbound_capture c ON c.outbound_item_id = o.id
       LEFT JOIN LATERAL (
         SELECT captured_at, reposts, quotes, replies, reactions FROM engagement_snapshot e
         WHERE e.outbound_item_id = o.id AND (o.deleted_at IS NULL OR e.captured_at <= o.deleted_at)
         ORDER BY e.captured_at DESC LIMIT 1
       ) s ON true
       WHERE o.workspace_id = $1
         AND ((o.created_at >= $2 AND o.created_at < $3)
              OR (o.created_at >= $3 AND EXISTS (
                    SELECT 1 FROM inbound_item i
                    WHERE i.account_id = o.account_id AND i.external_id = o.in_reply_to_external_id
                      AND i.created_at >= $2 AND i.created_at < $3)))
       ORDER BY o.created_at, o.external_id`,
      [workspaceId, from, to],
    );
    return list.map((r) => ({
      accountId: r.account_id as string,
      externalId: r.external_id as string,
      kind: r.kind as string,
      createdAt: r.created_at as Date,
      deletedAt: (r.deleted_at as Date | null) ?? null,
      text: r.text as string,
      inReplyToExternalId: (r.in_reply_to_external_id as string | null) ?? null,
      conversationId: (r.conversation_id as string | null) ?? null,
      operatorId: (r.operator_id as string | null) ?? null,
      attributionSource: r.attribution_source as AttributionSource,
      application: (r.published_via as string | null) ?? null,
      engagement:
        r.captured_at === null
          ? null
          : {
              capturedAt: r.captured_at as Date,
              // A count the platform did not report is not known to be zero, but it adds nothing either.
              reposts: (r.reposts as number | null) ?? 0,
              quotes: (r.quotes as number | null) ?? 0,
              replies: (r.replies as number | null) ?? 0,
              reactions: (r.reactions as number | null) ?? 0,
            },
    }));
  }

  /** Inbound items received in [from, to), with their text (the negative-surge rule reads it). */
  async inbound(workspaceId: string, from: Date, to: Date): Promise<DetectionInbound[]> {
    const list = await rows<Record<string, unknown>>(
      this.dataSource,
      `SELECT account_id, external_id, created_at, text, in_reply_to_external_id, conversation_id, actionable
       FROM inbound_item WHERE workspace_id = $1 AND created_at >= $2 AND created_at < $3
       ORDER BY created_at, external_id`,
      [workspaceId, from, to],
    );
    return list.map((r) => ({
      accountId: r.account_id as string,
      externalId: r.external_id as string,
      createdAt: r.created_at as Date,
      text: r.text as string,
      inReplyToExternalId: (r.in_reply_to_external_id as string | null) ?? null,
      conversationId: (r.conversation_id as string | null) ?? null,
      actionable: r.actionable as boolean,
    }));
  }

  /** The first and last item times of the workspace: detection over "all data" needs no wider window. */
  async dataRange(workspaceId: string): Promise<{ first: Date | null; last: Date | null }> {
    const [row] = await rows<{ first: Date | null; last: Date | null }>(
      this.dataSource,
      `SELECT least((SELECT min(created_at) FROM inbound_item WHERE workspace_id = $1),
                    (SELECT min(created_at) FROM outbound_item WHERE workspace_id = $1)) AS first,
              greatest((SELECT max(created_at) FROM inbound_item WHERE workspace_id = $1),
                       (SELECT max(created_at) FROM outbound_item WHERE workspace_id = $1)) AS last`,
      [workspaceId],
    );
    return { first: row?.first ?? null, last: row?.last ?? null };
  }
}
