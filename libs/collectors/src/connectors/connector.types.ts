// The one interface every platform connector implements (Ghostfolio's data-provider pattern): what it can
// collect, how it pages, what it can tell about who did it. A new platform is one new folder that implements
// it and one line in connector.registry.ts.

/** The platforms an account can live on (account.platform). */
export type Platform = 'x' | 'facebook' | 'instagram' | 'mastodon' | 'bluesky';

/** The kinds of facts a stream delivers. */
export type FactKind = 'outbound' | 'inbound' | 'engagement' | 'profile';

export interface StreamSpec {
  /** posts, mentions, comments, messages, notifications, conversations, profile … */
  name: string;
  produces: readonly FactKind[];
  /** Needs the account's stored credentials (`credentials`) or reads public data (`public`). */
  access: 'public' | 'credentials';
  /** How the platform pages this listing, for people reading the capabilities. */
  paging: string;
  /**
   * Outbound kinds this listing returns in full for its window: one that is missing from a complete listing
   * was deleted. Null: the listing cannot prove a deletion.
   */
  deletionCheck: readonly string[] | null;
  /** The listing works through the account's stored posts (StreamRequest.knownPostIds), e.g. their comments. */
  readsStoredPosts?: boolean;
}

/** What a platform can tell about who published an outbound item. */
export interface AttributionEvidence {
  /** The payload field, e.g. `admin_creator`. */
  field: string;
  /** `operator`: names the human (attribution step 1); `application`: the publishing client, a hint only. */
  meaning: 'operator' | 'application';
}

export interface ConnectorCapabilities {
  streams: readonly StreamSpec[];
  attributes: readonly AttributionEvidence[];
  /** What `ledger account connect` asks for: the secret and the non-secret settings. */
  credentials: { secret: string; settings: readonly string[]; permissions: string };
  /** The platform's own limits that apply to the figures (README, report completeness). */
  limits: readonly string[];
}

export interface CollectedOutbound {
  externalId: string;
  kind: 'post' | 'reply' | 'comment' | 'dm';
  createdAt: Date;
  text: string;
  inReplyToExternalId: string | null;
  /** Direct messages only: threaded items carry null (METRICS.md, conversation turns). */
  conversationId: string | null;
  /** The human the platform names as publisher (Meta `admin_creator`). */
  platformOperatorName: string | null;
  mediaUrls: string[];
  permalink: string | null;
  /** The publishing client (Mastodon `application`, X `source`): a hint, not a person. */
  publishedVia: string | null;
}

export interface CollectedInbound {
  externalId: string;
  kind: 'mention' | 'reply' | 'comment' | 'dm' | 'quote';
  authorExternalId: string;
  createdAt: Date;
  text: string;
  inReplyToExternalId: string | null;
  conversationId: string | null;
  actionable: boolean;
}

/** Engagement of one of the account's own items; null means "not reported", never zero. */
export interface CollectedEngagement {
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

export interface CollectedProfile {
  followers: number | null;
  following: number | null;
  posts: number | null;
}

/** A record the connector could not use: its 1-based position in this page, the field and why. */
export interface RecordRejection {
  record: number;
  field?: string;
  reason: string;
}

/** What one page of a listing delivered. Every record read is stored, skipped (with a reason) or rejected. */
export interface StreamPage {
  read: number;
  outbound: CollectedOutbound[];
  inbound: CollectedInbound[];
  engagement: CollectedEngagement[];
  profile: CollectedProfile | null;
  /** Records read but deliberately not stored, by reason (`retweet`, `like`, `follow` …). */
  skipped: Record<string, number>;
  rejected: RecordRejection[];
  /** Errors the platform reported beside data it still delivered. */
  warnings: string[];
  /** The newest position id in the page (tweet id, notification id) for `sinceId` next time; null if none. */
  newestId: string | null;
}

export interface AccountConnectionSecrets {
  /** Not secret: e.g. { instanceUrl } for Mastodon. */
  settings: Record<string, string>;
  /** The decrypted secret fields, e.g. { token } or { identifier, appPassword }. */
  secret: Record<string, string>;
}

export interface StreamRequest {
  account: { externalId: string; handle: string };
  connection: AccountConnectionSecrets | null;
  stream: string;
  /** List back to this instant (inclusive); null: as far as the platform lists. */
  since: Date | null;
  /** The newest id already collected, for platforms that page by id (X, Mastodon); null on the first run. */
  sinceId: string | null;
  maxPages: number;
  /** The account's latest stored posts, newest first, for streams that read them (`readsStoredPosts`). */
  knownPostIds: readonly string[];
}

export interface Connector {
  readonly platform: Platform;
  readonly capabilities: ConnectorCapabilities;
  /**
   * Lists one stream, newest first, page by page, until the window's start or the platform's end. Returning
   * normally means the listing was complete; a page cap, a looping cursor or a failed request throws after
   * the pages already delivered (those are kept).
   */
  collect(request: StreamRequest): AsyncIterable<StreamPage>;
}

export function emptyPage(): StreamPage {
  return {
    read: 0,
    outbound: [],
    inbound: [],
    engagement: [],
    profile: null,
    skipped: {},
    rejected: [],
    warnings: [],
    newestId: null,
  };
}

export function countSkip(page: StreamPage, reason: string): void {
  page.skipped[reason] = (page.skipped[reason] ?? 0) + 1;
}
