import { diff, evidence, scorecard } from './recommendation.fixtures.js';
import { recommend } from './recommendation.util.js';

// Acme answers faster and meets the SLA more often; engagement and incidents show no clear difference; it
// costs 12,000 EUR a month where staff cost 10,000.
//
//   responsiveness  FRT −640 s [−700, −580] → +1; response rate +0.02 [−0.01, 0.05] → 0;
//                   SLA +0.17 [0.10, 0.24] → +1; mean 2/3
//   engagement      −0.001 [−0.003, 0.001] → 0
//   risk            incidents per 1,000 +0.5 [−0.2, 1.4] → 0
//   cost            (10,000 − 12,000) / 10,000 = −0.2
//   score           0.35·2/3 + 0.20·0 + 0.20·0 + 0.25·(−0.2) = 0.2333 − 0.05 = +0.1833 ≥ 0.15 → outsource
//
// Break-even, with A = 0.35·2/3 = 0.2333 from the other dimensions and the cost weight 0.25:
//   outsource while 0.2333 + 0.25·s ≥ 0.15, s ≥ −1/3: Acme may cost up to 10,000/3 = 3,333.33 more;
//   keep in-house once 0.2333 + 0.25·s ≤ −0.15, s ≤ −1.5333: from 15,333.33 more.
const input = scorecard({
  responsiveness: [
    evidence('frt_calendar_median', diff(-640, -700, -580), false),
    evidence('response_rate', diff(0.02, -0.01, 0.05), true),
    evidence('sla_attainment', diff(0.17, 0.1, 0.24), true),
  ],
  engagement: [evidence('engagement_rate_by_impressions', diff(-0.001, -0.003, 0.001), true)],
  risk: [evidence('incident_rate', diff(0.5, -0.2, 1.4), false)],
  cost: { baseline: 10_000, challenger: 12_000, currency: 'EUR' },
});

describe('agency faster but dearer', () => {
  const recommendation = recommend(input);

  test('outsource, with a score of +0.1833', () => {
    expect(recommendation.decision).toBe('outsource');
    expect(recommendation.score).toBeCloseTo(0.18333, 5);
    expect(recommendation.evidenceShare).toBeCloseTo(1, 12);
    expect(recommendation.dimensions.map((d) => [d.dimension, d.score])).toEqual([
      ['responsiveness', 2 / 3],
      ['engagement', 0],
      ['risk', 0],
      ['cost', -0.2],
    ]);
  });

  test('break-even: outsource up to 3,333.33 EUR more, keep in-house from 15,333.33 EUR more', () => {
    expect(recommendation.breakEven).toMatchObject({ currency: 'EUR', currentDifference: 2000 });
    expect(recommendation.breakEven!.outsourceUpTo).toBeCloseTo(3333.333, 3);
    expect(recommendation.breakEven!.keepInHouseFrom).toBeCloseTo(15333.333, 3);
  });

  test('the break-even is where the answer really changes', () => {
    const at = (challenger: number) =>
      recommend({ ...input, cost: { baseline: 10_000, challenger, currency: 'EUR' } }).decision;
    expect(at(13_333)).toBe('outsource');
    expect(at(13_334)).toBe('inconclusive');
    expect(at(25_333)).toBe('inconclusive');
    expect(at(25_334)).toBe('keep_in_house');
  });

  test('the reasons name each metric’s verdict and the cost', () => {
    expect(recommendation.reasons.map((r) => [r.code, r.metric ?? r.dimension ?? null])).toEqual([
      ['challenger_better', 'frt_calendar_median'],
      ['no_clear_difference', 'response_rate'],
      ['challenger_better', 'sla_attainment'],
      ['no_clear_difference', 'engagement_rate_by_impressions'],
      ['no_clear_difference', 'incident_rate'],
      ['cost_difference', 'cost'],
      ['score_for_challenger', null],
    ]);
    expect(recommendation.reasons[5].text).toBe(
      'agency:Acme costs 2000 EUR more than in_house (12000 against 10000).',
    );
  });

  test('a workspace that weighs cost three times responsiveness, and nothing else: inconclusive', () => {
    // Weights 1 : 0 : 0 : 3 normalise to 0.25 and 0.75: 0.25·2/3 + 0.75·(−0.2) = +0.0167.
    const costMinded = recommend({
      ...input,
      weights: { responsiveness: 1, engagement: 0, risk: 0, cost: 3 },
    });
    expect(costMinded.score).toBeCloseTo(0.01667, 5);
    expect(costMinded.decision).toBe('inconclusive');
  });

  test('a one-minute materiality: a 30-second FRT gain counts as no difference', () => {
    const small = recommend(
      scorecard({
        responsiveness: [{ ...evidence('frt_calendar_median', diff(-30, -45, -15), false), materiality: 60 }],
        cost: { baseline: 10_000, challenger: 10_000, currency: 'EUR' },
      }),
    );
    expect(small.dimensions[0].verdicts[0].verdict).toBe('no_clear_difference');
  });
});
