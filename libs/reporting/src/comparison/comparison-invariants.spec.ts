// Properties of the whole report rather than of one number: the order rows come from the database in never
// shows, and the report survives a JSON round trip (the API and `--format json` send it as it is).
import fc from 'fast-check';
import { buildComparisonReport } from './comparison-report.builder.js';
import { monthFacts } from './comparison.fixtures.js';

const REQUEST = { resamples: 200 };

describe('the comparison report', () => {
  const facts = monthFacts();
  const reference = JSON.stringify(buildComparisonReport(facts, REQUEST));

  test('permuting the input rows changes nothing', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2 ** 31 - 1 }), (seed) => {
        const shuffle = <T>(rows: readonly T[]) => {
          let state = seed;
          const random = () => (state = (state * 48_271) % 2_147_483_647) / 2_147_483_647;
          return rows
            .map((row) => ({ row, key: random() }))
            .sort((a, b) => a.key - b.key)
            .map(({ row }) => row);
        };
        const permuted = {
          ...facts,
          responsiveness: {
            ...facts.responsiveness,
            inbound: shuffle(facts.responsiveness.inbound),
            outbound: shuffle(facts.responsiveness.outbound),
            assignments: shuffle(facts.responsiveness.assignments),
            operators: shuffle(facts.responsiveness.operators),
          },
          outbound: shuffle(facts.outbound),
          costModels: shuffle(facts.costModels),
        };
        expect(JSON.stringify(buildComparisonReport(permuted, REQUEST))).toBe(reference);
      }),
      { numRuns: 3 },
    );
  });

  test('the same facts give the same report, and it survives a JSON round trip', () => {
    const report = buildComparisonReport(facts, REQUEST);
    expect(JSON.stringify(report)).toBe(reference);
    const parsed = JSON.parse(reference) as typeof report;
    expect(parsed.comparisons[0].overall.recommendation).toEqual(
      JSON.parse(JSON.stringify(report.comparisons[0].overall.recommendation)),
    );
    expect(new Date(parsed.period.from as unknown as string)).toEqual(report.period.from);
  });
});
