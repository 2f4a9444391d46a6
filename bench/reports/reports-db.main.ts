// The monthly report as `ledger report monthly` issues it (MonthlyReportService.issue), through the database:
// facts of the month and the month before loaded by the repositories, data fingerprint, model, HTML, PDF,
// files written and the archive record (with its audit entry) committed. Seeds 50 accounts first: the
// metrics benchmark's generated month (bench/metrics), and the month before as a copy of it one month earlier,
// so that page one has a "last month" to compare with. Then issues the report twice: the first run compiles
// the templates and launches Chromium (cold), the second is what a running server pays (warm); then the
// warm run's spans once more on their own. Prints one JSON line.
// Usage: node dist/bench/reports/reports-db.main.js INBOUND POSTS; database from the environment
// (DATABASE_URL or LEDGER_DATA_DIR).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import 'reflect-metadata';
import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { DataSource } from 'typeorm';
import { PersistenceModule, WorkspaceRepository } from '#persistence';
import {
  EngineSettingsService,
  MonthlyReportDataLoader,
  MonthlyReportService,
  monthlyDataFingerprint,
  PdfRenderer,
  ReportingModule,
} from '#reporting';
import { monthPeriod } from '#domain';
import { generateMetricsMonth, ACCOUNTS } from '../metrics/metrics-month.generator.js';
import { createBenchCostModels } from '../metrics/metrics-settings.js';

export const REPORT_MONTH = '2026-10';
const TIME_ZONE = 'Europe/Vienna';

export interface ReportsDbMeasurement {
  accounts: number;
  /** Items of the report month (the month before holds the same again). */
  inbound: number;
  outbound: number;
  seedSeconds: number;
  /** First issue: templates compiled, Chromium launched. */
  coldMs: number;
  /** Second issue of the same month: the goal's "warm". */
  warmMs: number;
  /** Spans measured on their own after the warm run: facts of both months and the rest loaded … */
  loadMs: number;
  /** … and the SHA-256 data fingerprint over them. */
  fingerprintMs: number;
  pdfBytes: number;
  pages: number;
  /** Page-one key numbers with a change against last month (proves the month before was loaded). */
  keyNumbersWithChange: number;
  archived: boolean;
  maxRssMb: number;
}

/** The product's own wiring: persistence (with its migrations) and reporting, on the environment's database. */
@Module({ imports: [PersistenceModule.forRoot(), ReportingModule] })
class BenchReportsModule {}

/** The report month copied one month earlier: same shape, its own ids; the handover is in October only. */
async function copyAsPreviousMonth(dataSource: DataSource, workspaceId: string): Promise<void> {
  const q = (sql: string) => dataSource.query(sql, [workspaceId]);
  await q(
    `INSERT INTO inbound_item (workspace_id, account_id, external_id, kind, author_external_id, created_at, text,
                               actionable, source)
     SELECT workspace_id, account_id, 'prev-' || external_id, kind, author_external_id,
            created_at - interval '1 month', text, actionable, source
     FROM inbound_item WHERE workspace_id = $1`,
  );
  await q(
    `INSERT INTO outbound_item (workspace_id, account_id, external_id, kind, created_at, text, in_reply_to_external_id,
                                operator_id, attribution_source, source, deleted_at, is_repost_of_other)
     SELECT workspace_id, account_id, 'prev-' || external_id, kind, created_at - interval '1 month', text,
            CASE WHEN in_reply_to_external_id IS NOT NULL THEN 'prev-' || in_reply_to_external_id END,
            operator_id, attribution_source, source, deleted_at - interval '1 month', is_repost_of_other
     FROM outbound_item WHERE workspace_id = $1 AND external_id NOT LIKE 'prev-%'`,
  );
  await q(
    `INSERT INTO engagement_snapshot (workspace_id, outbound_item_id, captured_at, reactions, replies, reposts, quotes,
                                      saves, clicks, impressions, reach, followers)
     SELECT s.workspace_id, p.id, s.captured_at - interval '1 month', s.reactions, s.replies, s.reposts, s.quotes,
            s.saves, s.clicks, s.impressions, s.reach, s.followers
     FROM engagement_snapshot s
     JOIN outbound_item o ON o.id = s.outbound_item_id
     JOIN outbound_item p ON p.workspace_id = o.workspace_id AND p.account_id = o.account_id
                         AND p.external_id = 'prev-' || o.external_id
     WHERE s.workspace_id = $1`,
  );
  await q(
    `INSERT INTO incident (workspace_id, account_id, kind, severity, status, title, occurred_at, detected_at,
                           contained_at, operator_id, sourcing_group)
     SELECT workspace_id, account_id, kind, severity, status, title || ' (month before)',
            occurred_at - interval '1 month', detected_at - interval '1 month', contained_at - interval '1 month',
            operator_id, sourcing_group
     FROM incident WHERE workspace_id = $1`,
  );
  await q(
    `INSERT INTO account_profile_snapshot (workspace_id, account_id, captured_at, followers)
     SELECT workspace_id, account_id, captured_at - interval '1 month', followers
     FROM account_profile_snapshot WHERE workspace_id = $1
     -- The month's daily follower counts start a day early: the copy meets them at the month's edge.
     ON CONFLICT DO NOTHING`,
  );
  await dataSource.query('ANALYZE');
}

async function main(): Promise<void> {
  const inbound = Number(process.argv[2] ?? 52_000);
  const posts = Number(process.argv[3] ?? 3_100);
  const app = await NestFactory.createApplicationContext(BenchReportsModule, { logger: ['error'] });
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-reports-db-'));
  try {
    const clock = () => performance.now();
    let t = clock();
    const workspace = await app
      .get(WorkspaceRepository)
      .ensure('bench-reports', { name: 'Bench reports', timeZone: TIME_ZONE });
    const { from, to } = monthPeriod(REPORT_MONTH, TIME_ZONE);
    const dataSource = app.get(DataSource);
    const runner = dataSource.createQueryRunner();
    try {
      await generateMetricsMonth(runner, { workspaceId: workspace.id, from, to, inbound, posts });
    } finally {
      await runner.release();
    }
    await copyAsPreviousMonth(dataSource, workspace.id);
    const settings = app.get(EngineSettingsService);
    await createBenchCostModels(settings, workspace.id);
    const seedSeconds = (clock() - t) / 1000;

    const monthly = app.get(MonthlyReportService);
    const issue = () =>
      monthly.issue(workspace, {
        month: REPORT_MONTH,
        locale: 'en',
        formats: ['html', 'pdf'],
        outDir: out,
        generatedAt: new Date('2026-11-02T07:00:00Z'),
      });
    t = clock();
    await issue();
    const coldMs = clock() - t;
    t = clock();
    const warm = await issue();
    const warmMs = clock() - t;

    t = clock();
    const data = await app.get(MonthlyReportDataLoader).load(workspace, REPORT_MONTH);
    const loadMs = clock() - t;
    t = clock();
    const fingerprint = monthlyDataFingerprint(data);
    const fingerprintMs = clock() - t;

    const pdfFile = warm.files.find((f) => f.format === 'pdf');
    const pdf = pdfFile ? fs.readFileSync(pdfFile.path) : Buffer.alloc(0);
    const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
    const doc = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: false }).promise;
    const pages = doc.numPages;
    await doc.destroy();
    const periodItems = (rows: readonly { createdAt: Date }[]) =>
      rows.filter((r) => r.createdAt >= from && r.createdAt < to).length;
    const measurement: ReportsDbMeasurement = {
      accounts: ACCOUNTS,
      inbound: periodItems(data.facts.responsiveness.inbound),
      outbound: periodItems(data.facts.outbound),
      seedSeconds,
      coldMs,
      warmMs,
      loadMs,
      fingerprintMs,
      pdfBytes: pdf.length,
      pages,
      keyNumbersWithChange: (warm.model.engine?.pageOne ?? []).flatMap((p) =>
        p.keyNumbers.filter((k) => k.change !== null),
      ).length,
      archived: warm.report.dataFingerprint === fingerprint && pdf.subarray(0, 5).toString() === '%PDF-',
      maxRssMb: process.resourceUsage().maxRSS / 1024,
    };
    console.log(JSON.stringify(measurement));
  } finally {
    await app.get(PdfRenderer).close();
    await app.close();
    fs.rmSync(out, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exitCode = 1;
});
