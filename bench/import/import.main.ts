// One twcs import exactly as `ledger import twcs` does it, in a process of its own so that its peak memory
// (max RSS) is the import's. Usage: node dist/bench/import/import.main.js FILE; database from the environment.
import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { Module } from '@nestjs/common';
import { CollectorsModule, TwcsImportService } from '#collectors';
import { PersistenceModule, WorkspaceRepository } from '#persistence';

@Module({ imports: [PersistenceModule.forRoot(), CollectorsModule] })
class BenchImportModule {}

async function main(): Promise<void> {
  const [file] = process.argv.slice(2);
  const app = await NestFactory.createApplicationContext(BenchImportModule, { logger: ['error'] });
  try {
    const workspace = await app.get(WorkspaceRepository).ensure('bench');
    const started = performance.now();
    const result = await app
      .get(TwcsImportService)
      .import(file, { workspaceId: workspace.id, name: 'bench.csv' });
    const seconds = (performance.now() - started) / 1000;
    console.log(
      JSON.stringify({
        rows: result.totals.accepted,
        rejected: result.totals.rejected,
        facts: result.facts,
        seconds,
        maxRssMb: process.resourceUsage().maxRSS / 1024,
      }),
    );
  } finally {
    await app.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
