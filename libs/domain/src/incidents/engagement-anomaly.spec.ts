import { engagementAnomalyRule } from './engagement-anomaly.rule.js';
import { DEFAULT_INCIDENT_RULE_SETTINGS } from './incident-rule-settings.util.js';
import type { DetectionOutbound } from './incident.types.js';
import { facts, inbound, outbound, viennaWed } from './incidents.fixtures.js';
import { compileTextMatcher, parseWordList } from './word-matcher.util.js';

const settings = DEFAULT_INCIDENT_RULE_SETTINGS.engagementAnomaly;
const negative = compileTextMatcher(
  parseWordList('disgusting\nunprofessional\nboycott*\nshame', 'negative', 'en'),
);
const DAY = 86_400_000;

/** One post a day for the week before, each reposted `reposts` times. */
const usualPosts = (reposts: number): DetectionOutbound[] =>
  Array.from({ length: 7 }, (_, i) =>
    outbound({
      externalId: `usual${i}`,
      createdAt: new Date(viennaWed('10:00').getTime() - (i + 1) * DAY),
      engagement: { capturedAt: viennaWed('09:00'), reposts, quotes: 0, replies: 1, reactions: 5 },
    }),
  );

describe('engagement anomalies', () => {
  test('a post reposted 80 times on an account whose posts get 2 is an amplification anomaly', () => {
    const post = outbound({
      externalId: 'viral',
      createdAt: viennaWed('22:40'),
      engagement: { capturedAt: viennaWed('22:58'), reposts: 72, quotes: 8, replies: 3, reactions: 40 },
    });
    const [hit, ...rest] = engagementAnomalyRule(
      facts({ outbound: [...usualPosts(2), post] }),
      negative,
      settings,
    );
    expect(rest).toEqual([]);
    expect(hit).toMatchObject({
      rule: 'engagement-anomaly',
      kind: 'engagement_anomaly',
      severity: 'medium',
      subject: { type: 'outbound_item', externalId: 'viral' },
      details: { signal: 'amplification', reposts: 72, quotes: 8, baselineMedian: 2 },
    });
  });

  test('80 reposts on an account whose posts usually get 30 is not an anomaly; 30 is below the minimum', () => {
    const post = outbound({
      externalId: 'big',
      createdAt: viennaWed('12:00'),
      engagement: { capturedAt: viennaWed('13:00'), reposts: 80, quotes: 0, replies: 0, reactions: 0 },
    });
    expect(engagementAnomalyRule(facts({ outbound: [...usualPosts(30), post] }), negative, settings)).toEqual(
      [],
    );
    const small = { ...post, engagement: { ...post.engagement!, reposts: 30 } };
    expect(engagementAnomalyRule(facts({ outbound: [...usualPosts(0), small] }), negative, settings)).toEqual(
      [],
    );
  });

  test('a surge of angry replies to one post is about that post, with the keywords counted', () => {
    const post = outbound({ externalId: 'ad', createdAt: viennaWed('15:50'), text: 'Our new ad!' });
    const angry = Array.from({ length: 30 }, (_, i) =>
      inbound({
        externalId: `angry${i}`,
        createdAt: new Date(viennaWed('16:00').getTime() + i * 60_000),
        inReplyToExternalId: 'ad',
        text:
          i % 3 === 0
            ? '@BrandAutos disgusting and unprofessional, boycott!'
            : i % 3 === 1
              ? '@BrandAutos shame on you'
              : '@BrandAutos ??',
      }),
    );
    const [hit] = engagementAnomalyRule(facts({ outbound: [post], inbound: angry }), negative, settings);
    expect(hit).toMatchObject({
      subject: { type: 'outbound_item', externalId: 'ad' },
      occurredAt: viennaWed('15:50'),
      operatorId: 'op-anna',
      details: {
        signal: 'negative_reply_surge',
        items: 30,
        negativeItems: 20,
        baselineMedianPerWindow: 0,
        keywords: [
          { term: 'boycott', count: 10 },
          { term: 'disgusting', count: 10 },
          { term: 'shame', count: 10 },
          { term: 'unprofessional', count: 10 },
        ],
      },
    });
  });

  test('a surge of happy replies, or a few angry ones, is not an anomaly', () => {
    const happy = Array.from({ length: 30 }, (_, i) =>
      inbound({
        externalId: `h${i}`,
        createdAt: new Date(viennaWed('16:00').getTime() + i * 60_000),
        text: 'love it!',
      }),
    );
    expect(engagementAnomalyRule(facts({ inbound: happy }), negative, settings)).toEqual([]);
    const few = happy.slice(0, 10).map((i) => ({ ...i, text: 'disgusting' }));
    expect(engagementAnomalyRule(facts({ inbound: few }), negative, settings)).toEqual([]);
  });

  test('angry replies spread over many posts are about the account and its window', () => {
    const angry = Array.from({ length: 25 }, (_, i) =>
      inbound({
        externalId: `m${i}`,
        createdAt: new Date(viennaWed('16:00').getTime() + i * 60_000),
        text: '@BrandAutos disgusting',
      }),
    );
    const [hit] = engagementAnomalyRule(facts({ inbound: angry }), negative, settings);
    expect(hit.subject).toEqual({
      type: 'account_window',
      accountId: 'acc-brand',
      from: viennaWed('16:00'),
      to: viennaWed('17:00'),
    });
  });
});
