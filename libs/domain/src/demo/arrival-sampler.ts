// When customers write: an inhomogeneous Poisson process, piecewise constant per hour, shaped by the local hour
// of day, the weekday and an optional surge. Times are whole seconds, as platform exports give them.
import type { SeededRandom } from '../statistics/seeded-random.util.js';
import { HOUR_MS } from '../time/time-units.js';
import { localWeekTime } from './zoned-time.js';

export interface ArrivalProfile {
  fromMs: number;
  toMs: number;
  timeZone: string;
  perDay: number;
  /** 24 relative weights by local hour; normalised here, so only their ratios matter. */
  hourWeights: readonly number[];
  /** 7 relative weights by local weekday (0 = Sunday); normalised likewise. */
  dayWeights: readonly number[];
  /** Extra multiplier inside [fromMs, toMs) of the surge. */
  surge?: { fromMs: number; toMs: number; factor: number } | null;
}

const mean = (xs: readonly number[]): number => xs.reduce((sum, x) => sum + x, 0) / xs.length;

/** Sorted arrival instants (epoch ms, whole seconds) in [fromMs, toMs); fromMs should be a whole second. */
export function sampleArrivals(rng: SeededRandom, profile: ArrivalProfile): number[] {
  const hourMean = mean(profile.hourWeights);
  const dayMean = mean(profile.dayWeights);
  const arrivals: number[] = [];
  let stepStart = profile.fromMs;
  while (stepStart < profile.toMs) {
    // Steps end on UTC hour boundaries, so the local hour is constant within a step in whole-hour zones.
    const stepEnd = Math.min((Math.floor(stepStart / HOUR_MS) + 1) * HOUR_MS, profile.toMs);
    const local = localWeekTime(stepStart, profile.timeZone);
    const surge = profile.surge;
    const surgeFactor = surge && stepStart >= surge.fromMs && stepStart < surge.toMs ? surge.factor : 1;
    const lambda =
      (profile.perDay / 24) *
      (profile.hourWeights[Math.floor(local.minute / 60)] / hourMean) *
      (profile.dayWeights[local.day] / dayMean) *
      surgeFactor *
      ((stepEnd - stepStart) / HOUR_MS);
    const count = rng.poisson(lambda);
    const stepArrivals: number[] = [];
    for (let i = 0; i < count; i += 1) {
      stepArrivals.push(Math.floor(rng.uniform(stepStart, stepEnd) / 1000) * 1000);
    }
    arrivals.push(...stepArrivals.sort((a, b) => a - b));
    stepStart = stepEnd;
  }
  return arrivals;
}
