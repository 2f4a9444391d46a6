import fc from 'fast-check';
import { computeEngagement } from './engagement.util.js';
import type { EngagementPost, EngagementSnapshot } from './engagement.types.js';

const FROM = Date.parse('2026-10-01T00:00:00Z');
const DAY_MS = 86_400_000;

const count = fc.option(fc.nat({ max: 5_000 }), { nil: null });
// Zero audiences on purpose: a post shown to nobody must not lift a rate it cannot enter.
const denominator = fc.option(fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 50_000 })), { nil: null });
const postArb = fc.record({
  account: fc.constantFrom('a', 'b', 'c'),
  group: fc.constantFrom('in_house', 'agency:x'),
  day: fc.integer({ min: 0, max: 30 }),
  isRepostOfOther: fc.boolean(),
  snapshots: fc.array(
    fc.record({
      ageHours: fc.integer({ min: 0, max: 120 }),
      reactions: count,
      replies: count,
      reposts: count,
      quotes: count,
      impressions: denominator,
      reach: denominator,
      followers: denominator,
    }),
    { maxLength: 3 },
  ),
});

type PostRow = typeof postArb extends fc.Arbitrary<infer T> ? T : never;

function facts(rows: PostRow[]): {
  posts: EngagementPost[];
  snapshots: EngagementSnapshot[];
} {
  const posts: EngagementPost[] = [];
  const snapshots: EngagementSnapshot[] = [];
  rows.forEach((row, i) => {
    const createdAt = new Date(FROM + row.day * DAY_MS);
    posts.push({
      accountId: row.account,
      group: row.group,
      externalId: `p${i}`,
      kind: 'post',
      createdAt,
      isRepostOfOther: row.isRepostOfOther,
      operatorId: null,
    });
    // Distinct capture times per post, as the (outbound item, captured_at) unique key guarantees.
    const ages = new Set<number>();
    for (const { ageHours, ...counts } of row.snapshots) {
      if (ages.has(ageHours)) continue;
      ages.add(ageHours);
      snapshots.push({
        accountId: row.account,
        externalId: `p${i}`,
        capturedAt: new Date(createdAt.getTime() + ageHours * 3_600_000),
        saves: null,
        clicks: null,
        ...counts,
      });
    }
  });
  return { posts, snapshots };
}

const period = { from: new Date(FROM), to: new Date(FROM + 31 * DAY_MS) };

test('a ratio of sums lies between the smallest and the largest per-post rate', () => {
  fc.assert(
    fc.property(fc.array(postArb, { maxLength: 25 }), (rows) => {
      const result = computeEngagement({ ...period, ...facts(rows) });
      const measured = result.measured.filter((m) => m.snapshotAge !== 'no-snapshot');
      for (const [name, denominatorOf] of [
        ['byImpressions', (m: (typeof measured)[number]) => m.impressions],
        ['byReach', (m: (typeof measured)[number]) => m.reach],
        ['byFollowers', (m: (typeof measured)[number]) => m.followersAtPosting],
      ] as const) {
        const rates = measured.flatMap((m) => {
          const d = denominatorOf(m);
          return d !== null && d > 0 ? [m.counts.engagements / d] : [];
        });
        const ratio = result.total.summary[name].ratioOfSums;
        if (rates.length === 0) {
          expect(ratio).toBeNull();
          continue;
        }
        expect(ratio).not.toBeNull();
        expect(ratio!).toBeLessThanOrEqual(Math.max(...rates) * (1 + 1e-12));
        expect(ratio!).toBeGreaterThanOrEqual(Math.min(...rates) * (1 - 1e-12));
      }
    }),
    { numRuns: 200 },
  );
});

test('permuting posts and snapshots changes nothing', () => {
  fc.assert(
    fc.property(
      fc.array(postArb, { maxLength: 20 }).chain((rows) => {
        const { posts, snapshots } = facts(rows);
        return fc.tuple(
          fc.constant({ posts, snapshots }),
          fc.shuffledSubarray(posts, { minLength: posts.length }),
          fc.shuffledSubarray(snapshots, { minLength: snapshots.length }),
        );
      }),
      ([original, posts, snapshots]) => {
        const a = computeEngagement({ ...period, ...original });
        const b = computeEngagement({ ...period, posts, snapshots });
        expect(b.byGroup).toEqual(a.byGroup);
        expect(b.byAccount).toEqual(a.byAccount);
        expect(b.total).toEqual(a.total);
      },
    ),
    { numRuns: 100 },
  );
});

test('group rows add up to the total', () => {
  fc.assert(
    fc.property(fc.array(postArb, { maxLength: 25 }), (rows) => {
      const result = computeEngagement({ ...period, ...facts(rows) });
      const sum = (pick: (s: (typeof result.total)['summary']) => number) =>
        result.byGroup.reduce((acc, row) => acc + pick(row.summary), 0);
      expect(sum((s) => s.posts)).toBe(result.total.summary.posts);
      expect(sum((s) => s.totals.engagements)).toBe(result.total.summary.totals.engagements);
      expect(sum((s) => s.repostsOfOthersExcluded)).toBe(result.total.summary.repostsOfOthersExcluded);
    }),
    { numRuns: 100 },
  );
});
