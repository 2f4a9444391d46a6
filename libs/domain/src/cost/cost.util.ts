import { TOTAL_KEY } from '../model/breakdown.util.js';
import type { BreakdownRow } from '../model/breakdown.types.js';
import type { CostInput, CostModel, CostResult, CostSummary, CostVolume } from './cost.types.js';
import { daysBetween, eachDay } from './month-share.util.js';
import { costRatios, modelCost } from './model-cost.util.js';

function validate(model: CostModel): void {
  for (const component of model.components) {
    const amounts = Object.entries(component).filter(([key]) => key !== 'kind' && key !== 'per');
    for (const [key, value] of amounts) {
      if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
        throw new Error(
          `Cost model of ${model.group} from ${model.from}: ${component.kind}.${key} must be a non-negative number`,
        );
      }
    }
  }
}

function groupSummary(
  group: string,
  period: { from: string; to: string },
  models: readonly CostModel[],
  volumes: readonly CostVolume[],
): CostSummary {
  const currencies = new Set(models.map((model) => model.currency));
  if (currencies.size > 1) {
    throw new Error(`Cost models of ${group} mix currencies (${[...currencies].sort().join(', ')})`);
  }
  let retainer = 0;
  let perItem = 0;
  let staff = 0;
  const coveredDays = new Set<string>();
  for (const model of models) {
    validate(model);
    const cost = modelCost(model, period, volumes);
    retainer += cost.retainer;
    perItem += cost.perItem;
    staff += cost.staff;
    if (cost.covered) for (const day of eachDay(cost.covered.from, cost.covered.to)) coveredDays.add(day);
  }
  const counts = { outbound: 0, responses: 0, engagements: 0 };
  for (const volume of volumes) {
    if (volume.day < period.from || volume.day >= period.to) continue;
    counts.outbound += volume.outbound;
    counts.responses += volume.responses;
    counts.engagements += volume.engagements;
  }
  const total = coveredDays.size > 0 ? retainer + perItem + staff : null;
  return {
    currency: currencies.size === 1 ? [...currencies][0] : null,
    total,
    retainer,
    perItem,
    staff,
    ...counts,
    ...costRatios(total, counts),
    daysWithoutModel: daysBetween(period.from, period.to) - coveredDays.size,
  };
}

function totalSummary(rows: readonly BreakdownRow<CostSummary>[]): CostSummary {
  const currencies = new Set(rows.flatMap((row) => (row.summary.currency ? [row.summary.currency] : [])));
  const sum = (pick: (summary: CostSummary) => number) =>
    rows.reduce((acc, row) => acc + pick(row.summary), 0);
  const priced = rows.filter((row) => row.summary.total !== null);
  const counts = {
    outbound: sum((s) => s.outbound),
    responses: sum((s) => s.responses),
    engagements: sum((s) => s.engagements),
  };
  // Money in two currencies does not add up; nor do groups without a model turn into free work.
  const total = currencies.size === 1 && priced.length === rows.length ? sum((s) => s.total ?? 0) : null;
  return {
    currency: currencies.size === 1 ? [...currencies][0] : null,
    total,
    retainer: sum((s) => s.retainer),
    perItem: sum((s) => s.perItem),
    staff: sum((s) => s.staff),
    ...counts,
    ...costRatios(total, counts),
    daysWithoutModel: sum((s) => s.daysWithoutModel),
  };
}

/**
 * Cost per sourcing group over the days [from, to): every group with a model or with volumes gets a row.
 * A group with volumes but no model has total null (its cost is unknown); the total row is null unless
 * every group is priced in one currency.
 */
export function computeCost(input: CostInput): CostResult {
  if (!(input.from < input.to))
    throw new Error(`Cost period must be from < to, got ${input.from} .. ${input.to}`);
  const groups = new Set([...input.models.map((m) => m.group), ...input.volumes.map((v) => v.group)]);
  const byGroup = [...groups].sort().map((group) => ({
    key: group,
    summary: groupSummary(
      group,
      input,
      input.models.filter((model) => model.group === group),
      input.volumes.filter((volume) => volume.group === group),
    ),
  }));
  return { byGroup, total: { key: TOTAL_KEY, summary: totalSummary(byGroup) } };
}
