// What people type when they configure the engine, refused with the field at fault before it is stored.
import {
  checkCadencePlan,
  checkCostModel,
  checkHolidayCalendar,
  checkHouseStyle,
  checkScorecard,
  EngineSettingsError,
} from './engine-settings.validation.js';

const refusal = (check: () => unknown): { field: string; message: string } => {
  try {
    check();
  } catch (error) {
    if (error instanceof EngineSettingsError) return { field: error.field, message: error.message };
    throw error;
  }
  throw new Error('expected a refusal');
};

const model = {
  group: 'agency:BrightReply',
  currency: 'EUR',
  from: '2026-10-01',
  to: null,
  components: [{ kind: 'retainer' as const, perMonth: 4200 }],
};

describe('engine settings that are refused', () => {
  test('a cost model: group, currency, days, amounts and one currency per group', () => {
    expect(checkCostModel(model)).toBe(model);
    expect(refusal(() => checkCostModel({ ...model, group: 'BrightReply' })).field).toBe('group');
    expect(refusal(() => checkCostModel({ ...model, currency: 'euro' })).field).toBe('currency');
    expect(refusal(() => checkCostModel({ ...model, from: '2026-02-30' })).field).toBe('from');
    expect(refusal(() => checkCostModel({ ...model, to: '2026-10-01' })).message).toContain(
      'must be after from',
    );
    expect(refusal(() => checkCostModel({ ...model, components: [] })).field).toBe('components');
    expect(
      refusal(() =>
        checkCostModel({ ...model, components: [{ kind: 'per-item', fee: -1, per: 'response' }] }),
      ),
    ).toEqual({ field: 'components[0].fee', message: 'components[0].fee must be a number >= 0' });
    expect(
      refusal(() =>
        checkCostModel({ ...model, components: [{ kind: 'fte', perFtePerMonth: 5000 } as never] }),
      ).field,
    ).toBe('components[0].fteShare');
    expect(
      refusal(() => checkCostModel({ ...model, currency: 'USD' }, [{ ...model, from: '2026-01-01' }]))
        .message,
    ).toBe('agency:BrightReply is priced in EUR from 2026-01-01: one currency per group');
  });

  test('a cadence plan needs seven whole numbers, Sunday first', () => {
    const plan = {
      accountId: 'a',
      group: null,
      from: '2026-10-01',
      to: null,
      perWeekday: [0, 1, 1, 1, 1, 1, 0],
    };
    expect(checkCadencePlan(plan)).toBe(plan);
    expect(refusal(() => checkCadencePlan({ ...plan, perWeekday: [1, 1, 1, 1, 1] })).field).toBe(
      'perWeekday',
    );
    expect(refusal(() => checkCadencePlan({ ...plan, perWeekday: [0, 1.5, 1, 1, 1, 1, 0] })).field).toBe(
      'perWeekday',
    );
    expect(refusal(() => checkCadencePlan({ ...plan, kinds: [] })).field).toBe('kinds');
  });

  test('a house style: du or Sie, a policy for emoji, a positive length', () => {
    const style = {
      language: 'de',
      formOfAddress: 'du' as const,
      signatureRequired: true,
      emojiPolicy: 'forbidden' as const,
      maxReplyLength: 280,
    };
    expect(checkHouseStyle(style)).toBe(style);
    expect(refusal(() => checkHouseStyle({ ...style, formOfAddress: 'ihr' as never })).field).toBe(
      'formOfAddress',
    );
    expect(refusal(() => checkHouseStyle({ ...style, language: 'German' })).field).toBe('language');
    expect(refusal(() => checkHouseStyle({ ...style, maxReplyLength: 0 })).field).toBe('maxReplyLength');
  });

  test('a scorecard whose weights would all be 0, or a threshold out of range', () => {
    const none = { weights: {}, thresholds: {}, severityWeights: {} };
    expect(() => checkScorecard(none, { weights: { cost: 0.5 } })).not.toThrow();
    expect(
      refusal(() =>
        checkScorecard(
          { ...none, weights: { responsiveness: 0, engagement: 0, risk: 0 } },
          { weights: { cost: 0 } },
        ),
      ).field,
    ).toBe('weights');
    expect(refusal(() => checkScorecard(none, { thresholds: { decision: 0 } })).field).toBe(
      'thresholds.decision',
    );
    expect(refusal(() => checkScorecard(none, { severityWeights: { severe: 3 } as never })).field).toBe(
      'severityWeights.severe',
    );
  });

  test('a holiday calendar of a country, state or region date-holidays does not know', () => {
    expect(checkHolidayCalendar({ country: 'AT', state: '9' })).toEqual({ country: 'AT', state: '9' });
    const state = refusal(() => checkHolidayCalendar({ country: 'AT', state: '10' }));
    expect([state.field, state.message]).toEqual(['state', 'holidays: Unknown holiday state "10" of AT']);
    expect(refusal(() => checkHolidayCalendar({ country: 'XX' })).field).toBe('country');
    expect(refusal(() => checkHolidayCalendar({ country: 'DE', state: 'BY', region: 'Q' })).field).toBe(
      'region',
    );
    // date-holidays would silently ignore a region without its state.
    expect(refusal(() => checkHolidayCalendar({ country: 'DE', region: 'A' })).field).toBe('region');
  });

  test("a calendar's own days and types are refused by the field that holds them", () => {
    expect(refusal(() => checkHolidayCalendar({ country: 'DE', closedDays: ['24.12.2026'] })).field).toBe(
      'closedDays',
    );
    const open = refusal(() =>
      checkHolidayCalendar({ openDays: [{ date: '2026-12-24', startMinute: 600, endMinute: 1500 }] }),
    );
    expect([open.field, open.message]).toEqual([
      'openDays',
      'holidays: open day 2026-12-24 needs 0 <= startMinute <= endMinute <= 1440',
    ]);
    expect(refusal(() => checkHolidayCalendar({ types: ['public', 'fun' as never] })).field).toBe('types');
  });
});
