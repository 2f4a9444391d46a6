// Loads the benchmark month into an empty database: the generated facts (INSERT … SELECT), then the
// settings the engine reads (cost models, house styles, a cadence plan) through EngineSettingsService as
// `ledger costs set` does. Prints what it wrote and how long it took.
// Usage: node dist/bench/metrics/metrics-load.main.js [INBOUND POSTS]; database from the environment.
import { DataSource } from 'typeorm';
import { EngineSettingsService } from '#reporting';
import { benchPeriod, benchWorkspace, fail, report, withBenchContext } from './metrics-context.js';
import { generateMetricsMonth, type GeneratedMonth } from './metrics-month.generator.js';
import { createBenchCostModels } from './metrics-settings.js';

export interface LoadMeasurement extends GeneratedMonth {
  seconds: number;
}

async function main(): Promise<void> {
  const inbound = Number(process.argv[2] ?? 520_000);
  const posts = Number(process.argv[3] ?? 31_000);
  await withBenchContext(async (app) => {
    const started = performance.now();
    const workspace = await benchWorkspace(app);
    const { from, to } = benchPeriod();
    const runner = app.get(DataSource).createQueryRunner();
    let generated: GeneratedMonth;
    try {
      generated = await generateMetricsMonth(runner, { workspaceId: workspace.id, from, to, inbound, posts });
    } finally {
      await runner.release();
    }
    const settings = app.get(EngineSettingsService);
    await createBenchCostModels(settings, workspace.id);
    await settings.createCostModel(workspace.id, {
      group: 'agency:Sunrise',
      currency: 'EUR',
      from: '2026-01-01',
      to: null,
      components: [{ kind: 'retainer', perMonth: 9000 }],
    });
    const accounts: { id: string }[] = await app
      .get(DataSource)
      .query('SELECT id FROM account WHERE workspace_id = $1 ORDER BY handle', [workspace.id]);
    for (const account of accounts.slice(0, 10)) {
      await settings.setHouseStyle(workspace.id, account.id, {
        language: 'en',
        formOfAddress: null,
        signatureRequired: true,
        emojiPolicy: 'limited',
        maxEmoji: 1,
        maxReplyLength: 280,
      });
    }
    for (const account of accounts.slice(0, 5)) {
      await settings.setPlan(workspace.id, {
        accountId: account.id,
        group: null,
        from: '2026-09-01',
        to: null,
        perWeekday: [0, 25, 25, 25, 25, 25, 0],
      });
    }
    const result: LoadMeasurement = { ...generated, seconds: (performance.now() - started) / 1000 };
    report(result);
  });
}

main().catch(fail);
