// Engagement evidence, worked by hand: the rate by impressions is a ratio of sums, and the bootstrap resamples
// posts. With every post of a side at the same rate, every resample has that rate: the interval is a point.
import fc from 'fast-check';
import type { PostEngagement } from '#domain';
import { engagementEvidence, ratioOfSumsDifference, type RatePair } from './engagement-evidence.util.js';

const SETTINGS = { level: 0.95, minObservations: 20, resamples: 2000, seed: 20_251_127 };

let posted = 0;

function post(
  group: string,
  engagements: number,
  impressions: number | null,
  followers: number | null,
): PostEngagement {
  return {
    post: {
      accountId: 'a',
      group,
      externalId: `${group}-${(posted += 1)}`,
      kind: 'post',
      createdAt: new Date('2026-10-01T10:00:00Z'),
      isRepostOfOther: false,
      operatorId: null,
    },
    snapshotAge: 'fixed-age',
    measuredAtSeconds: 172_800,
    counts: {
      reactions: engagements,
      replies: 0,
      reposts: 0,
      quotes: 0,
      engagements,
      saves: null,
      clicks: null,
    },
    impressions,
    reach: null,
    followersAtPosting: followers,
  };
}

describe('engagement rate by impressions, agency against staff', () => {
  test('staff 10 per 1,000 impressions, agency 30 per 1,000: +0.02 exactly, interval [0.02, 0.02]', () => {
    const posts = [
      ...Array.from({ length: 20 }, () => post('in_house', 10, 1000, 5000)),
      ...Array.from({ length: 25 }, () => post('agency:Acme', 30, 1000, 5000)),
    ];
    const [evidence] = engagementEvidence(posts, 'in_house', 'agency:Acme', SETTINGS);
    expect(evidence.metric).toBe('engagement_rate_by_impressions');
    expect(evidence.higherIsBetter).toBe(true);
    expect(evidence.difference).toMatchObject({ status: 'estimate', observations: 20 });
    if (evidence.difference.status !== 'estimate') return;
    expect(evidence.difference.value).toBeCloseTo(0.02, 12);
    expect(evidence.difference.interval.lower).toBeCloseTo(0.02, 12);
    expect(evidence.difference.interval.upper).toBeCloseTo(0.02, 12);
  });

  test('a ratio of sums, not a mean of rates: (5 + 45) / (1,000 + 1,000) = 0.025', () => {
    const pairs: RatePair[] = [];
    for (let i = 0; i < 10; i += 1)
      pairs.push({ engagements: 5, denominator: 1000 }, { engagements: 45, denominator: 1000 });
    const same = Array.from({ length: 20 }, () => ({ engagements: 25, denominator: 1000 }));
    const difference = ratioOfSumsDifference(same, pairs, SETTINGS);
    expect(difference.status === 'estimate' && difference.value).toBeCloseTo(0, 12);
  });

  test('X public metrics have no impressions: the rate by followers is compared instead', () => {
    const posts = [
      ...Array.from({ length: 20 }, () => post('in_house', 10, null, 1000)),
      ...Array.from({ length: 20 }, () => post('agency:Acme', 5, null, 1000)),
    ];
    const [evidence] = engagementEvidence(posts, 'in_house', 'agency:Acme', SETTINGS);
    expect(evidence.metric).toBe('engagement_rate_by_followers');
    expect(evidence.difference.status === 'estimate' && evidence.difference.value).toBeCloseTo(-0.005, 12);
  });

  test('19 posts on one side: insufficient data, naming the rate that came closest', () => {
    const posts = [
      ...Array.from({ length: 19 }, () => post('in_house', 10, 1000, null)),
      ...Array.from({ length: 40 }, () => post('agency:Acme', 5, 1000, null)),
    ];
    const [evidence] = engagementEvidence(posts, 'in_house', 'agency:Acme', SETTINGS);
    expect(evidence.metric).toBe('engagement_rate_by_impressions');
    expect(evidence.difference).toEqual({ status: 'insufficient', observations: 19, required: 20 });
  });

  test('the order the posts come in changes nothing', () => {
    const pair = fc.record({
      engagements: fc.integer({ min: 0, max: 500 }),
      denominator: fc.integer({ min: 1, max: 20_000 }),
    });
    fc.assert(
      fc.property(
        fc.array(pair, { minLength: 20, maxLength: 60 }),
        fc.array(pair, { minLength: 20, maxLength: 60 }),
        (a, b) => {
          const settings = { ...SETTINGS, resamples: 400 };
          const once = ratioOfSumsDifference(a, b, settings);
          const shuffled = ratioOfSumsDifference([...a].reverse(), [...b].reverse(), settings);
          expect(shuffled).toEqual(once);
          if (once.status === 'estimate') {
            expect(once.interval.lower).toBeLessThanOrEqual(once.interval.upper);
          }
        },
      ),
      { numRuns: 25 },
    );
  });
});
