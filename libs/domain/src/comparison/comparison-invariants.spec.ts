import fc from 'fast-check';
import { TIME_STRATA } from '../business-hours/time-stratum.util.js';
import type { Estimated } from '../statistics/estimate.types.js';
import type { ComparisonItem } from './comparison.types.js';
import { compareGroups } from './group-comparison.util.js';

const GROUPS = ['in_house', 'agency:A'];

const itemArb = (accounts: readonly string[], strata: readonly (typeof TIME_STRATA)[number][]) =>
  fc.record({
    accountId: fc.constantFrom(...accounts),
    group: fc.constantFrom(...GROUPS),
    stratum: fc.constantFrom(...strata),
    receivedAt: fc.constant(new Date('2026-05-04T10:00:00Z')),
    frtCalendarSeconds: fc.option(fc.integer({ min: 0, max: 300_000 }), { freq: 5 }),
    frtBusinessSeconds: fc.option(fc.integer({ min: 0, max: 30_000 }), { freq: 5 }),
    respondedWithin72h: fc.option(fc.boolean(), { freq: 5 }),
    slaMet: fc.option(fc.boolean(), { freq: 5 }),
  }) satisfies fc.Arbitrary<ComparisonItem>;

describe('comparison invariants (property-based)', () => {
  test('with one stratum, stratified equals raw', () => {
    fc.assert(
      fc.property(fc.array(itemArb(['shop'], ['weekend']), { minLength: 30, maxLength: 140 }), (items) => {
        const [comparison] = compareGroups(items, { challengers: ['agency:A'], resamples: 200 });
        for (const { unit, raw, stratified } of comparison.metrics) {
          if (raw.difference.status === 'insufficient') {
            expect(stratified.difference).toEqual(raw.difference);
            continue;
          }
          // Medians: the same bootstrap streams, so the very same intervals; proportions: the same values
          // (their raw intervals are Wilson/Newcombe, the stratified ones bootstrap).
          const strip = (e: Estimated) =>
            e.status === 'estimate'
              ? unit === 'seconds'
                ? { value: e.value, lower: e.interval.lower, upper: e.interval.upper }
                : { value: e.value }
              : e;
          expect(strip(stratified.difference)).toEqual(strip(raw.difference));
          expect(strip(stratified.baseline)).toEqual(strip(raw.baseline));
          expect(strip(stratified.challenger)).toEqual(strip(raw.challenger));
        }
      }),
      { numRuns: 30 },
    );
  });

  test('permuting the input rows changes nothing', () => {
    const items = fc.array(itemArb(['shop', 'outlet'], TIME_STRATA), { minLength: 60, maxLength: 240 });
    fc.assert(
      fc.property(
        items.chain((list) =>
          fc.tuple(fc.constant(list), fc.shuffledSubarray(list, { minLength: list.length })),
        ),
        ([list, shuffled]) => {
          expect(compareGroups(shuffled, { resamples: 300 })).toEqual(
            compareGroups(list, { resamples: 300 }),
          );
        },
      ),
      { numRuns: 12 },
    );
  });

  test('a stratified interval contains its point estimate', () => {
    const items = fc.array(itemArb(['shop', 'outlet'], TIME_STRATA), { minLength: 100, maxLength: 200 });
    fc.assert(
      fc.property(items, fc.integer(), (list, seed) => {
        const [comparison] = compareGroups(list, {
          challengers: ['agency:A'],
          seed,
          minObservations: 5,
          resamples: 300,
        });
        for (const metric of comparison.metrics) {
          for (const estimate of [
            metric.stratified.difference,
            metric.stratified.baseline,
            metric.stratified.challenger,
          ]) {
            if (estimate.status !== 'estimate') continue;
            expect(estimate.interval.lower).toBeLessThanOrEqual(estimate.value + 1e-9);
            expect(estimate.interval.upper).toBeGreaterThanOrEqual(estimate.value - 1e-9);
          }
        }
      }),
      { numRuns: 12 },
    );
  });
});
