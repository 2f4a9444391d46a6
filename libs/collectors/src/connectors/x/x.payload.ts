// The parts of X API v2 payloads the connector reads (GET /2/users/:id/tweets, /2/users/:id/mentions,
// /2/users/:id). Everything is optional: payloads are untrusted and parsed field by field.

export interface XTweet {
  id?: string;
  text?: string;
  author_id?: string;
  created_at?: string;
  conversation_id?: string;
  in_reply_to_user_id?: string;
  source?: string;
  referenced_tweets?: { type?: 'retweeted' | 'quoted' | 'replied_to'; id?: string }[];
  public_metrics?: {
    retweet_count?: number;
    reply_count?: number;
    like_count?: number;
    quote_count?: number;
    bookmark_count?: number;
    impression_count?: number;
  };
  attachments?: { media_keys?: string[] };
}

export interface XMedia {
  media_key?: string;
  type?: string;
  url?: string;
  preview_image_url?: string;
}

/** A problem X reports beside the data it still returns (e.g. a referenced tweet that was deleted). */
export interface XProblem {
  title?: string;
  detail?: string;
  type?: string;
  resource_id?: string;
  value?: string;
}

export interface XTweetsPage {
  data?: XTweet[];
  includes?: { media?: XMedia[]; tweets?: XTweet[]; users?: XUser[] };
  meta?: { result_count?: number; next_token?: string; newest_id?: string; oldest_id?: string };
  errors?: XProblem[];
}

export interface XUser {
  id?: string;
  username?: string;
  public_metrics?: { followers_count?: number; following_count?: number; tweet_count?: number };
}
