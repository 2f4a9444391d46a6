export type { BusinessHours, BusinessHoursSpec } from './business-hours.types.js';
export {
  addBusinessSeconds,
  businessMsBetween,
  businessSecondsBetween,
  createBusinessHours,
  isOpenAt,
} from './business-hours.util.js';
export { publicHolidayClosures, type HolidayClosedFrom } from './holiday-calendar.util.js';
export { DEFAULT_STRATUM_HOURS, TIME_STRATA, timeStratumOf, type TimeStratum } from './time-stratum.util.js';
export {
  DEFAULT_SLA_TARGET_SECONDS,
  accountHours,
  accountHoursLookup,
  type AccountHours,
  type AccountHoursLookup,
} from './account-hours.util.js';
