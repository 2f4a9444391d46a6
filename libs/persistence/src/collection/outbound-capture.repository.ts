import type { DataSource } from 'typeorm';

export interface FirstSeenOutbound {
  externalId: string;
  publishedAt: Date;
  text: string;
  mediaUrls: string[];
  permalink: string | null;
  publishedVia: string | null;
}

/** A deleted outbound item with the content captured when it was first seen. */
export interface DeletionEvidence {
  externalId: string;
  kind: string;
  publishedAt: Date;
  firstSeenAt: Date;
  deletedAt: Date;
  text: string;
  mediaUrls: string[];
  permalink: string | null;
}

export class OutboundCaptureRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Snapshots items the first time they are seen; later sightings never change the snapshot. Returns new snapshots. */
  async captureFirstSeen(
    workspaceId: string,
    accountId: string,
    seenAt: Date,
    items: FirstSeenOutbound[],
  ): Promise<number> {
    if (items.length === 0) return 0;
    const rows: unknown[] = await this.dataSource.query(
      `INSERT INTO outbound_capture
         (outbound_item_id, workspace_id, first_seen_at, published_at, text, media_urls, permalink, published_via)
       SELECT o.id, $1, $3, r.published_at, r.text, r.media_urls, r.permalink, r.published_via
       FROM unnest($4::text[], $5::timestamptz[], $6::text[], $7::jsonb[], $8::text[], $9::text[])
            AS r(external_id, published_at, text, media_urls, permalink, published_via)
       JOIN outbound_item o ON o.account_id = $2 AND o.external_id = r.external_id
       ON CONFLICT (outbound_item_id) DO NOTHING
       RETURNING outbound_item_id`,
      [
        workspaceId,
        accountId,
        seenAt,
        items.map((i) => i.externalId),
        items.map((i) => i.publishedAt),
        items.map((i) => i.text),
        items.map((i) => JSON.stringify(i.mediaUrls)),
        items.map((i) => i.permalink),
        items.map((i) => i.publishedVia),
      ],
    );
    return rows.length;
  }

  /** Deleted outbound items of an account with their evidence, most recently noticed first. */
  async listDeletions(accountId: string): Promise<DeletionEvidence[]> {
    const rows: {
      external_id: string;
      kind: string;
      published_at: Date;
      first_seen_at: Date;
      deleted_at: Date;
      text: string;
      media_urls: string[];
      permalink: string | null;
    }[] = await this.dataSource.query(
      `SELECT o.external_id, o.kind, c.published_at, c.first_seen_at, o.deleted_at, c.text, c.media_urls, c.permalink
       FROM outbound_item o JOIN outbound_capture c ON c.outbound_item_id = o.id
       WHERE o.account_id = $1 AND o.deleted_at IS NOT NULL
       ORDER BY o.deleted_at DESC, o.external_id`,
      [accountId],
    );
    return rows.map((r) => ({
      externalId: r.external_id,
      kind: r.kind,
      publishedAt: r.published_at,
      firstSeenAt: r.first_seen_at,
      deletedAt: r.deleted_at,
      text: r.text,
      mediaUrls: r.media_urls,
      permalink: r.permalink,
    }));
  }
}
