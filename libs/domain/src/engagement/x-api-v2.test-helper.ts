// Test-only: reads the public_metrics of a real X API v2 search page (../shared/data/x-api-v2/*.jsonl)
// into engagement inputs. Parses only what engagement needs; the X connector is a separate piece of work.
import { readFileSync } from 'node:fs';
import { sharedDataFile } from '../../../../test/support/shared-data.js';
import type { EngagementPost, EngagementSnapshot } from './engagement.types.js';

interface XTweet {
  id: string;
  author_id: string;
  created_at: string;
  referenced_tweets?: { type: 'retweeted' | 'quoted' | 'replied_to'; id: string }[];
  public_metrics: { retweet_count: number; reply_count: number; like_count: number; quote_count: number };
}

interface XPage {
  data: XTweet[];
  includes: { users: { id: string; public_metrics: { followers_count: number } }[] };
  __twarc: { retrieved_at: string };
}

export interface XEngagementFacts {
  posts: EngagementPost[];
  /** One snapshot per tweet, taken when twarc retrieved the page. */
  snapshots: EngagementSnapshot[];
}

/** Each author is an account here; the group is `unknown` since nobody is on a roster. */
export function loadXApiEngagement(relativePath: string): XEngagementFacts {
  const lines = readFileSync(sharedDataFile(relativePath), 'utf8').split('\n').filter(Boolean);
  const posts: EngagementPost[] = [];
  const snapshots: EngagementSnapshot[] = [];
  for (const line of lines) {
    const page = JSON.parse(line) as XPage;
    const followers = new Map(page.includes.users.map((u) => [u.id, u.public_metrics.followers_count]));
    const capturedAt = new Date(page.__twarc.retrieved_at);
    for (const tweet of page.data) {
      posts.push({
        accountId: tweet.author_id,
        group: 'unknown',
        externalId: tweet.id,
        kind: 'post',
        createdAt: new Date(tweet.created_at),
        isRepostOfOther: (tweet.referenced_tweets ?? []).some((ref) => ref.type === 'retweeted'),
        operatorId: null,
        followersAtPosting: followers.get(tweet.author_id) ?? null,
      });
      const metrics = tweet.public_metrics;
      snapshots.push({
        accountId: tweet.author_id,
        externalId: tweet.id,
        capturedAt,
        reactions: metrics.like_count,
        replies: metrics.reply_count,
        reposts: metrics.retweet_count,
        quotes: metrics.quote_count,
        saves: null,
        clicks: null,
        // public_metrics of a search page has no impressions (non-public metrics need the author's token).
        impressions: null,
        reach: null,
        followers: null,
      });
    }
  }
  return { posts, snapshots };
}
