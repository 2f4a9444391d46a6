import { buildMonthlyReportFixture } from './monthly-report.fixture.js';
import { responsivenessSections } from './responsiveness-sections.js';

describe('responsivenessSections', () => {
  it('groups operator rows by sourcing group in first-seen order', () => {
    const rows = buildMonthlyReportFixture().byOperator;
    const unknown = { ...rows[0], key: 'unknown', label: 'unknown', sourcingGroup: null };
    const sections = responsivenessSections([
      rows[2],
      rows[0],
      rows[3],
      { ...rows[1], sourcingGroup: null },
      unknown,
    ]);
    expect(sections.map((s) => [s.group, s.rows.map((r) => r.key)])).toEqual([
      ['agency:CallCo', ['op-priya', 'op-tom']],
      ['in_house', ['op-anna']],
      [null, ['op-jonas']],
      ['unknown', ['unknown']],
    ]);
  });
});
