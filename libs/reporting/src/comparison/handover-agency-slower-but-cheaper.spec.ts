// "Staff ran the account until the 15th, the agency since the 16th: the agency takes 20 minutes longer to
// answer, and costs a quarter of the staff." Every number below is worked out by hand from the fixture.
import { DEFAULT_SLA_TARGET_SECONDS, IN_HOUSE } from '#domain';
import { buildComparisonReport, OVERALL_SCOPE } from './comparison-report.builder.js';
import { ACCOUNT, AGENCY, monthFacts } from './comparison.fixtures.js';

// Items per stratum (Vienna, Mon–Fri 09:00–17:00, 26 October is Austria's national holiday):
//   staff,  1–15 Oct: 11 weekdays × 8 business hours = 88, × 16 off-hours = 176; weekends 3/4, 10/11: 96
//   agency, 16–31 Oct: 10 weekdays × 8 = 80, × 16 = 160; weekends 17/18, 24/25 (25 h), 31 and the holiday: 145
// Cell volumes: 168, 336, 241 (745 in all); both sides have ≥ 20 observations in each cell. Outbound items
// published in the period: 360 and 384 (the agency's last reply, at midnight on 1 November, is after it).
describe('handover on the 16th: the agency answers 20 minutes slower and costs a quarter', () => {
  const report = buildComparisonReport(monthFacts());
  const [comparison] = report.comparisons;
  const overall = comparison.overall;
  const metric = (name: string) => overall.responsiveness.metrics.find((m) => m.metric === name)!;

  test('the agency is the challenger, in_house the baseline, with 360 and 385 items', () => {
    expect(report.challengers).toEqual([AGENCY]);
    expect(comparison.baseline).toBe(IN_HOUSE);
    expect(overall.responsiveness.volume).toEqual({ baseline: 360, challenger: 385 });
    expect(comparison.byAccount.map((scope) => scope.label)).toEqual([ACCOUNT.handle]);
  });

  test('median FRT: 1,800 − 600 = +1,200 s in every cell, so pooled too; nothing varies, so the interval is a point', () => {
    const frt = metric('frt_calendar_median');
    expect(frt.stratified.strata.map((cell) => [cell.stratum, cell.volume, cell.difference])).toEqual([
      ['weekday_business_hours', 168, expect.objectContaining({ value: 1200 })],
      ['weekday_off_hours', 336, expect.objectContaining({ value: 1200 })],
      ['weekend', 241, expect.objectContaining({ value: 1200 })],
    ]);
    expect(frt.stratified.coverage).toEqual({ comparableVolume: 745, totalVolume: 745, share: 1 });
    expect(frt.stratified.difference).toMatchObject({ value: 1200, interval: { lower: 1200, upper: 1200 } });
  });

  test('business-hours FRT differs only in office hours: 1,200 s × 168 / 745 = 270.6 s pooled', () => {
    const business = metric('frt_business_median').stratified;
    expect(
      business.strata.map((cell) => cell.difference.status === 'estimate' && cell.difference.value),
    ).toEqual([1200, 0, 0]);
    expect(business.difference.status === 'estimate' && business.difference.value).toBeCloseTo(
      (1200 * 168) / 745,
      9,
    );
  });

  test('the national holiday on the 26th counts as a weekend day: 145 agency items, 121 without the calendar', () => {
    const agencyRow = (r: typeof report) =>
      r.responsiveness.byGroup.find((row) => row.key === AGENCY)!.summary;
    expect(agencyRow(report).byStratum.weekend.inbound).toBe(145);
    const withoutHolidays = buildComparisonReport(
      monthFacts({
        responsiveness: { ...monthFacts().responsiveness, accounts: [{ ...ACCOUNT, holidays: null }] },
      }),
      { resamples: 50 },
    );
    expect(agencyRow(withoutHolidays).byStratum.weekend.inbound).toBe(121);
    expect(report.accounts[0]).toMatchObject({
      holidayCalendar: 'AT-9',
      hasBusinessHours: true,
      slaTargetSeconds: DEFAULT_SLA_TARGET_SECONDS,
    });
  });

  test('cost for the same 744 items: 4,000/360 per item for staff, 1,000/384 for the agency', () => {
    const staffUnit = 4000 / 360;
    const agencyUnit = 1000 / 384;
    expect(overall.cost).toMatchObject({ status: 'priced', currency: 'EUR', outboundItems: 744 });
    expect(overall.cost.baseline).toBeCloseTo(staffUnit * 744, 9);
    expect(overall.cost.challenger).toBeCloseTo(agencyUnit * 744, 9);
  });

  // Responsiveness: FRT −1 (in-house clearly faster), response rate 0, SLA 0: −1/3. Engagement: no posts.
  // Risk: no incidents on either side: 0. Cost: 1 − (1,000/384)/(4,000/360) = 0.765625.
  // Score = (0.35 · (−1/3) + 0.20 · 0 + 0.25 · 0.765625) / 0.80 = 0.093424: within ±0.15, inconclusive.
  test('the recommendation: inconclusive at +0.0934, with 80 % of the weight on evidence', () => {
    const r = overall.recommendation;
    expect(r.scope).toBe(OVERALL_SCOPE);
    expect(
      r.dimensions.map((d) => [d.dimension, d.score === null ? null : Number(d.score.toFixed(6))]),
    ).toEqual([
      ['responsiveness', -0.333333],
      ['engagement', null],
      ['risk', 0],
      ['cost', 0.765625],
    ]);
    expect(r.score).toBeCloseTo(0.093424, 6);
    expect(r.evidenceShare).toBeCloseTo(0.8, 12);
    expect(r.decision).toBe('inconclusive');
    expect(r.reasons.map((reason) => reason.code)).toEqual([
      'baseline_better',
      'no_clear_difference',
      'no_clear_difference',
      'insufficient_data',
      'no_clear_difference',
      'cost_difference',
      'score_too_close',
    ]);
  });

  // With A = 0.35 · (−1/3) = −0.116667 from the other dimensions, the baseline cost b = 8,266.67 EUR and the
  // cost weight 0.25: outsource while (A + 0.25 s) / 0.8 ≥ 0.15, s ≥ 0.946667, Δ ≤ −0.946667 b = −7,825.78;
  // keep in-house once s ≤ −0.013333, Δ ≥ 0.013333 b = 110.22. Now Δ = 1,937.50 − 8,266.67 = −6,329.17.
  test('break-even: outsource up to −7,825.78 EUR, keep in-house from +110.22 EUR', () => {
    const b = (4000 / 360) * 744;
    expect(overall.recommendation.breakEven).toMatchObject({ currency: 'EUR' });
    const breakEven = overall.recommendation.breakEven!;
    expect(breakEven.currentDifference).toBeCloseTo((1000 / 384) * 744 - b, 6);
    expect(breakEven.outsourceUpTo).toBeCloseTo(-b * ((0.15 * 0.8 + 0.35 / 3) / 0.25), 6);
    expect(breakEven.keepInHouseFrom).toBeCloseTo(-b * ((-0.15 * 0.8 + 0.35 / 3) / 0.25), 6);
    expect(breakEven.outsourceUpTo).toBeCloseTo(-7825.78, 2);
    expect(breakEven.keepInHouseFrom).toBeCloseTo(110.22, 2);
  });

  test('the handover is found and compared before against after', () => {
    expect(report.handovers).toHaveLength(1);
    expect(report.handovers[0].handover).toMatchObject({ fromGroup: IN_HOUSE, toGroup: AGENCY });
    const frt = report.handovers[0].comparison.metrics[0];
    expect(frt.stratified.difference).toMatchObject({ value: 1200 });
  });

  test('a group priced by a cost model is compared even without items in the period', () => {
    const facts = monthFacts();
    const other = { ...facts.costModels[1], group: 'agency:Other' };
    const wider = buildComparisonReport(
      { ...facts, costModels: [...facts.costModels, other] },
      { resamples: 50 },
    );
    expect(wider.challengers).toEqual([AGENCY, 'agency:Other']);
    expect(wider.comparisons[1].overall.recommendation.decision).toBe('inconclusive');
    expect(wider.comparisons[1].overall.cost.status).toBe('no_outbound_items');
  });
});
