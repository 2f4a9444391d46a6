import { FIRST_DEMO_TWEET_ID, toDemoTweets, type DraftTweet } from './draft-tweets.js';

const draft = (key: number, createdAtMs: number, parentKey: number | null, inbound = true): DraftTweet => ({
  key,
  inbound,
  authorId: inbound ? '100001' : 'Brand',
  createdAtMs,
  text: `t${key}`,
  parentKey,
});

describe('toDemoTweets', () => {
  it('orders by time, numbers in that order and links replies both ways', () => {
    const tweets = toDemoTweets([
      draft(0, 1_000, null),
      draft(1, 5_000, 0, false),
      draft(2, 2_000, null),
      draft(3, 3_000, 2, false),
      draft(4, 9_000, 1),
      draft(5, 7_000, 0, false),
    ]);
    expect(tweets.map((t) => t.text)).toEqual(['t0', 't2', 't3', 't1', 't5', 't4']);
    expect(tweets[0].tweetId).toBe(String(FIRST_DEMO_TWEET_ID));
    const byText = new Map(tweets.map((t) => [t.text, t]));
    expect(byText.get('t0')?.responseTweetIds).toEqual([
      byText.get('t1')?.tweetId,
      byText.get('t5')?.tweetId,
    ]);
    expect(byText.get('t4')?.inResponseToTweetId).toBe(byText.get('t1')?.tweetId);
    expect(byText.get('t2')?.inResponseToTweetId).toBeNull();
  });

  it('breaks timestamp ties by generation order', () => {
    const tweets = toDemoTweets([draft(1, 1_000, null), draft(0, 1_000, null)]);
    expect(tweets.map((t) => t.text)).toEqual(['t0', 't1']);
  });
});
