import type { TimeStratum } from '../business-hours/time-stratum.util.js';
import { IN_HOUSE } from '../model/facts.js';
import {
  bootstrapMedianDifferenceOfSorted,
  bootstrapMedianOfSorted,
  resolveBootstrapOptions,
} from '../statistics/bootstrap.util.js';
import { mannWhitneyTestOfSorted } from '../statistics/mann-whitney.util.js';
import { estimateProportion, estimateProportionDifference } from '../statistics/wilson-interval.util.js';
import type {
  ComparisonItem,
  ComparisonMetric,
  ComparisonOptions,
  GroupComparison,
  MetricComparison,
} from './comparison.types.js';
import { COMPARISON_METRICS } from './comparison.types.js';
import { poolCells, type CellInput, type PoolingSettings, type SideSample } from './pooled-estimate.util.js';

const AGENCY_PREFIX = 'agency:';

export interface GroupComparisonOptions extends ComparisonOptions {
  /** Default IN_HOUSE. */
  baseline?: string;
  /** Default: every `agency:<name>` group among the items, by name. */
  challengers?: readonly string[];
}

type MetricValue = (item: ComparisonItem) => number | boolean | null;

const METRIC_VALUES: Record<ComparisonMetric, MetricValue> = {
  frt_calendar_median: (item) => item.frtCalendarSeconds,
  frt_business_median: (item) => item.frtBusinessSeconds,
  response_rate: (item) => item.respondedWithin72h,
  sla_attainment: (item) => item.slaMet,
};

const isDuration = (metric: ComparisonMetric) => metric.startsWith('frt_');

/** In-house against each agency (METRICS.md, Comparison): one GroupComparison per challenger. */
export function compareGroups(
  items: readonly ComparisonItem[],
  options: GroupComparisonOptions = {},
): GroupComparison[] {
  const baseline = options.baseline ?? IN_HOUSE;
  const challengers =
    options.challengers ??
    [...new Set(items.map((item) => item.group))].filter((group) => group.startsWith(AGENCY_PREFIX)).sort();
  return challengers.map((challenger) => compareTwoGroups(items, baseline, challenger, options));
}

interface Cell {
  accountId: string;
  stratum: TimeStratum;
  baseline: ComparisonItem[];
  challenger: ComparisonItem[];
}

/**
 * Baseline against challenger on every comparison metric: stratified within account × time stratum and
 * pooled by inbound volume (the headline), and raw beside it. Items of other groups are ignored. The
 * result does not depend on the order of the items.
 */
export function compareTwoGroups(
  items: readonly ComparisonItem[],
  baseline: string,
  challenger: string,
  options: ComparisonOptions = {},
): GroupComparison {
  if (baseline === challenger) throw new Error(`cannot compare ${baseline} with itself`);
  const resolved = resolveBootstrapOptions(options);
  const settings = {
    level: resolved.level,
    minObservations: resolved.required,
    resamples: resolved.resamples,
    seed: resolved.seed,
  };
  const cells = new Map<string, Cell>();
  const volume = { baseline: 0, challenger: 0 };
  for (const item of items) {
    const side = item.group === baseline ? 'baseline' : item.group === challenger ? 'challenger' : null;
    if (side === null) continue;
    const key = `${item.accountId}\u0000${item.stratum}`;
    let cell = cells.get(key);
    if (!cell) {
      cell = { accountId: item.accountId, stratum: item.stratum, baseline: [], challenger: [] };
      cells.set(key, cell);
    }
    cell[side].push(item);
    volume[side] += 1;
  }
  // Sorted keys: the random stream of each stratum must not depend on the order the rows came in.
  const orderedCells = [...cells.keys()].sort().map((key) => cells.get(key)!);

  const metrics = COMPARISON_METRICS.map((metric): MetricComparison => {
    const value = METRIC_VALUES[metric];
    const stratifiedCells: CellInput[] = orderedCells.map((cell) => ({
      accountId: cell.accountId,
      stratum: cell.stratum,
      volume: cell.baseline.length + cell.challenger.length,
      baseline: sideSample(metric, cell.baseline, value),
      challenger: sideSample(metric, cell.challenger, value),
    }));
    return {
      metric,
      unit: isDuration(metric) ? 'seconds' : 'proportion',
      stratified: poolCells(stratifiedCells, { ...settings, method: 'stratified_percentile_bootstrap' }),
      raw: rawComparison(
        {
          baseline: combine(stratifiedCells.map((cell) => cell.baseline)),
          challenger: combine(stratifiedCells.map((cell) => cell.challenger)),
        },
        settings,
      ),
    };
  });

  return { baseline, challenger, volume, metrics };
}

function sideSample(
  metric: ComparisonMetric,
  items: readonly ComparisonItem[],
  value: MetricValue,
): SideSample {
  if (isDuration(metric)) {
    const durations = new Float64Array(items.length);
    let count = 0;
    for (const item of items) {
      const v = value(item);
      if (typeof v === 'number') durations[count++] = v;
    }
    return { kind: 'median', sorted: durations.slice(0, count).sort() };
  }
  let successes = 0;
  let trials = 0;
  for (const item of items) {
    const v = value(item);
    if (v === null) continue;
    trials += 1;
    if (v === true) successes += 1;
  }
  return { kind: 'proportion', successes, trials };
}

/** All strata of one side together: the raw sample. */
function combine(samples: readonly SideSample[]): SideSample {
  if (samples.length > 0 && samples[0].kind === 'proportion') {
    let successes = 0;
    let trials = 0;
    for (const sample of samples) {
      if (sample.kind !== 'proportion') throw new Error('mixed sample kinds');
      successes += sample.successes;
      trials += sample.trials;
    }
    return { kind: 'proportion', successes, trials };
  }
  const parts = samples.map((sample) => (sample.kind === 'median' ? sample.sorted : new Float64Array(0)));
  const all = new Float64Array(parts.reduce((sum, part) => sum + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    all.set(part, offset);
    offset += part.length;
  }
  return { kind: 'median', sorted: all.sort() };
}

/**
 * Raw numbers: each side's median with its own bootstrap and the difference by bootstrapMedianDifference,
 * on the same random streams the stratified bootstrap gives a single stratum (baseline 0, challenger 1), so
 * that with one stratum raw and stratified agree to the last digit; Mann–Whitney U of the challenger (A)
 * against the baseline (B) beside them. Proportions: Wilson intervals, Newcombe's for the difference.
 */
function rawComparison(
  all: { baseline: SideSample; challenger: SideSample },
  settings: Omit<PoolingSettings, 'method'>,
): MetricComparison['raw'] {
  const options = { level: settings.level, minObservations: settings.minObservations };
  if (all.baseline.kind === 'median' && all.challenger.kind === 'median') {
    const baseline = all.baseline.sorted;
    const challenger = all.challenger.sorted;
    const bootstrap = { ...options, resamples: settings.resamples, seed: settings.seed };
    return {
      baseline: bootstrapMedianOfSorted(baseline, { ...bootstrap, stream: 0 }),
      challenger: bootstrapMedianOfSorted(challenger, { ...bootstrap, stream: 1 }),
      difference: bootstrapMedianDifferenceOfSorted(baseline, challenger, bootstrap),
      mannWhitney: mannWhitneyTestOfSorted(challenger, baseline, settings.minObservations),
    };
  }
  if (all.baseline.kind !== 'proportion' || all.challenger.kind !== 'proportion') {
    throw new Error('both sides of a metric have the same kind');
  }
  return {
    baseline: estimateProportion(all.baseline.successes, all.baseline.trials, options),
    challenger: estimateProportion(all.challenger.successes, all.challenger.trials, options),
    difference: estimateProportionDifference(all.baseline, all.challenger, options),
    mannWhitney: null,
  };
}
