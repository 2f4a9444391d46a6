// Engagement snapshots for the demo's brand posts, so that the demo report's engagement section has something
// to compare: each announcement is measured the way a collector would see it (after an hour, a day, two days
// and a week), with counts that grow along a saturating curve. Which group published a post changes its
// typical rate a little (the agency writes the punchier posts), so the comparison has a difference to show
// and an interval around it. Pure and seeded: the same dataset and seed give the same snapshots.
import { createSeededRandom, deriveSeed } from '../statistics/seeded-random.util.js';
import { DAY_MS, HOUR_MS } from '../time/time-units.js';
import type { DemoDataset, DemoTweet } from './demo.types.js';

export interface DemoSnapshot {
  accountHandle: string;
  tweetId: string;
  capturedAt: Date;
  impressions: number;
  reach: number;
  reactions: number;
  replies: number;
  reposts: number;
  quotes: number;
}

/** When a collector measures a young post, and the share of its final counts reached by then. */
export const DEMO_SNAPSHOT_CURVE: readonly { afterMs: number; share: number }[] = [
  { afterMs: HOUR_MS, share: 0.35 },
  { afterMs: DAY_MS, share: 0.85 },
  { afterMs: 2 * DAY_MS, share: 0.95 },
  { afterMs: 7 * DAY_MS, share: 1 },
];

/** Audience per account: impressions of a post are a share of it. */
const AUDIENCE: Record<string, number> = {
  NordbahnHilfe: 48_000,
  KaffeeKontor: 12_500,
  FernwoodWater: 23_000,
};
const DEFAULT_AUDIENCE = 20_000;
/** Typical engagements per impression of a post in its first week, by publishing group. */
const RATE_BY_GROUP: Record<string, number> = { in_house: 0.024 };
const AGENCY_RATE = 0.03;
const UNKNOWN_RATE = 0.026;

/**
 * One snapshot per post and curve point, up to `until` (nothing is measured in the future). A post's reply
 * count is never below the comments the dataset holds for it by then, as a platform's count would not be.
 */
export function generateDemoSnapshots(
  dataset: DemoDataset,
  options: { seed: number; until: Date },
): DemoSnapshot[] {
  const rng = createSeededRandom(deriveSeed(options.seed, 9_001));
  const untilMs = options.until.getTime();
  const groupOf = signatureGroups(dataset);
  const commentTimes = new Map<string, number[]>();
  for (const tweet of dataset.tweets) {
    if (!tweet.inbound || tweet.inResponseToTweetId === null) continue;
    const list = commentTimes.get(tweet.inResponseToTweetId) ?? [];
    list.push(tweet.createdAt.getTime());
    commentTimes.set(tweet.inResponseToTweetId, list);
  }

  const snapshots: DemoSnapshot[] = [];
  for (const post of dataset.tweets.filter(isBrandPost)) {
    const group = groupOf(post.text);
    const rate = group === null ? UNKNOWN_RATE : group === 'in_house' ? RATE_BY_GROUP.in_house : AGENCY_RATE;
    // Drawn for every post, whether or not its snapshots fall before `until`: a later `until` adds
    // snapshots but never changes one already drawn.
    const impressions = Math.round((AUDIENCE[post.authorId] ?? DEFAULT_AUDIENCE) * rng.lognormal(0.12, 0.45));
    const engagements = impressions * rng.lognormal(rate, 0.35);
    const split = { reactions: 0.7 + rng.uniform(-0.05, 0.05), replies: 0.14, reposts: 0.12 };
    for (const point of DEMO_SNAPSHOT_CURVE) {
      const atMs = post.createdAt.getTime() + point.afterMs;
      if (atMs > untilMs) break;
      const seen = (commentTimes.get(post.tweetId) ?? []).filter((t) => t <= atMs).length;
      const grown = engagements * point.share;
      const reactions = Math.round(grown * split.reactions);
      const replies = Math.max(seen, Math.round(grown * split.replies));
      const reposts = Math.round(grown * split.reposts);
      const quotes = Math.max(0, Math.round(grown) - reactions - Math.round(grown * split.replies) - reposts);
      const shown = Math.round(impressions * point.share);
      snapshots.push({
        accountHandle: post.authorId,
        tweetId: post.tweetId,
        capturedAt: new Date(atMs),
        impressions: shown,
        reach: Math.round(shown * 0.72),
        reactions,
        replies,
        reposts,
        quotes,
      });
    }
  }
  return snapshots;
}

/** A brand's own post: outbound and replying to nobody (the brand's handle is its author id). */
function isBrandPost(tweet: DemoTweet): boolean {
  return !tweet.inbound && tweet.inResponseToTweetId === null;
}

/** The sourcing group of the operator whose signature ends a text (stand-ins sign as themselves: null). */
function signatureGroups(dataset: DemoDataset): (text: string) => string | null {
  const bySignature = dataset.operators.map((o) => [o.signature, o.sourcingGroup] as const);
  return (text) => bySignature.find(([signature]) => text.trimEnd().endsWith(signature))?.[1] ?? null;
}
