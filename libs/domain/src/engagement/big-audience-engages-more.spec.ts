import { computeEngagement } from './engagement.util.js';
import { post, snapshot } from './engagement.fixtures.js';

// Staff run @bigbrand (40,000 followers); the agency runs @smallbrand (2,000 followers, growing to 2,100
// during the month). Raw engagements flatter the bigger audience; the rate by followers compares the work.
const period = { from: new Date('2026-10-01T00:00:00Z'), to: new Date('2026-11-01T00:00:00Z') };
const staff = { accountId: 'bigbrand', group: 'in_house' };
const agency = { accountId: 'smallbrand', group: 'agency:nimble' };

const s1 = post('s1', '2026-10-02T09:00:00Z', staff);
const s2 = post('s2', '2026-10-09T09:00:00Z', staff);
const a1 = post('a1', '2026-10-03T09:00:00Z', agency);
const a2 = post('a2', '2026-10-10T09:00:00Z', agency);
const a3 = post('a3', '2026-10-17T09:00:00Z', agency);

const result = computeEngagement({
  ...period,
  posts: [s1, s2, a1, a2, a3],
  snapshots: [
    snapshot(s1, 48, { reactions: 400, followers: 40_000 }),
    snapshot(s2, 48, { reactions: 200, followers: 40_000 }),
    // a1's audience is read from its earliest snapshot (1 h after posting), not from the 48-hour one.
    snapshot(a1, 1, { reactions: 5, followers: 2_000 }),
    snapshot(a1, 48, { reactions: 30, followers: 2_100 }),
    snapshot(a2, 48, { reactions: 20, followers: 2_000 }),
    snapshot(a3, 48, { reactions: 10 }),
  ],
});
const row = (rows: typeof result.byGroup, key: string) => rows.find((r) => r.key === key)?.summary;

test('raw: staff 300 engagements per post against the agency 20', () => {
  expect(row(result.byGroup, 'in_house')?.perPost.engagements).toBe(300);
  expect(row(result.byGroup, 'agency:nimble')?.perPost.engagements).toBe(20);
});

test('by followers: staff 600 / (40,000 × 2) = 0.75 %', () => {
  const rate = row(result.byGroup, 'in_house')?.byFollowers;
  expect(rate).toMatchObject({ posts: 2, engagements: 600, denominator: 80_000 });
  expect(rate?.ratioOfSums).toBeCloseTo(0.0075, 12);
  expect(rate?.perPostMedian).toBeCloseTo((0.01 + 0.005) / 2, 12);
});

test('by followers: agency 50 / (2,000 × 2) = 1.25 %; the post with no follower count is left out', () => {
  const rate = row(result.byGroup, 'agency:nimble')?.byFollowers;
  expect(rate).toMatchObject({ posts: 2, engagements: 50, denominator: 4_000 });
  expect(rate?.ratioOfSums).toBeCloseTo(0.0125, 12);
});

test('a follower count given by the caller wins over the snapshots', () => {
  const given = computeEngagement({
    ...period,
    posts: [{ ...a3, followersAtPosting: 1_000 }],
    snapshots: [snapshot(a3, 48, { reactions: 10, followers: 5_000 })],
  });
  expect(given.total.summary.byFollowers.ratioOfSums).toBeCloseTo(0.01, 12);
});

test('per account rows match the groups here, and the total pools both: 650 / 84,000', () => {
  expect(result.byAccount.map((r) => r.key)).toEqual(['bigbrand', 'smallbrand']);
  expect(row(result.byAccount, 'smallbrand')?.totals.engagements).toBe(60);
  expect(result.total.summary.byFollowers.ratioOfSums).toBeCloseTo(650 / 84_000, 12);
  expect(result.total.summary.byImpressions).toEqual({
    posts: 0,
    engagements: 0,
    denominator: 0,
    ratioOfSums: null,
    perPostMedian: null,
  });
});
