import type { EngineSettingsService } from '#reporting';

/**
 * The cost models of the benchmark month's two main groups (six in-house FTE; the Northwind agency's retainer
 * and fee per response), set as `ledger costs set` sets them: the metrics and the reports benchmarks price
 * the same month the same way.
 */
export async function createBenchCostModels(
  settings: EngineSettingsService,
  workspaceId: string,
): Promise<void> {
  await settings.createCostModel(workspaceId, {
    group: 'in_house',
    currency: 'EUR',
    from: '2026-01-01',
    to: null,
    components: [{ kind: 'fte', perFtePerMonth: 6500, fteShare: 6 }],
  });
  await settings.createCostModel(workspaceId, {
    group: 'agency:Northwind',
    currency: 'EUR',
    from: '2026-01-01',
    to: null,
    components: [
      { kind: 'retainer', perMonth: 18000 },
      { kind: 'per-item', fee: 0.4, per: 'response' },
    ],
  });
}
