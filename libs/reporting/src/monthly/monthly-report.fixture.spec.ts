import { buildMonthlyReportFixture, FIXTURE_AGENCY_MEDIAN_FRT_SECONDS } from './monthly-report.fixture.js';

describe('monthly report fixture', () => {
  const model = buildMonthlyReportFixture();
  const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

  it('is deterministic', () => {
    expect(buildMonthlyReportFixture()).toEqual(model);
  });

  it('adds up: groups from operators, summary from groups, 30 days of volume', () => {
    for (const group of model.byGroup) {
      const operators = model.byOperator.filter((row) => row.sourcingGroup === group.key);
      expect(sum(operators.map((row) => row.answered))).toBe(group.answered);
    }
    expect(sum(model.byGroup.map((row) => row.inbound))).toBe(model.summary.inbound);
    expect(model.dailyVolume).toHaveLength(30);
    expect(sum(model.dailyVolume.map((day) => day.inbound))).toBe(model.summary.inbound);
    expect(sum(model.dailyVolume.map((day) => day.outbound))).toBe(model.summary.outbound);
  });

  it('has the two groups, the known agency median and a response rate no higher than 1', () => {
    expect(model.byGroup.map((row) => row.key)).toEqual(['in_house', 'agency:CallCo']);
    expect(model.byGroup[1].frt.median).toBe(FIXTURE_AGENCY_MEDIAN_FRT_SECONDS);
    for (const row of [...model.byGroup, ...model.byOperator, ...model.byAccount]) {
      expect(row.responseRate.rate ?? 0).toBeLessThanOrEqual(1);
    }
    expect(model.isDemo).toBe(true);
  });
});
