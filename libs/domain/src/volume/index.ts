export type {
  CadencePlan,
  PlannedDay,
  PublishedItem,
  VolumeAccount,
  VolumeInput,
  VolumeResult,
  VolumeRow,
  VolumeSummary,
} from './volume.types.js';
export { dayLocator, periodDays, weekdayOf } from './period-days.util.js';
export { DEFAULT_PLAN_KINDS, plannedDays, plansInForce } from './planned-days.util.js';
export { computeVolume } from './volume.util.js';
