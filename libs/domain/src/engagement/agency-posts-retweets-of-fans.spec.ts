import { computeEngagement } from './engagement.util.js';
import { post, snapshot } from './engagement.fixtures.js';

// The agency runs @brand in October. It published two posts of its own and retweeted three fans whose
// tweets went viral. A retweet carries the original's metrics: counting them would credit the agency with
// the fans' 1,500 reactions.
const agency = { accountId: 'brand', group: 'agency:loud' };
const own1 = post('own-1', '2026-10-05T09:00:00Z', agency);
const own2 = post('own-2', '2026-10-12T09:00:00Z', agency);
const fans = ['rt-1', 'rt-2', 'rt-3'].map((id, i) =>
  post(id, `2026-10-1${i + 3}T18:00:00Z`, { ...agency, isRepostOfOther: true }),
);

const result = computeEngagement({
  from: new Date('2026-10-01T00:00:00Z'),
  to: new Date('2026-11-01T00:00:00Z'),
  posts: [own1, ...fans, own2],
  snapshots: [
    snapshot(own1, 48, { reactions: 10, replies: 2, reposts: 1, quotes: 0, impressions: 1000 }),
    snapshot(own2, 49, { reactions: 4, replies: 0, reposts: 0, quotes: 1, impressions: 500 }),
    ...fans.map((fan) => snapshot(fan, 48, { reactions: 500, reposts: 300, impressions: 90_000 })),
  ],
});

test('the three retweets are left out and counted apart', () => {
  const [row] = result.byGroup;
  expect(row.key).toBe('agency:loud');
  expect(row.summary.posts).toBe(2);
  expect(row.summary.repostsOfOthersExcluded).toBe(3);
  expect(result.measured.map((m) => m.post.externalId)).toEqual(['own-1', 'own-2']);
});

test("engagements are the agency's own: 13 + 5 = 18, by kind 14 reactions, 2 replies, 1 repost, 1 quote", () => {
  const { totals, perPost } = result.total.summary;
  expect(totals).toEqual({
    reactions: 14,
    replies: 2,
    reposts: 1,
    quotes: 1,
    engagements: 18,
    saves: null,
    clicks: null,
  });
  expect(perPost.engagements).toBe(9);
});

test('rate by impressions: 18 / 1,500 = 1.2 %, per-post median of 1.3 % and 1.0 % = 1.15 %', () => {
  const rate = result.total.summary.byImpressions;
  expect(rate).toMatchObject({ posts: 2, engagements: 18, denominator: 1500 });
  expect(rate.ratioOfSums).toBeCloseTo(0.012, 12);
  expect(rate.perPostMedian).toBeCloseTo(0.0115, 12);
});

test("a repost of the brand's own post is not of another: it is measured", () => {
  const self = post('self-rt', '2026-10-20T09:00:00Z', agency);
  const withSelf = computeEngagement({
    from: new Date('2026-10-01T00:00:00Z'),
    to: new Date('2026-11-01T00:00:00Z'),
    posts: [self, fans[0]],
    snapshots: [snapshot(self, 50, { reactions: 3 })],
  });
  expect(withSelf.total.summary).toMatchObject({ posts: 1, repostsOfOthersExcluded: 1 });
  expect(withSelf.total.summary.totals.engagements).toBe(3);
});
