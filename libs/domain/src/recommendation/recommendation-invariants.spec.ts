import fc from 'fast-check';
import { diff, evidence, insufficient, scorecard } from './recommendation.fixtures.js';
import { recommend } from './recommendation.util.js';

const metricEvidence = (higherIsBetter: boolean) =>
  fc
    .oneof(
      fc.constant(insufficient(5)),
      fc
        .tuple(fc.double({ min: -5, max: 5, noNaN: true }), fc.double({ min: 0, max: 3, noNaN: true }))
        .map(([centre, half]) => diff(centre, centre - half, centre + half)),
    )
    .map((difference) => evidence('m', difference, higherIsBetter));

describe('recommendation invariants (property-based)', () => {
  test('the decision agrees with the break-even it reports', () => {
    fc.assert(
      fc.property(
        fc.array(metricEvidence(false), { maxLength: 3 }),
        fc.array(metricEvidence(true), { maxLength: 2 }),
        fc.array(metricEvidence(false), { maxLength: 2 }),
        fc.integer({ min: 1000, max: 50_000 }),
        fc.integer({ min: 0, max: 100_000 }),
        (responsiveness, engagement, risk, baseline, challenger) => {
          const r = recommend(
            scorecard({ responsiveness, engagement, risk, cost: { baseline, challenger, currency: 'EUR' } }),
          );
          const { currentDifference, outsourceUpTo, keepInHouseFrom } = r.breakEven!;
          const outsource = outsourceUpTo !== null && currentDifference <= outsourceUpTo;
          const keep = keepInHouseFrom !== null && currentDifference >= keepInHouseFrom;
          // Exactly on a boundary floating point may land either side; such draws prove nothing.
          const nearBoundary = [outsourceUpTo, keepInHouseFrom].some(
            (edge) => edge !== null && Math.abs(edge - currentDifference) < 1e-6,
          );
          if (nearBoundary) return;
          expect(r.decision).toBe(outsource ? 'outsource' : keep ? 'keep_in_house' : 'inconclusive');
        },
      ),
      { numRuns: 300 },
    );
  });

  test('swapping better and worse mirrors every metric verdict', () => {
    fc.assert(
      fc.property(fc.array(metricEvidence(true), { minLength: 1, maxLength: 4 }), (list) => {
        const forward = recommend(scorecard({ responsiveness: list }));
        const mirrored = recommend(
          scorecard({ responsiveness: list.map((e) => ({ ...e, higherIsBetter: false })) }),
        );
        const f = forward.dimensions[0].score;
        const m = mirrored.dimensions[0].score;
        expect(f === null ? m : -f + 0).toBe(m === null ? null : m + 0);
      }),
      { numRuns: 100 },
    );
  });
});
