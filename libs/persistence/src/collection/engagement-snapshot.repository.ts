import type { DataSource } from 'typeorm';

/** Engagement numbers of one outbound item as a platform reported them; null: not reported (never zero). */
export interface EngagementReading {
  externalId: string;
  reactions: number | null;
  replies: number | null;
  reposts: number | null;
  quotes: number | null;
  saves: number | null;
  clicks: number | null;
  impressions: number | null;
  reach: number | null;
  reactionsByType: Record<string, number> | null;
}

const METRICS = [
  'reactions',
  'replies',
  'reposts',
  'quotes',
  'saves',
  'clicks',
  'impressions',
  'reach',
] as const;

/** The fixed age at which posts are compared (METRICS.md): the first snapshot at or after it is the one used. */
export const FIXED_AGE_HOURS = 48;

/**
 * Engagement is a time series of snapshots. A reading becomes a snapshot when its numbers differ from the
 * item's latest snapshot, or when it is the first reading at or after the fixed age (the comparison needs a
 * snapshot there even if nothing changed). The numbers at any instant are those of the latest snapshot
 * before it, and collecting twice in a row stores nothing new.
 */
export class EngagementSnapshotRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Returns how many snapshots were stored. Readings for items not stored as outbound items are ignored.
   * `followers` is the account's follower count at capture (followers at posting time); it never by itself
   * makes a new snapshot.
   */
  async recordChanged(
    workspaceId: string,
    accountId: string,
    capturedAt: Date,
    readings: EngagementReading[],
    followers: number | null = null,
  ): Promise<number> {
    if (readings.length === 0) return 0;
    const columns = METRICS.join(', ');
    const rows: unknown[] = await this.dataSource.query(
      `WITH input AS (
         SELECT o.id AS outbound_item_id, o.created_at AS published_at, r.*
         FROM unnest($4::text[], $5::int[], $6::int[], $7::int[], $8::int[], $9::int[], $10::int[], $11::int[], $12::int[])
              AS r(external_id, ${columns})
         JOIN outbound_item o ON o.account_id = $2 AND o.external_id = r.external_id
       ), latest AS (
         SELECT DISTINCT ON (s.outbound_item_id) s.*
         FROM engagement_snapshot s JOIN input i ON i.outbound_item_id = s.outbound_item_id
         ORDER BY s.outbound_item_id, s.captured_at DESC
       )
       INSERT INTO engagement_snapshot (workspace_id, outbound_item_id, captured_at, ${columns}, followers)
       SELECT $1, i.outbound_item_id, $3, ${METRICS.map((m) => `i.${m}`).join(', ')}, $13::int
       FROM input i LEFT JOIN latest l ON l.outbound_item_id = i.outbound_item_id
       WHERE l.outbound_item_id IS NULL
          OR (${METRICS.map((m) => `l.${m}`).join(', ')}) IS DISTINCT FROM (${METRICS.map((m) => `i.${m}`).join(', ')})
          OR (l.captured_at < i.published_at + make_interval(hours => ${FIXED_AGE_HOURS})
              AND $3::timestamptz >= i.published_at + make_interval(hours => ${FIXED_AGE_HOURS}))
       ON CONFLICT (outbound_item_id, captured_at) DO UPDATE SET
         ${METRICS.map((m) => `${m} = EXCLUDED.${m}`).join(', ')}
       RETURNING id`,
      [
        workspaceId,
        accountId,
        capturedAt,
        readings.map((r) => r.externalId),
        ...METRICS.map((m) => readings.map((r) => r[m])),
        followers,
      ],
    );
    const withTypes = readings.filter((r) => r.reactionsByType !== null);
    if (withTypes.length > 0) {
      // Attached to the snapshots taken at this instant; an unchanged reading has no new snapshot to carry it.
      await this.dataSource.query(
        `INSERT INTO engagement_breakdown (engagement_snapshot_id, workspace_id, reactions_by_type)
         SELECT s.id, $1, r.by_type
         FROM unnest($4::text[], $5::jsonb[]) AS r(external_id, by_type)
         JOIN outbound_item o ON o.account_id = $2 AND o.external_id = r.external_id
         JOIN engagement_snapshot s ON s.outbound_item_id = o.id AND s.captured_at = $3
         ON CONFLICT (engagement_snapshot_id) DO UPDATE SET reactions_by_type = EXCLUDED.reactions_by_type
           WHERE engagement_breakdown.reactions_by_type IS DISTINCT FROM EXCLUDED.reactions_by_type`,
        [
          workspaceId,
          accountId,
          capturedAt,
          withTypes.map((r) => r.externalId),
          withTypes.map((r) => JSON.stringify(r.reactionsByType)),
        ],
      );
    }
    return rows.length;
  }

  /** The latest snapshot of each outbound item of an account (by external id), with reactions by type. */
  async latestByAccount(accountId: string): Promise<Map<string, EngagementReading & { capturedAt: Date }>> {
    const rows: Record<string, unknown>[] = await this.dataSource.query(
      `SELECT DISTINCT ON (o.id) o.external_id, s.captured_at, ${METRICS.map((m) => `s.${m}`).join(', ')},
              b.reactions_by_type
       FROM outbound_item o
       JOIN engagement_snapshot s ON s.outbound_item_id = o.id
       LEFT JOIN engagement_breakdown b ON b.engagement_snapshot_id = s.id
       WHERE o.account_id = $1
       ORDER BY o.id, s.captured_at DESC`,
      [accountId],
    );
    return new Map(
      rows.map((r) => {
        const reading = {
          externalId: r.external_id as string,
          capturedAt: r.captured_at as Date,
          reactionsByType: (r.reactions_by_type as Record<string, number> | null) ?? null,
        } as EngagementReading & { capturedAt: Date };
        for (const m of METRICS) reading[m] = r[m] as number | null;
        return [reading.externalId, reading];
      }),
    );
  }
}
