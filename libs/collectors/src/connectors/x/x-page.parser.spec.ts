// X page parsers on the real recorded pages and on fuzzed mutations of them.
import { readXPage, X_FILES } from '../../../../../test/support/replays/x.replay.js';
import { fuzzParser } from '../payload-mutation.test-helper.js';
import { parseXMentionsPage, parseXTimelinePage } from './x-page.parser.js';

describe('X page parsers', () => {
  const brexit = readXPage(X_FILES.brexit);

  test('two_tweets.jsonl: its one tweet is a retweet, so the timeline keeps nothing and says why', () => {
    const { page, nextToken } = parseXTimelinePage(readXPage(X_FILES.twoTweets));
    expect(page).toMatchObject({ read: 1, outbound: [], skipped: { retweet: 1 }, rejected: [] });
    expect(nextToken).toBeNull();
  });

  test('mentions_tweet.jsonl: a retweet of @S3NT1N3L17’s post is a share, not a message to the account', () => {
    const { page } = parseXMentionsPage(readXPage(X_FILES.mentions), '1221317221714157569');
    expect(page).toMatchObject({ read: 1, inbound: [], skipped: { retweet: 1 } });
  });

  test('a tweet without created_at is rejected with its id; the others are kept', () => {
    const own = brexit.data.filter(
      (t: { referenced_tweets?: { type: string }[] }) =>
        !(t.referenced_tweets ?? []).some((r) => r.type === 'retweeted'),
    );
    const data = own
      .slice(0, 3)
      .map((t: Record<string, unknown>, i: number) => (i === 1 ? { ...t, created_at: 'yesterday' } : t));
    const { page } = parseXTimelinePage({ data, meta: {} });
    expect(page.rejected).toEqual([
      { record: 2, field: 'created_at', reason: `tweet ${data[1].id}: no readable created_at` },
    ]);
    expect(page.read).toBe(3);
    expect(page.outbound).toHaveLength(2);
  });

  test('fuzzed brexit.jsonl (timeline and mentions): no crash, every tweet stored, skipped or rejected', () => {
    // A 356 kB page: fewer runs, each mutating up to eight places anywhere in it.
    fuzzParser(brexit, (body) => parseXTimelinePage(body).page, 60);
    fuzzParser(brexit, (body) => parseXMentionsPage(body, '3131144855').page, 60);
  });

  test('fuzzed mentions_tweet.jsonl and two_tweets.jsonl', () => {
    fuzzParser(
      readXPage(X_FILES.mentions),
      (body) => parseXMentionsPage(body, '1221317221714157569').page,
      80,
    );
    fuzzParser(readXPage(X_FILES.twoTweets), (body) => parseXTimelinePage(body).page, 80);
  });
});
