import { around, answered } from '../comparison/comparison.fixtures.js';
import { compareGroups } from '../comparison/group-comparison.util.js';
import { recommend } from './recommendation.util.js';
import { responsivenessEvidence } from './responsiveness-evidence.util.js';
import { scorecard } from './recommendation.fixtures.js';

// The comparison of "agency covers evenings and weekends" (see comparison/): raw, the agency looks slower;
// like for like it is 640 s faster and meets the one-hour SLA more often in the evenings.
describe('responsiveness evidence from a like-for-like comparison', () => {
  const [comparison] = compareGroups([
    ...answered('in_house', 'weekday_business_hours', around(600, 60, 2)),
    ...answered('in_house', 'weekday_off_hours', around(3600, 20, 10)),
    ...answered('in_house', 'weekend', around(7200, 20, 10)),
    ...answered('agency:Nightowls', 'weekday_business_hours', around(480, 20, 2)),
    ...answered('agency:Nightowls', 'weekday_off_hours', around(3000, 60, 10)),
    ...answered('agency:Nightowls', 'weekend', around(6000, 60, 10)),
  ]);
  const evidence = responsivenessEvidence(comparison);

  test('the stratified differences, not the raw ones, with FRT lower-is-better', () => {
    expect(
      evidence.map((e) => [
        e.metric,
        e.higherIsBetter,
        e.difference.status === 'estimate' && e.difference.value,
      ]),
    ).toEqual([
      ['frt_calendar_median', false, -640],
      ['response_rate', true, 0],
      ['sla_attainment', true, 0.5 / 3],
    ]);
  });

  test('scored: faster (+1), no rate difference (0), SLA better (+1); responsiveness 2/3', () => {
    const recommendation = recommend(scorecard({ challenger: 'agency:Nightowls', responsiveness: evidence }));
    expect(recommendation.dimensions[0].verdicts.map((v) => v.verdict)).toEqual([
      'challenger_better',
      'no_clear_difference',
      'challenger_better',
    ]);
    expect(recommendation.dimensions[0].score).toBeCloseTo(2 / 3, 12);
    // Responsiveness alone is 35 % of the weight: too little evidence to decide.
    expect(recommendation.decision).toBe('inconclusive');
  });
});
