import { computeEngagement } from './engagement.util.js';
import { post, snapshot } from './engagement.fixtures.js';

// A Facebook Page: reactions, comments and shares, plus saves and link clicks, but no quotes. One post's
// insights came back without impressions. Replies to customers are outbound items but not posts.
const period = { from: new Date('2026-10-01T00:00:00Z'), to: new Date('2026-11-01T00:00:00Z') };
const p1 = post('p1', '2026-10-01T08:00:00Z');
const p2 = post('p2', '2026-10-08T08:00:00Z');
const p3 = post('p3', '2026-10-15T08:00:00Z');
const reply = post('c1', '2026-10-15T09:00:00Z', { kind: 'comment' });
const september = post('p0', '2026-09-30T23:59:59Z');

const input = {
  ...period,
  posts: [september, p1, p2, p3, reply],
  snapshots: [
    snapshot(september, 48, { reactions: 1000, impressions: 1000 }),
    snapshot(p1, 48, {
      reactions: 30,
      replies: 5,
      reposts: 5,
      saves: 4,
      clicks: 20,
      impressions: 2000,
      reach: 800,
    }),
    snapshot(p2, 48, {
      reactions: 10,
      replies: 0,
      reposts: 2,
      saves: 0,
      clicks: 6,
      impressions: 400,
      reach: 300,
    }),
    snapshot(p3, 48, { reactions: 8, replies: 2, reposts: 0, clicks: 2, reach: 100 }),
    snapshot(reply, 48, { reactions: 3, impressions: 50 }),
  ],
};
const summary = computeEngagement(input).total.summary;

test('only the three October posts count: not the September post, not the comment', () => {
  expect(summary.posts).toBe(3);
  expect(summary.totals.engagements).toBe(40 + 12 + 10);
});

test('saves and clicks are kept apart from engagements; quotes are not reported', () => {
  expect(summary.totals).toMatchObject({ quotes: null, saves: 4, clicks: 28 });
  // saves: 4 over the two posts that report saves; clicks: 28 over three.
  expect(summary.perPost.saves).toBe(2);
  expect(summary.perPost.clicks).toBeCloseTo(28 / 3, 12);
  expect(summary.perPost.quotes).toBeNull();
});

test('by impressions: the post without impressions is left out, 52 / 2,400', () => {
  expect(summary.byImpressions).toMatchObject({ posts: 2, engagements: 52, denominator: 2400 });
  expect(summary.byImpressions.ratioOfSums).toBeCloseTo(52 / 2400, 12);
  // per-post: 40/2000 = 0.02 and 12/400 = 0.03
  expect(summary.byImpressions.perPostMedian).toBeCloseTo(0.025, 12);
});

test('by reach: 62 / 1,200, per-post median of 0.05, 0.04 and 0.1 is 0.05', () => {
  expect(summary.byReach.ratioOfSums).toBeCloseTo(62 / 1200, 12);
  expect(summary.byReach.perPostMedian).toBeCloseTo(0.05, 12);
});

test('comments become measurable when the kinds say so', () => {
  const withComments = computeEngagement({ ...input, kinds: ['post', 'comment'] }).total.summary;
  expect(withComments.posts).toBe(4);
  expect(withComments.totals.engagements).toBe(65);
});
