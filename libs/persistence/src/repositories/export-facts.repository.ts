import type { DataSource } from 'typeorm';

/** How an export names an account: the platform's id where the file has one, else the handle or name. */
export interface ExportAccountKey {
  platform: string;
  externalId: string | null;
  handle: string | null;
}

export interface ExportAccount {
  id: string;
  platform: string;
  handle: string;
  externalId: string;
  timeZone: string;
  signaturePattern: string | null;
}

export interface ExportOutboundFact {
  accountId: string;
  externalId: string;
  kind: string;
  /** A retweet, reblog or share of someone else's post: published, but its engagement is not the account's. */
  isRepostOfOther: boolean;
  createdAt: Date;
  text: string;
  inReplyToExternalId: string | null;
  conversationId: string | null;
  /** Set with attributionSource `tool` when the export names the sender; otherwise the attribution pass decides. */
  operatorId: string | null;
  attributionSource: 'tool' | null;
  signature: string | null;
}

export interface ExportInboundFact {
  accountId: string;
  externalId: string;
  kind: string;
  authorExternalId: string;
  createdAt: Date;
  text: string;
  inReplyToExternalId: string | null;
  conversationId: string | null;
}

/** Engagement counts of one outbound item; null means the export did not report it (never zero). */
export interface ExportEngagement {
  accountId: string;
  externalId: string;
  reactions: number | null;
  replies: number | null;
  reposts: number | null;
  quotes: number | null;
  saves: number | null;
  clicks: number | null;
  impressions: number | null;
  reach: number | null;
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

/**
 * Facts from export files (Meta Business Suite, publishing tools, mapped CSV): accounts found by id or
 * handle, outbound and inbound items upserted by (account, external id), engagement snapshots by (item,
 * capture time). Every upsert changes a row only when its content differs, so re-importing a file
 * reports zero changes; counts returned are rows inserted or changed.
 */
export class ExportFactsRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * The account each key names, created when absent (with `timeZoneForNew`). A key matches an account of
   * its platform by external id, else by handle (case-insensitive), so a page first met in a tool export
   * (by name) and later in a Meta export (by id) stays one account. `accounts[i]` answers `keys[i]`.
   */
  async resolveAccounts(
    workspaceId: string,
    keys: ExportAccountKey[],
    timeZoneForNew: string,
  ): Promise<{ accounts: ExportAccount[]; created: number }> {
    if (keys.length === 0) return { accounts: [], created: 0 };
    const platforms = [...new Set(keys.map((k) => k.platform))];
    let known = await this.accountsOf(workspaceId, platforms);
    const missing = keys.filter((k) => match(known, k) === undefined);
    let created = 0;
    if (missing.length > 0) {
      const unique = new Map(missing.map((k) => [`${k.platform}\u0000${externalIdFor(k)}`, k]));
      const inserted: unknown[] = await this.dataSource.query(
        `INSERT INTO account (workspace_id, platform, handle, external_id, time_zone)
         SELECT $1, k.platform, k.handle, k.external_id, $5
         FROM unnest($2::text[], $3::text[], $4::text[]) AS k(platform, handle, external_id)
         ON CONFLICT (workspace_id, platform, external_id) DO NOTHING
         RETURNING id`,
        [
          workspaceId,
          [...unique.values()].map((k) => k.platform),
          [...unique.values()].map((k) => k.handle ?? k.externalId),
          [...unique.values()].map(externalIdFor),
          timeZoneForNew,
        ],
      );
      created = inserted.length;
      known = await this.accountsOf(workspaceId, platforms);
    }
    return {
      accounts: keys.map((k) => {
        const account = match(known, k);
        if (!account) throw new Error(`account ${JSON.stringify(k)} was neither found nor created`);
        return account;
      }),
      created,
    };
  }

  /**
   * Upserts outbound items. A tool's attribution replaces any weaker one but never the platform's own;
   * without one, the attribution pass decides and an existing attribution is left alone. Reply links and
   * conversation ids are only ever added: an export that lacks them does not erase what a collector saw.
   */
  async upsertOutbound(workspaceId: string, source: string, items: ExportOutboundFact[]): Promise<number> {
    if (items.length === 0) return 0;
    const rows: unknown[] = await this.dataSource.query(
      `INSERT INTO outbound_item AS o
         (workspace_id, account_id, external_id, kind, created_at, text, in_reply_to_external_id,
          conversation_id, operator_id, attribution_source, signature, source, is_repost_of_other)
       SELECT $1, r.account_id, r.external_id, r.kind, r.created_at, r.text, r.in_reply_to, r.conversation_id,
              r.operator_id, COALESCE(r.attribution_source, 'unknown'), r.signature, $2, r.is_repost
       FROM unnest($3::uuid[], $4::text[], $5::text[], $6::timestamptz[], $7::text[], $8::text[], $9::text[],
                   $10::uuid[], $11::text[], $12::text[], $13::boolean[])
            AS r(account_id, external_id, kind, created_at, text, in_reply_to, conversation_id, operator_id,
                 attribution_source, signature, is_repost)
       ON CONFLICT (account_id, external_id) DO UPDATE SET
         kind = EXCLUDED.kind, created_at = EXCLUDED.created_at, text = EXCLUDED.text,
         is_repost_of_other = EXCLUDED.is_repost_of_other,
         in_reply_to_external_id = COALESCE(EXCLUDED.in_reply_to_external_id, o.in_reply_to_external_id),
         conversation_id = COALESCE(EXCLUDED.conversation_id, o.conversation_id),
         operator_id = CASE WHEN ${TAKES_TOOL} THEN EXCLUDED.operator_id ELSE o.operator_id END,
         attribution_source = CASE WHEN ${TAKES_TOOL} THEN 'tool' ELSE o.attribution_source END,
         signature = CASE WHEN ${TAKES_TOOL} THEN EXCLUDED.signature ELSE o.signature END
       WHERE (o.kind, o.created_at, o.text, o.is_repost_of_other)
               IS DISTINCT FROM (EXCLUDED.kind, EXCLUDED.created_at, EXCLUDED.text, EXCLUDED.is_repost_of_other)
          OR (EXCLUDED.in_reply_to_external_id IS NOT NULL
              AND o.in_reply_to_external_id IS DISTINCT FROM EXCLUDED.in_reply_to_external_id)
          OR (EXCLUDED.conversation_id IS NOT NULL AND o.conversation_id IS DISTINCT FROM EXCLUDED.conversation_id)
          OR (${TAKES_TOOL} AND (o.operator_id, o.attribution_source, o.signature)
                IS DISTINCT FROM (EXCLUDED.operator_id, 'tool', EXCLUDED.signature))
       RETURNING o.id`,
      [
        workspaceId,
        source,
        items.map((i) => i.accountId),
        items.map((i) => i.externalId),
        items.map((i) => i.kind),
        items.map((i) => i.createdAt),
        items.map((i) => i.text),
        items.map((i) => i.inReplyToExternalId),
        items.map((i) => i.conversationId),
        items.map((i) => i.operatorId),
        items.map((i) => i.attributionSource),
        items.map((i) => i.signature),
        items.map((i) => i.isRepostOfOther),
      ],
    );
    return rows.length;
  }

  /** Upserts inbound items; like outbound, reply links and conversation ids are only ever added. */
  async upsertInbound(workspaceId: string, source: string, items: ExportInboundFact[]): Promise<number> {
    if (items.length === 0) return 0;
    const rows: unknown[] = await this.dataSource.query(
      `INSERT INTO inbound_item AS i
         (workspace_id, account_id, external_id, kind, author_external_id, created_at, text,
          in_reply_to_external_id, conversation_id, source)
       SELECT $1, r.account_id, r.external_id, r.kind, r.author, r.created_at, r.text, r.in_reply_to,
              r.conversation_id, $2
       FROM unnest($3::uuid[], $4::text[], $5::text[], $6::text[], $7::timestamptz[], $8::text[], $9::text[],
                   $10::text[])
            AS r(account_id, external_id, kind, author, created_at, text, in_reply_to, conversation_id)
       ON CONFLICT (account_id, external_id) DO UPDATE SET
         kind = EXCLUDED.kind, author_external_id = EXCLUDED.author_external_id,
         created_at = EXCLUDED.created_at, text = EXCLUDED.text,
         in_reply_to_external_id = COALESCE(EXCLUDED.in_reply_to_external_id, i.in_reply_to_external_id),
         conversation_id = COALESCE(EXCLUDED.conversation_id, i.conversation_id)
       WHERE (i.kind, i.author_external_id, i.created_at, i.text)
               IS DISTINCT FROM (EXCLUDED.kind, EXCLUDED.author_external_id, EXCLUDED.created_at, EXCLUDED.text)
          OR (EXCLUDED.in_reply_to_external_id IS NOT NULL
              AND i.in_reply_to_external_id IS DISTINCT FROM EXCLUDED.in_reply_to_external_id)
          OR (EXCLUDED.conversation_id IS NOT NULL AND i.conversation_id IS DISTINCT FROM EXCLUDED.conversation_id)
       RETURNING i.id`,
      [
        workspaceId,
        source,
        items.map((i) => i.accountId),
        items.map((i) => i.externalId),
        items.map((i) => i.kind),
        items.map((i) => i.authorExternalId),
        items.map((i) => i.createdAt),
        items.map((i) => i.text),
        items.map((i) => i.inReplyToExternalId),
        items.map((i) => i.conversationId),
      ],
    );
    return rows.length;
  }

  /**
   * One engagement snapshot per item at `capturedAt` (the export time). Snapshots are a time series: a
   * later export adds a row, the same export imported again finds its row unchanged.
   */
  async upsertSnapshots(
    workspaceId: string,
    capturedAt: Date,
    snapshots: ExportEngagement[],
  ): Promise<number> {
    if (snapshots.length === 0) return 0;
    const columns = METRICS.join(', ');
    const rows: unknown[] = await this.dataSource.query(
      `INSERT INTO engagement_snapshot AS s (workspace_id, outbound_item_id, captured_at, ${columns})
       SELECT $1, o.id, $2, ${METRICS.map((m) => `r.${m}`).join(', ')}
       FROM unnest($3::uuid[], $4::text[], ${METRICS.map((_, i) => `$${i + 5}::int[]`).join(', ')})
            AS r(account_id, external_id, ${columns})
       JOIN outbound_item o ON o.account_id = r.account_id AND o.external_id = r.external_id
       ON CONFLICT (outbound_item_id, captured_at) DO UPDATE SET
         ${METRICS.map((m) => `${m} = EXCLUDED.${m}`).join(', ')}
       WHERE (${METRICS.map((m) => `s.${m}`).join(', ')})
         IS DISTINCT FROM (${METRICS.map((m) => `EXCLUDED.${m}`).join(', ')})
       RETURNING s.id`,
      [
        workspaceId,
        capturedAt,
        snapshots.map((s) => s.accountId),
        snapshots.map((s) => s.externalId),
        ...METRICS.map((m) => snapshots.map((s) => s[m])),
      ],
    );
    return rows.length;
  }

  private async accountsOf(workspaceId: string, platforms: string[]): Promise<ExportAccount[]> {
    const rows: {
      id: string;
      platform: string;
      handle: string;
      external_id: string;
      time_zone: string;
      signature_pattern: string | null;
    }[] = await this.dataSource.query(
      `SELECT id, platform, handle, external_id, time_zone, signature_pattern FROM account
       WHERE workspace_id = $1 AND platform = ANY($2::text[]) ORDER BY created_at, id`,
      [workspaceId, platforms],
    );
    return rows.map((r) => ({
      id: r.id,
      platform: r.platform,
      handle: r.handle,
      externalId: r.external_id,
      timeZone: r.time_zone,
      signaturePattern: r.signature_pattern,
    }));
  }
}

// A tool's named sender replaces signature, roster or unknown attribution, never the platform's own.
const TAKES_TOOL = `(EXCLUDED.attribution_source = 'tool' AND o.attribution_source <> 'platform')`;

/** An account created from a key without an id is keyed by its handle (what the export calls it). */
function externalIdFor(key: ExportAccountKey): string {
  return key.externalId ?? key.handle ?? '';
}

function match(accounts: ExportAccount[], key: ExportAccountKey): ExportAccount | undefined {
  const samePlatform = accounts.filter((a) => a.platform === key.platform);
  if (key.externalId !== null) {
    const byId = samePlatform.find((a) => a.externalId === key.externalId);
    if (byId) return byId;
  }
  if (key.handle !== null) {
    const handle = key.handle.toLowerCase();
    const byHandle = samePlatform.find((a) => a.handle.toLowerCase() === handle);
    if (byHandle) return byHandle;
  }
  // An account this repository created from a handle alone has that handle as its external id.
  const fallback = externalIdFor(key);
  return samePlatform.find((a) => a.externalId === fallback);
}
