// Tweets are generated conversation by conversation, but a twcs export is ordered by time with ids that grow
// with time. Drafts carry a generation key; ids are handed out only once everything is in time order.
import type { DemoTweet } from './demo.types.js';

export interface DraftTweet {
  /** Position in generation order: unique, and the tie-break for equal timestamps (parents come first). */
  key: number;
  inbound: boolean;
  authorId: string;
  createdAtMs: number;
  text: string;
  parentKey: number | null;
}

/** Like twcs ids: plain increasing integers, as strings. Far from 1 so they never read as counts. */
export const FIRST_DEMO_TWEET_ID = 1_000_001;

export function toDemoTweets(drafts: readonly DraftTweet[]): DemoTweet[] {
  const ordered = [...drafts].sort((a, b) => a.createdAtMs - b.createdAtMs || a.key - b.key);
  const idByKey = new Map<number, string>();
  ordered.forEach((draft, index) => idByKey.set(draft.key, String(FIRST_DEMO_TWEET_ID + index)));

  const tweets = ordered.map((draft): DemoTweet => ({
    tweetId: idByKey.get(draft.key) as string,
    authorId: draft.authorId,
    inbound: draft.inbound,
    createdAt: new Date(draft.createdAtMs),
    text: draft.text,
    responseTweetIds: [],
    inResponseToTweetId: draft.parentKey === null ? null : (idByKey.get(draft.parentKey) ?? null),
  }));
  // Walking in time order keeps each parent's list of responses in time order too.
  const byId = new Map(tweets.map((tweet) => [tweet.tweetId, tweet]));
  for (const tweet of tweets) {
    if (tweet.inResponseToTweetId !== null)
      byId.get(tweet.inResponseToTweetId)?.responseTweetIds.push(tweet.tweetId);
  }
  return tweets;
}
