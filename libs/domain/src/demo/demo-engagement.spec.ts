import { generateDemoSnapshots } from './demo-engagement.js';
import { generateDemoWorkspace } from './generate-demo-workspace.js';

const from = new Date('2026-09-30T22:00:00Z');
const to = new Date('2026-10-31T23:00:00Z');
const dataset = generateDemoWorkspace({ seed: 20171011, from, to });
const posts = dataset.tweets.filter((t) => !t.inbound && t.inResponseToTweetId === null);
const later = new Date('2026-12-01T00:00:00Z');

describe('engagement snapshots of the demo posts', () => {
  const snapshots = generateDemoSnapshots(dataset, { seed: 1, until: later });

  test('every brand post is measured after an hour, a day, two days and a week', () => {
    expect(posts.length).toBeGreaterThan(10);
    expect(snapshots).toHaveLength(posts.length * 4);
    for (const post of posts) {
      const ages = snapshots
        .filter((s) => s.tweetId === post.tweetId)
        .map((s) => (s.capturedAt.getTime() - post.createdAt.getTime()) / 3_600_000);
      expect(ages).toEqual([1, 24, 48, 168]);
    }
  });

  test('counts only grow, and a post never has fewer replies than the comments it drew by then', () => {
    const commentsOf = (id: string, at: Date) =>
      dataset.tweets.filter((t) => t.inbound && t.inResponseToTweetId === id && t.createdAt <= at).length;
    for (const post of posts) {
      const own = snapshots.filter((s) => s.tweetId === post.tweetId);
      for (let i = 1; i < own.length; i += 1) {
        for (const key of ['impressions', 'reactions', 'replies', 'reposts'] as const)
          expect(own[i][key]).toBeGreaterThanOrEqual(own[i - 1][key]);
      }
      for (const s of own) expect(s.replies).toBeGreaterThanOrEqual(commentsOf(post.tweetId, s.capturedAt));
    }
  });

  test('rates look like a brand account’s: between 0.5 % and 10 % of impressions at a week', () => {
    const week = snapshots.filter((_, i) => i % 4 === 3);
    const engagements = week.reduce((sum, s) => sum + s.reactions + s.replies + s.reposts + s.quotes, 0);
    const impressions = week.reduce((sum, s) => sum + s.impressions, 0);
    expect(engagements / impressions).toBeGreaterThan(0.005);
    expect(engagements / impressions).toBeLessThan(0.1);
  });

  test('nothing is measured after `until`, and a later `until` only adds snapshots', () => {
    const early = generateDemoSnapshots(dataset, { seed: 1, until: to });
    expect(early.every((s) => s.capturedAt <= to)).toBe(true);
    expect(early.length).toBeLessThan(snapshots.length);
    const key = (s: (typeof snapshots)[number]) => JSON.stringify(s);
    const all = new Set(snapshots.map(key));
    expect(early.every((s) => all.has(key(s)))).toBe(true);
  });

  test('the same seed gives the same snapshots', () => {
    expect(generateDemoSnapshots(dataset, { seed: 1, until: later })).toEqual(snapshots);
  });
});
