import { computeEngagement } from './engagement.util.js';
import { loadXApiEngagement } from './x-api-v2.test-helper.js';

// A real X API v2 page (#brexit search, 2021-09-22 16:25–16:37 UTC, retrieved 16:38): 100 tweets, 67 of
// them retweets. A retweet carries the original's public_metrics: the 67 retweets report 5,097 retweets
// between them, of tweets their authors did not write.
const { posts, snapshots } = loadXApiEngagement('x-api-v2/brexit.jsonl');
const result = computeEngagement({
  from: new Date('2021-09-22T00:00:00Z'),
  to: new Date('2021-09-23T00:00:00Z'),
  posts,
  snapshots,
});
const summary = result.total.summary;

test('the page holds 100 tweets, 67 of them retweets', () => {
  expect(posts).toHaveLength(100);
  expect(posts.filter((p) => p.isRepostOfOther)).toHaveLength(67);
});

test('summing every tweet would claim 5,130 engagements; the 33 own tweets have 33', () => {
  const naive = snapshots.reduce(
    (sum, s) => sum + (s.reactions ?? 0) + (s.replies ?? 0) + (s.reposts ?? 0) + (s.quotes ?? 0),
    0,
  );
  expect(naive).toBe(5130);
  expect(summary).toMatchObject({ posts: 33, repostsOfOthersExcluded: 67 });
  // By hand from the file: 1440714938054418436 has 18 likes, 2 replies, 3 retweets (23);
  // 1440714027773030407 1 + 1 + 3 (5); 1440713966649417731 1 + 1 (2); three more with 1 each (3).
  expect(summary.totals).toEqual({
    reactions: 22,
    replies: 3,
    reposts: 8,
    quotes: 0,
    engagements: 33,
    saves: null,
    clicks: null,
  });
});

test('minutes-old tweets have no 48-hour snapshot: all 33 are marked', () => {
  expect(summary.postsYoungerThanFixedAge).toBe(33);
});

test('no impressions in public metrics: no rate by impressions rather than a made-up one', () => {
  expect(summary.byImpressions.ratioOfSums).toBeNull();
});

test('by followers: 33 over 3,159,816 followers; 27 of 33 tweets have none, so the median rate is 0', () => {
  expect(summary.byFollowers).toMatchObject({ posts: 33, engagements: 33, denominator: 3_159_816 });
  expect(summary.byFollowers.ratioOfSums).toBeCloseTo(33 / 3_159_816, 15);
  expect(summary.byFollowers.perPostMedian).toBe(0);
});
