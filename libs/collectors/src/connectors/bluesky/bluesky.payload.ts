// The parts of AT Protocol AppView responses the connector reads (app.bsky.feed.getAuthorFeed,
// app.bsky.notification.listNotifications, app.bsky.actor.getProfile). Everything optional: a response that
// fails lexicon validation is still read record by record.

export interface BskyAuthor {
  did?: string;
  handle?: string;
}

export interface BskyPostRecord {
  $type?: string;
  text?: string;
  createdAt?: string;
  reply?: { parent?: { uri?: string }; root?: { uri?: string } };
}

export interface BskyPostView {
  uri?: string;
  author?: BskyAuthor;
  record?: BskyPostRecord;
  indexedAt?: string;
  likeCount?: number;
  replyCount?: number;
  repostCount?: number;
  quoteCount?: number;
  bookmarkCount?: number;
  embed?: { images?: { fullsize?: string }[] };
}

export interface BskyFeedItem {
  post?: BskyPostView;
  /** `app.bsky.feed.defs#reasonRepost` (the account reposted someone's post) or `#reasonPin`. */
  reason?: { $type?: string };
}

export interface BskyNotification {
  uri?: string;
  author?: BskyAuthor;
  /** like, repost, follow, mention, reply, quote, like-via-repost, verified … */
  reason?: string;
  record?: BskyPostRecord;
  indexedAt?: string;
}
