import type { EngagementSnapshot } from '#domain';
import type { DataSource } from 'typeorm';
import { epochMsSql, instantOf, instantOrNull } from './epoch-ms.util.js';

/** An outbound item with what engagement, volume, risk, cost and tone need beyond the responsiveness facts. */
export interface EngineOutboundRow {
  accountId: string;
  externalId: string;
  /** post, reply, comment, dm */
  kind: string;
  createdAt: Date;
  text: string;
  operatorId: string | null;
  isRepostOfOther: boolean;
  /** Deleted items were still published: they count in volume, risk exposure, cost and tone. */
  deletedAt: Date | null;
  /** The account's follower count last read at or before publication; null for other kinds or when unknown. */
  followersAtPosting: number | null;
}

/** The facts of the comparison engine that the responsiveness queries do not load. */
export class EngineFactsRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Outbound items published in [from, to), deleted ones included. Items of `postKinds` carry the
   * account's followers at posting time (the engagement rate by followers).
   */
  async outboundItems(
    workspaceId: string,
    from: Date,
    to: Date,
    postKinds: readonly string[],
  ): Promise<EngineOutboundRow[]> {
    const rows: Record<string, unknown>[] = await this.dataSource.query(
      `SELECT o.account_id, o.external_id, o.kind, ${epochMsSql('o.created_at')} AS created_at, o.text,
              o.operator_id, o.is_repost_of_other, ${epochMsSql('o.deleted_at')} AS deleted_at,
              CASE WHEN o.kind = ANY($4::text[]) THEN (
                SELECT p.followers FROM account_profile_snapshot p
                WHERE p.account_id = o.account_id AND p.captured_at <= o.created_at AND p.followers IS NOT NULL
                ORDER BY p.captured_at DESC LIMIT 1) END AS followers_at_posting
       FROM outbound_item o
       WHERE o.workspace_id = $1 AND o.created_at >= $2 AND o.created_at < $3
       ORDER BY o.created_at, o.external_id`,
      [workspaceId, from, to, [...postKinds]],
    );
    return rows.map((r) => ({
      accountId: r.account_id as string,
      externalId: r.external_id as string,
      kind: r.kind as string,
      createdAt: instantOf(r.created_at as number),
      text: r.text as string,
      operatorId: (r.operator_id as string | null) ?? null,
      isRepostOfOther: r.is_repost_of_other as boolean,
      deletedAt: instantOrNull((r.deleted_at as number | null) ?? null),
      followersAtPosting: (r.followers_at_posting as number | null) ?? null,
    }));
  }

  /**
   * Every engagement snapshot of the outbound items of `kinds` published in [from, to), whenever it was
   * taken: the 48-hour snapshot of a post from the period's last day is taken after the period.
   */
  async snapshots(
    workspaceId: string,
    from: Date,
    to: Date,
    kinds: readonly string[],
  ): Promise<EngagementSnapshot[]> {
    const rows: Record<string, unknown>[] = await this.dataSource.query(
      `SELECT o.account_id, o.external_id, ${epochMsSql('s.captured_at')} AS captured_at, s.reactions, s.replies, s.reposts, s.quotes, s.saves,
              s.clicks, s.impressions, s.reach, s.followers
       FROM outbound_item o JOIN engagement_snapshot s ON s.outbound_item_id = o.id
       WHERE o.workspace_id = $1 AND o.created_at >= $2 AND o.created_at < $3 AND o.kind = ANY($4::text[])
         AND NOT o.is_repost_of_other
       ORDER BY o.account_id, o.external_id, s.captured_at`,
      [workspaceId, from, to, [...kinds]],
    );
    const count = (value: unknown) => (value === null || value === undefined ? null : Number(value));
    return rows.map((r) => ({
      accountId: r.account_id as string,
      externalId: r.external_id as string,
      capturedAt: instantOf(r.captured_at as number),
      reactions: count(r.reactions),
      replies: count(r.replies),
      reposts: count(r.reposts),
      quotes: count(r.quotes),
      saves: count(r.saves),
      clicks: count(r.clicks),
      impressions: count(r.impressions),
      reach: count(r.reach),
      followers: count(r.followers),
    }));
  }

  /** The first and the last item time of the workspace, inbound or outbound; null without items. */
  async dataRange(workspaceId: string): Promise<{ first: Date; last: Date } | null> {
    const [row]: { first: Date | null; last: Date | null }[] = await this.dataSource.query(
      `SELECT least((SELECT min(created_at) FROM inbound_item WHERE workspace_id = $1),
                    (SELECT min(created_at) FROM outbound_item WHERE workspace_id = $1)) AS first,
              greatest((SELECT max(created_at) FROM inbound_item WHERE workspace_id = $1),
                       (SELECT max(created_at) FROM outbound_item WHERE workspace_id = $1)) AS last`,
      [workspaceId],
    );
    return row?.first && row.last ? { first: row.first, last: row.last } : null;
  }
}
