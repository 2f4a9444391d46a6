// Reports benchmark (issue 6): the monthly comparison report of 5 and 50 accounts, HTML and PDF, with a cold
// and a warm browser. Goal: a 50-account report in under 10 s warm. Each size runs in its own process.
// Two measurements: the facts generated in memory (engine-report.fixture: the engine, the templates and
// Chromium alone), and the whole path `ledger report monthly` takes (MonthlyReportService.issue: the
// database load of both months, the data fingerprint, the model, HTML, PDF, the files and the archive
// record) against a seeded database of 50 accounts, on the embedded database and on the PostgreSQL server.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { check, fmt, freshServerDatabase, runJson } from '../bench-support.js';
import type { ReportsDbMeasurement } from './reports-db.main.js';
import type { ReportsMeasurement } from './reports.main.js';

const SIZES = [5, 50];
const GOAL_WARM_MS = 10_000;

/** A month of the seeded database: 50 accounts, about 1,000 inbound items and 62 posts per account. */
const DB_INBOUND = 52_000;
const DB_POSTS = 3_100;

export async function reportsBenchmark(serverUrl: string | null): Promise<string> {
  // Other work on the machine slows every measurement; the section says how busy it was.
  const loadAverage = os.loadavg()[0];
  const sections = [await inMemoryBenchmark(), await databaseBenchmark(serverUrl)];
  return `${sections.join('\n\n')}\n\nMachine load (1-minute average) when the reports benchmark started: ${fmt(loadAverage, 1)} on ${os.cpus().length} cores.`;
}

async function inMemoryBenchmark(): Promise<string> {
  const lines = [
    '### Monthly comparison report: generated month, comparison engine, HTML and PDF',
    '',
    '| accounts | inbound items | model (engine, 2 months) | HTML | HTML size | PDF, cold browser | PDF, warm browser | pages | warm total (model + HTML + PDF) | goal |',
    '|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|',
  ];
  for (const accounts of SIZES) {
    console.log(`reports: ${accounts} accounts…`);
    const m = await runJson<ReportsMeasurement>('reports/reports.main.js', [String(accounts)]);
    check(m.pdfStartsWithMagic, `the ${accounts}-account PDF is not a PDF`);
    check(m.scorecardRows === accounts, `${m.scorecardRows} account scorecards, expected ${accounts}`);
    check(m.pages > 0, `the ${accounts}-account PDF has no pages`);
    const s = (ms: number) => `${fmt(ms / 1000, 2)} s`;
    lines.push(
      `| ${accounts} | ${fmt(m.inbound)} | ${s(m.modelMs)} | ${s(m.htmlMs)} | ${fmt(m.htmlBytes / 1024)} KB | ${s(m.coldPdfMs)} | ` +
        `${s(m.warmPdfMs)} | ${m.pages} | ${s(m.warmTotalMs)} | ${m.warmTotalMs < GOAL_WARM_MS ? 'met' : 'MISSED'} (< 10 s warm) |`,
    );
  }
  lines.push(
    '',
    'Model: both months through the comparison engine (bootstrap with 2,000 resamples each), then every engine',
    'section (coverage heat map, post ranking, scorecards). Cold PDF includes launching Chromium; warm reuses it',
    '(one browser per process, a fresh context per report). Checked: each PDF is a PDF, one scorecard row per account.',
  );
  return lines.join('\n');
}

async function databaseBenchmark(serverUrl: string | null): Promise<string> {
  const lines = [
    `### Monthly comparison report through the database: ledger report monthly, ${fmt(DB_INBOUND)} inbound items a month`,
    '',
    '| database | accounts | inbound / outbound items of the month | seed (2 months) | first issue (cold) | issue, warm | of which: load both months | fingerprint | pages | goal |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---|',
  ];
  const targets: { name: string; env: Record<string, string>; done: () => Promise<void> }[] = [];
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-reports-db-'));
  targets.push({
    name: 'embedded (PGlite)',
    env: { LEDGER_DATA_DIR: dir },
    done: async () => fs.rmSync(dir, { recursive: true, force: true }),
  });
  if (serverUrl) {
    const db = await freshServerDatabase(serverUrl, 'ledger_bench_reports');
    targets.push({ name: 'PostgreSQL server', env: { DATABASE_URL: db.url }, done: db.drop });
  }
  for (const target of targets) {
    try {
      console.log(`reports: issuing through ${target.name}…`);
      const m = await runJson<ReportsDbMeasurement>(
        'reports/reports-db.main.js',
        [String(DB_INBOUND), String(DB_POSTS)],
        target.env,
      );
      check(
        m.archived,
        `the report issued through ${target.name} was not archived with its fingerprint and PDF`,
      );
      check(m.pages > 0, `the PDF issued through ${target.name} has no pages`);
      check(m.keyNumbersWithChange > 0, `page one through ${target.name} shows no change against last month`);
      const s = (ms: number) => `${fmt(ms / 1000, 2)} s`;
      lines.push(
        `| ${target.name} | ${m.accounts} | ${fmt(m.inbound)} / ${fmt(m.outbound)} | ${fmt(m.seedSeconds, 1)} s | ` +
          `${s(m.coldMs)} | ${s(m.warmMs)} | ${s(m.loadMs)} | ${s(m.fingerprintMs)} | ${m.pages} | ` +
          `${m.warmMs < GOAL_WARM_MS ? 'met' : 'MISSED'} (< 10 s warm) |`,
      );
    } finally {
      await target.done();
    }
  }
  lines.push(
    '',
    `Seeded: the metrics benchmark's generator (bench/metrics) at ${fmt(DB_INBOUND)} inbound items and ${fmt(DB_POSTS)} posts`,
    `in the month, about ${fmt(DB_INBOUND / 50)} inbound items and ${fmt(DB_POSTS / 50)} posts per account (bigger accounts get more),`,
    '86 % answered, engagement snapshots and 80 incidents; the month before is the same month copied one month',
    'earlier, so page one compares with last month. Issue: MonthlyReportService.issue, what `ledger report monthly`',
    'calls: facts of both months loaded through the repositories, data fingerprint (SHA-256), model (both months',
    'through the engine, 2,000 bootstrap resamples), HTML and PDF, both files written and the archive record with',
    'its audit entry committed. Warm: the second issue in the same process (templates compiled, Chromium running).',
    'Load and fingerprint: measured again on their own after the warm issue. Checked: archived with the data',
    "fingerprint, the PDF is a PDF, page one shows a change against last month. At the metrics benchmark's",
    'volume (a million items a month) the model alone takes longer than 10 s (see its section).',
  );
  return lines.join('\n');
}
