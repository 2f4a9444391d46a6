import type { CostModel, CostVolume } from './cost.types.js';
import { monthShare, overlapDays } from './month-share.util.js';

export interface ModelCost {
  retainer: number;
  perItem: number;
  staff: number;
  /** The days of the period this model covers, or null when it covers none. */
  covered: { from: string; to: string } | null;
}

/**
 * The cost of one model over the period [from, to): monthly amounts prorated by calendar day, per-item
 * fees on the volumes of the days the model covers. `volumes` are the model's group's.
 */
export function modelCost(
  model: CostModel,
  period: { from: string; to: string },
  volumes: readonly CostVolume[],
): ModelCost {
  const covered = overlapDays(period, model);
  const cost: ModelCost = { retainer: 0, perItem: 0, staff: 0, covered };
  if (covered === null) return cost;
  const months = monthShare(covered.from, covered.to);
  let outbound = 0;
  let responses = 0;
  for (const volume of volumes) {
    if (volume.day < covered.from || volume.day >= covered.to) continue;
    outbound += volume.outbound;
    responses += volume.responses;
  }
  for (const component of model.components) {
    switch (component.kind) {
      case 'retainer':
        cost.retainer += component.perMonth * months;
        break;
      case 'per-item':
        cost.perItem += component.fee * (component.per === 'outbound' ? outbound : responses);
        break;
      case 'hourly':
        cost.staff += component.perHour * component.hoursPerMonth * months;
        break;
      case 'fte':
        cost.staff += component.perFtePerMonth * component.fteShare * months;
        break;
    }
  }
  return cost;
}

/** Cost per response, per outbound item and per 1,000 engagements; null where nothing was counted. */
export function costRatios(
  total: number | null,
  counts: { outbound: number; responses: number; engagements: number },
): {
  costPerResponse: number | null;
  costPerOutboundItem: number | null;
  costPer1000Engagements: number | null;
} {
  const per = (denominator: number, scale = 1) =>
    total === null || denominator <= 0 ? null : (total / denominator) * scale;
  return {
    costPerResponse: per(counts.responses),
    costPerOutboundItem: per(counts.outbound),
    costPer1000Engagements: per(counts.engagements, 1000),
  };
}
