import { computeEngagement } from './engagement.util.js';
import { post, snapshot } from './engagement.fixtures.js';

// Posts are compared at the same age: the first snapshot at or after 48 hours. The collector happened to
// look at 20 h, 47 h, 50 h and 72 h; engagement kept growing all along.
const period = { from: new Date('2026-10-01T00:00:00Z'), to: new Date('2026-11-01T00:00:00Z') };
const launch = post('launch', '2026-10-07T10:00:00Z');
const late = post('late', '2026-10-30T22:00:00Z');
const dark = post('dark', '2026-10-15T10:00:00Z');

const result = computeEngagement({
  ...period,
  posts: [launch, late, dark],
  // Out of order on purpose: the collector's order is not the snapshots' order in time.
  snapshots: [
    snapshot(launch, 72, { reactions: 60 }),
    snapshot(launch, 47, { reactions: 40 }),
    snapshot(launch, 20, { reactions: 25 }),
    snapshot(launch, 50, { reactions: 55 }),
    snapshot(late, 5, { reactions: 2 }),
    snapshot(late, 26, { reactions: 7 }),
  ],
});

const measured = (id: string) => result.measured.find((m) => m.post.externalId === id);

test('snapshots at 47 h and 50 h: the one at 50 h is used (55 reactions), not 47 h and not the latest', () => {
  expect(measured('launch')).toMatchObject({ snapshotAge: 'fixed-age', measuredAtSeconds: 50 * 3600 });
  expect(measured('launch')?.counts.reactions).toBe(55);
});

test('a post from the 30th has no 48-hour snapshot yet: marked, measured at its latest (26 h, 7 reactions)', () => {
  expect(measured('late')).toMatchObject({
    snapshotAge: 'younger-than-fixed-age',
    measuredAtSeconds: 26 * 3600,
  });
  expect(measured('late')?.counts.engagements).toBe(7);
  expect(result.total.summary.postsYoungerThanFixedAge).toBe(1);
});

test('a post never snapshotted counts in no figure, only as "without snapshot"', () => {
  expect(measured('dark')?.snapshotAge).toBe('no-snapshot');
  expect(result.total.summary).toMatchObject({ posts: 2, postsWithoutSnapshot: 1 });
  expect(result.total.summary.totals.engagements).toBe(55 + 7);
  expect(result.total.summary.medianEngagementsPerPost).toBe((55 + 7) / 2);
});

test('a snapshot exactly at 48 h is at the fixed age', () => {
  const exact = post('exact', '2026-10-10T00:00:00Z');
  const at48 = computeEngagement({
    ...period,
    posts: [exact],
    snapshots: [snapshot(exact, 48, { reactions: 9 }), snapshot(exact, 49, { reactions: 11 })],
  });
  expect(at48.measured[0]).toMatchObject({ snapshotAge: 'fixed-age', measuredAtSeconds: 48 * 3600 });
  expect(at48.total.summary.totals.reactions).toBe(9);
});

test('a 24-hour comparison age can be chosen: the launch post is then measured at 47 h', () => {
  const at24 = computeEngagement({
    ...period,
    posts: [launch],
    snapshots: [snapshot(launch, 20, { reactions: 25 }), snapshot(launch, 47, { reactions: 40 })],
    fixedAgeSeconds: 24 * 3600,
  });
  expect(at24.measured[0]).toMatchObject({ snapshotAge: 'fixed-age', measuredAtSeconds: 47 * 3600 });
});
