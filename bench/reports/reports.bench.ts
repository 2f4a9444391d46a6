// Reports benchmark (issue 6): the monthly comparison report of 5 and 50 accounts, HTML and PDF, with a cold
// and a warm browser. Goal: a 50-account report in under 10 s warm. Each size runs in its own process.
// The facts are generated in memory (engine-report.fixture): this measures the engine, the templates and
// Chromium, not the database queries that load the facts.
import { check, fmt, runJson } from '../bench-support.js';
import type { ReportsMeasurement } from './reports.main.js';

const SIZES = [5, 50];
const GOAL_WARM_MS = 10_000;

export async function reportsBenchmark(): Promise<string> {
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
