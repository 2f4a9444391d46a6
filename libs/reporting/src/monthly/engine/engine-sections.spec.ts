// The engine sections built from a generated month (engine-report.fixture): what page one and the sections
// promise a reader, checked against the numbers they come from.
import { buildEngineReportFixture } from './engine-report.fixture.js';
import type { MonthlyEngineSections } from './engine-sections.model.js';

describe('the engine sections of a monthly report', () => {
  let engine: MonthlyEngineSections;
  let inbound: number;

  beforeAll(() => {
    const model = buildEngineReportFixture({ accounts: 3, resamples: 400 });
    engine = model.engine!;
    inbound = model.summary.inbound;
  });

  it('puts the five numbers behind the recommendation on page one, with last month and the change', () => {
    const [page] = engine.pageOne;
    expect(page.baseline).toBe('in_house');
    expect(page.challenger).toBe('agency:CallCo');
    expect(page.keyNumbers.map((k) => k.metric)).toEqual([
      'frt_calendar_median',
      'response_rate',
      'sla_attainment',
      'incident_rate',
      'cost_per_outbound_item',
    ]);
    for (const key of page.keyNumbers) {
      if (key.difference.status === 'estimate' || key.difference.status === 'value') {
        if (key.previousDifference.status === 'estimate' || key.previousDifference.status === 'value')
          expect(key.change).toBeCloseTo(key.difference.value - key.previousDifference.value, 9);
      }
      if (key.difference.status === 'estimate') {
        expect(key.difference.lower).toBeLessThanOrEqual(key.difference.value);
        expect(key.difference.upper).toBeGreaterThanOrEqual(key.difference.value);
      }
    }
    // The agency answers faster in the generated data: its median FRT difference is negative.
    const frt = page.keyNumbers[0];
    expect(frt.difference.status).toBe('estimate');
    expect(frt.difference.status === 'estimate' && frt.difference.upper).toBeLessThan(0);
    expect(frt.verdict).toBe('challenger_better');
  });

  it('states the break-even cost and a decision per account', () => {
    const [page] = engine.pageOne;
    expect(page.breakEven).not.toBeNull();
    expect(page.breakEven!.currency).toBe('EUR');
    expect(page.cost.status).toBe('priced');
    expect(page.breakEven!.currentDifference).toBeCloseTo(page.cost.challenger! - page.cost.baseline!, 6);
    expect(page.accounts.map((a) => a.label).sort()).toEqual(['brand_001', 'brand_002', 'mueller_soehne']);
    for (const account of page.accounts)
      expect(['keep_in_house', 'outsource', 'inconclusive']).toContain(account.decision);
  });

  it('counts every inbound item of the month once in the coverage heat map', () => {
    const { heatmap } = engine.responsiveness;
    const cells = heatmap.rows.flatMap((row) => row.cells);
    expect(cells).toHaveLength(7 * 24);
    expect(cells.reduce((sum, cell) => sum + cell.inbound, 0)).toBe(inbound);
    expect(heatmap.totalInbound).toBe(inbound);
    // The office-hours-only accounts leave the nights to nobody: some items arrive uncovered.
    expect(heatmap.uncoveredInbound).toBeGreaterThan(0);
  });

  it('ranks posts per group: every top post has at least the engagements of every bottom post', () => {
    expect(engine.engagement.posts.length).toBeGreaterThan(0);
    for (const group of engine.engagement.posts) {
      const lowestTop = Math.min(...group.top.map((p) => p.engagements));
      for (const post of group.bottom) expect(post.engagements).toBeLessThanOrEqual(lowestTop);
      const ids = [...group.top, ...group.bottom].map((p) => p.externalId);
      expect(new Set(ids).size).toBe(ids.length);
    }
  });

  it('lists the incidents with the time it took to contain them, and the handover with before and after', () => {
    const contained = engine.risk.incidents.find((i) => i.id === 'inc-1')!;
    expect(contained.timeToContainSeconds).toBe(20 * 60);
    expect(engine.risk.incidents.find((i) => i.id === 'inc-2')!.timeToContainSeconds).toBeNull();
    expect(engine.handovers).toHaveLength(1);
    expect(engine.handovers[0]).toMatchObject({
      accountHandle: 'brand_001',
      fromGroup: 'in_house',
      toGroup: 'agency:CallCo',
    });
    expect(engine.scorecards).toHaveLength(3);
    expect(engine.completeness.gaps[0]).toMatchObject({
      accountHandle: 'mueller_soehne',
      stream: 'mentions',
    });
    expect(engine.completeness.platforms).toEqual(['facebook', 'instagram', 'x']);
  });
});
