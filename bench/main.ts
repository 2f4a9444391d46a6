// `npm run bench`: every benchmark, its figures printed and appended to bench/results/RESULTS.md with the
// machine's details. Exits non-zero when a result is wrong (numbers differ from the reference computation),
// never because something is slow. Options: --only import,… --rows N; BENCH_DATABASE_URL (default: the local
// PostgreSQL server, skipped when none answers).
import { appendResults, describeMachine, RESULTS_FILE, serverAvailable } from './bench-support.js';
import { calibrationBenchmark } from './engine/calibration.bench.js';
import { importBenchmark } from './import/import.bench.js';
import { metricsBenchmark } from './metrics/metrics.bench.js';
import { reportsBenchmark } from './reports/reports.bench.js';
import { workersBenchmark } from './workers/workers.bench.js';

const BENCHMARKS: Record<string, (options: { rows: number; serverUrl: string | null }) => Promise<string>> = {
  import: ({ rows, serverUrl }) => importBenchmark(rows, serverUrl),
  calibration: () => calibrationBenchmark(),
  reports: ({ serverUrl }) => reportsBenchmark(serverUrl),
  metrics: ({ serverUrl }) => metricsBenchmark(serverUrl),
  workers: ({ serverUrl }) => workersBenchmark(serverUrl),
};

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const option = (name: string) => {
    const i = args.indexOf(`--${name}`);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const only = option('only')?.split(',') ?? Object.keys(BENCHMARKS);
  const rows = Number(option('rows') ?? 2_800_000);
  const candidate = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const serverUrl = (await serverAvailable(candidate)) ? candidate : null;
  if (!serverUrl) console.log(`bench: no PostgreSQL at ${candidate}; measuring the embedded database only`);

  const machine = await describeMachine(serverUrl);
  const sections: string[] = [];
  for (const name of only) {
    const run = BENCHMARKS[name];
    if (!run) throw new Error(`unknown benchmark "${name}" (have: ${Object.keys(BENCHMARKS).join(', ')})`);
    const started = Date.now();
    const section = await run({ rows, serverUrl });
    console.log(`\n${section}\n(${name}: ${((Date.now() - started) / 1000).toFixed(0)} s)\n`);
    sections.push(section);
  }
  appendResults(machine, sections);
  console.log(`Results appended to ${RESULTS_FILE}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
