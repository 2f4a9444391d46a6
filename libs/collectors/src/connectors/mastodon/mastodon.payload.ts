// The parts of Mastodon API entities the connector reads (Status, Notification, grouped notifications,
// Conversation, Account). Everything optional: untrusted, parsed field by field.

export interface MastodonAccount {
  id?: string;
  acct?: string;
  followers_count?: number;
  following_count?: number;
  statuses_count?: number;
}

export interface MastodonStatus {
  id?: string;
  created_at?: string;
  in_reply_to_id?: string | null;
  visibility?: 'public' | 'unlisted' | 'private' | 'direct';
  content?: string;
  url?: string | null;
  replies_count?: number;
  reblogs_count?: number;
  favourites_count?: number;
  quotes_count?: number;
  reblog?: MastodonStatus | null;
  /** The client that posted it: an attribution hint (a scheduling tool's name), not a person. */
  application?: { name?: string; website?: string | null } | null;
  account?: MastodonAccount;
  media_attachments?: { url?: string | null; preview_url?: string | null }[];
}

export interface MastodonNotification {
  id?: string;
  type?: string;
  created_at?: string;
  account?: MastodonAccount;
  status?: MastodonStatus | null;
}

/** GET /api/v2/notifications (Mastodon 4.3+): groups referring to deduplicated accounts and statuses. */
export interface MastodonGroupedNotifications {
  accounts?: MastodonAccount[];
  statuses?: MastodonStatus[];
  notification_groups?: {
    group_key?: string;
    type?: string;
    most_recent_notification_id?: string | number;
    latest_page_notification_at?: string;
    status_id?: string | null;
    sample_account_ids?: string[];
  }[];
}

export interface MastodonConversation {
  id?: string;
  accounts?: MastodonAccount[];
  last_status?: MastodonStatus | null;
}
