import { diff, evidence, insufficient, scorecard } from './recommendation.fixtures.js';
import { recommend } from './recommendation.util.js';

// Staff answer faster and engage better; incidents show no difference; the agency would save 2,000 of
// 10,000 EUR.
//   score = 0.35·(−1) + 0.20·(−1) + 0.20·0 + 0.25·(+0.2) = −0.5 → keep in-house
//   outsource would need 0.25·s ≥ 0.15 + 0.55 = 0.70, s ≥ 2.8: more than a free agency (s = 1) → no price
//   keep in-house while 0.25·s ≤ −0.15 + 0.55 = 0.40, s ≤ 1.6: always, even at no cost (−10,000)
describe('staff better on every count', () => {
  const recommendation = recommend(
    scorecard({
      responsiveness: [evidence('frt_calendar_median', diff(900, 600, 1200), false)],
      engagement: [evidence('engagement_rate_by_impressions', diff(-0.01, -0.015, -0.005), true)],
      risk: [evidence('incident_rate', diff(0, -0.8, 0.8), false)],
      cost: { baseline: 10_000, challenger: 8000, currency: 'EUR' },
    }),
  );

  test('keep in-house at −0.5', () => {
    expect(recommendation.decision).toBe('keep_in_house');
    expect(recommendation.score).toBeCloseTo(-0.5, 12);
  });

  test('no price makes outsourcing right; even a free agency stays below the line', () => {
    expect(recommendation.breakEven).toEqual({
      currency: 'EUR',
      currentDifference: -2000,
      outsourceUpTo: null,
      keepInHouseFrom: -10_000,
    });
  });
});

describe('12 messages only: nothing but a price', () => {
  const recommendation = recommend(
    scorecard({
      responsiveness: [
        evidence('frt_calendar_median', insufficient(12), false),
        evidence('response_rate', insufficient(12), true),
      ],
      engagement: [evidence('engagement_rate_by_impressions', insufficient(3), true)],
      risk: [],
      cost: { baseline: 10_000, challenger: 6000, currency: 'EUR' },
    }),
  );

  test('inconclusive: a quarter of the weight (cost) rests on evidence, half is needed', () => {
    expect(recommendation.decision).toBe('inconclusive');
    expect(recommendation.evidenceShare).toBeCloseTo(0.25, 12);
    expect(recommendation.reasons.at(-1)).toEqual({
      code: 'thin_evidence',
      text: 'Only 25 % of the weight rests on evidence (50 % needed).',
    });
  });

  test('no price would change that', () => {
    expect(recommendation.breakEven).toMatchObject({ outsourceUpTo: null, keepInHouseFrom: null });
  });

  test('without any cost model there is no break-even at all', () => {
    expect(recommend(scorecard({})).breakEven).toBeNull();
    expect(recommend(scorecard({})).score).toBeNull();
  });
});
