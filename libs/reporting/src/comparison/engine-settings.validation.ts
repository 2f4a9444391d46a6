// Checks on what people configure for the engine (CLI and API alike), so that a stored setting never makes a
// report fail later: every problem names its field. Pure.
import {
  createBusinessHours,
  DEFAULT_RECOMMENDATION_THRESHOLDS,
  DEFAULT_SCORECARD_WEIGHTS,
  IN_HOUSE,
  publicHolidayClosures,
  SCORECARD_DIMENSIONS,
  type CadencePlan,
  type CostComponent,
  type CostModel,
  type HolidayCalendar,
  type HolidayType,
  type RecommendationThresholds,
  type ScorecardWeights,
  type SeverityWeights,
  InputError,
} from '#domain';
import type { HouseStyleSettings, ScorecardSettings } from '#persistence';

export type EngineSettingsProblem = 'invalid' | 'conflict' | 'not_found';

/** A setting refused: `field` names the input at fault (dot path), `problem` what kind of refusal it is. */
export class EngineSettingsError extends InputError {
  constructor(
    readonly field: string,
    message: string,
    readonly problem: EngineSettingsProblem = 'invalid',
  ) {
    super(message);
  }
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const AGENCY = /^agency:\S.*$/;

export function checkGroup(group: string, field = 'group'): string {
  if (group !== IN_HOUSE && !AGENCY.test(group))
    throw new EngineSettingsError(field, `${field} must be in_house or agency:<name>, got "${group}"`);
  return group;
}

export function checkDay(day: string, field: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  if (!DAY.test(day) || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== day)
    throw new EngineSettingsError(field, `${field} must be a day, YYYY-MM-DD, got "${day}"`);
  return day;
}

function checkPeriod(from: string, to: string | null): void {
  checkDay(from, 'from');
  if (to !== null && checkDay(to, 'to') <= from)
    throw new EngineSettingsError(
      'to',
      `to (${to}) must be after from (${from}); to is the first day not covered`,
    );
}

function checkAmount(value: unknown, field: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0)
    throw new EngineSettingsError(field, `${field} must be a number >= 0`);
  return value;
}

/**
 * A cost model with at least one component; `others` are the group's stored models (one currency per group:
 * money in two currencies does not add up).
 */
export function checkCostModel(model: CostModel, others: readonly CostModel[] = []): CostModel {
  checkGroup(model.group);
  if (!/^[A-Z]{3}$/.test(model.currency))
    throw new EngineSettingsError(
      'currency',
      `currency must be an ISO 4217 code such as EUR, got "${model.currency}"`,
    );
  checkPeriod(model.from, model.to);
  if (model.components.length === 0)
    throw new EngineSettingsError('components', 'a cost model needs at least one component');
  model.components.forEach((component, i) => checkComponent(component, `components[${i}]`));
  const other = others.find((m) => m.group === model.group && m.currency !== model.currency);
  if (other)
    throw new EngineSettingsError(
      'currency',
      `${model.group} is priced in ${other.currency} from ${other.from}: one currency per group`,
    );
  return model;
}

function checkComponent(component: CostComponent, field: string): void {
  switch (component.kind) {
    case 'retainer':
      checkAmount(component.perMonth, `${field}.perMonth`);
      return;
    case 'per-item':
      checkAmount(component.fee, `${field}.fee`);
      if (component.per !== 'outbound' && component.per !== 'response')
        throw new EngineSettingsError(`${field}.per`, `${field}.per must be outbound or response`);
      return;
    case 'hourly':
      checkAmount(component.perHour, `${field}.perHour`);
      checkAmount(component.hoursPerMonth, `${field}.hoursPerMonth`);
      return;
    case 'fte':
      checkAmount(component.perFtePerMonth, `${field}.perFtePerMonth`);
      checkAmount(component.fteShare, `${field}.fteShare`);
      return;
    default:
      throw new EngineSettingsError(
        `${field}.kind`,
        `${field}.kind must be retainer, per-item, hourly or fte`,
      );
  }
}

export function checkCadencePlan(plan: CadencePlan): CadencePlan {
  if (plan.group !== null) checkGroup(plan.group);
  checkPeriod(plan.from, plan.to);
  if (plan.perWeekday.length !== 7 || !plan.perWeekday.every((n) => Number.isInteger(n) && n >= 0))
    throw new EngineSettingsError('perWeekday', 'perWeekday must be seven whole numbers >= 0, Sunday first');
  if (plan.kinds !== undefined && (plan.kinds.length === 0 || plan.kinds.some((k) => !k.trim())))
    throw new EngineSettingsError(
      'kinds',
      'kinds must name at least one outbound kind (post, reply, comment, dm)',
    );
  return plan;
}

export function checkHouseStyle(style: HouseStyleSettings): HouseStyleSettings {
  if (style.language !== null && !/^[a-z]{2}(-[A-Za-z]{2})?$/.test(style.language))
    throw new EngineSettingsError(
      'language',
      `language must be an ISO 639-1 code such as de, got "${style.language}"`,
    );
  if (style.formOfAddress !== null && style.formOfAddress !== 'du' && style.formOfAddress !== 'Sie')
    throw new EngineSettingsError('formOfAddress', 'formOfAddress must be du, Sie or none');
  if (!['allowed', 'forbidden', 'limited'].includes(style.emojiPolicy))
    throw new EngineSettingsError('emojiPolicy', 'emojiPolicy must be allowed, forbidden or limited');
  if (style.maxEmoji !== undefined && !(Number.isInteger(style.maxEmoji) && style.maxEmoji >= 0))
    throw new EngineSettingsError('maxEmoji', 'maxEmoji must be a whole number >= 0');
  if (style.maxReplyLength !== null && !(Number.isInteger(style.maxReplyLength) && style.maxReplyLength > 0))
    throw new EngineSettingsError('maxReplyLength', 'maxReplyLength must be a whole number > 0');
  return style;
}

/** The change merged into the stored settings must still be a scorecard the domain accepts. */
export function checkScorecard(stored: ScorecardSettings, change: Partial<ScorecardSettings>): void {
  for (const [key, value] of Object.entries(change.weights ?? {})) {
    if (!(SCORECARD_DIMENSIONS as readonly string[]).includes(key))
      throw new EngineSettingsError(`weights.${key}`, `weights: unknown dimension ${key}`);
    checkAmount(value, `weights.${key}`);
  }
  const weights: ScorecardWeights = { ...DEFAULT_SCORECARD_WEIGHTS, ...stored.weights, ...change.weights };
  if (SCORECARD_DIMENSIONS.every((d) => weights[d] === 0))
    throw new EngineSettingsError('weights', 'weights must not all be 0');
  const thresholds: RecommendationThresholds = {
    ...DEFAULT_RECOMMENDATION_THRESHOLDS,
    ...stored.thresholds,
    ...change.thresholds,
  };
  if (!(thresholds.decision > 0 && thresholds.decision <= 1))
    throw new EngineSettingsError('thresholds.decision', 'thresholds.decision must be in (0, 1]');
  if (!(thresholds.evidenceShare >= 0 && thresholds.evidenceShare <= 1))
    throw new EngineSettingsError('thresholds.evidenceShare', 'thresholds.evidenceShare must be in [0, 1]');
  for (const [key, value] of Object.entries(change.severityWeights ?? {})) {
    if (!['low', 'medium', 'high', 'critical'].includes(key))
      throw new EngineSettingsError(`severityWeights.${key}`, `severityWeights: unknown severity ${key}`);
    checkAmount(value, `severityWeights.${key as keyof SeverityWeights}`);
  }
}

const HOLIDAY_TYPES: readonly HolidayType[] = ['public', 'bank', 'optional', 'school', 'observance'];

/**
 * A calendar the business-hours clock accepts: a known country, state and region, known holiday types, valid
 * dates. Each part is checked on its own so that the refusal names the field at fault (the message reads the
 * same on the command line, where the whole calendar is one option, --holidays).
 */
export function checkHolidayCalendar(calendar: HolidayCalendar): HolidayCalendar {
  const unknown = (calendar.types ?? []).find((t) => !HOLIDAY_TYPES.includes(t));
  if (unknown !== undefined)
    throw new EngineSettingsError(
      'types',
      `holidays: unknown holiday type "${unknown}" (have: ${HOLIDAY_TYPES.join(', ')})`,
    );
  const { country, state, region } = calendar;
  // date-holidays ignores a state without a country and a region without a state: refuse them instead.
  if (state && !country) throw new EngineSettingsError('state', 'holidays: a state needs its country');
  if (region && !state) throw new EngineSettingsError('region', 'holidays: a region needs its state');
  checkCalendarPart('country', { country });
  checkCalendarPart('state', { country, state });
  checkCalendarPart('region', { country, state, region });
  checkCalendarPart('closedDays', { closedDays: calendar.closedDays });
  checkCalendarPart('openDays', { openDays: calendar.openDays });
  checkCalendarPart('holidays', calendar);
  return calendar;
}

function checkCalendarPart(field: string, calendar: HolidayCalendar): void {
  try {
    createBusinessHours({ timeZone: 'UTC', weekly: null, holidays: calendar });
    // Any year: only whether the calendar exists is checked (no clock is read).
    publicHolidayClosures(calendar, 2024);
  } catch (error) {
    throw new EngineSettingsError(field, `holidays: ${(error as Error).message}`);
  }
}
