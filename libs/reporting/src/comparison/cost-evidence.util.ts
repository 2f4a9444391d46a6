import type { CostEvidence, CostResult } from '#domain';
import type { CostComparison } from './comparison-report.types.js';

/**
 * What the two groups would cost for the same work in a scope: each group's cost per outbound item over the
 * period (all its accounts: cost models are per group, not per account) times the outbound items both
 * groups published in the scope. Comparing unit costs keeps a group that simply did more work from looking
 * dearer; multiplying by the scope's work keeps the break-even in money per period.
 */
export function costComparison(
  cost: CostResult,
  baseline: string,
  challenger: string,
  outboundItems: number,
): CostComparison {
  const row = (group: string) => cost.byGroup.find((r) => r.key === group)?.summary;
  const b = row(baseline);
  const c = row(challenger);
  const base = {
    currency: null,
    baselineUnitCost: b?.costPerOutboundItem ?? null,
    challengerUnitCost: c?.costPerOutboundItem ?? null,
    outboundItems,
    baseline: null,
    challenger: null,
  };
  if (!b || !c || b.total === null || c.total === null) return { ...base, status: 'no_cost_model' };
  if (b.currency !== c.currency) return { ...base, status: 'currency_mismatch' };
  const currency = b.currency;
  if (base.baselineUnitCost === null || base.challengerUnitCost === null || outboundItems === 0)
    return { ...base, currency, status: 'no_outbound_items' };
  return {
    ...base,
    status: 'priced',
    currency,
    baseline: base.baselineUnitCost * outboundItems,
    challenger: base.challengerUnitCost * outboundItems,
  };
}

/** The scorecard's CostEvidence, or null when the comparison could not be priced. */
export function costEvidenceOf(comparison: CostComparison): CostEvidence | null {
  if (comparison.status !== 'priced') return null;
  return {
    baseline: comparison.baseline!,
    challenger: comparison.challenger!,
    currency: comparison.currency!,
  };
}
