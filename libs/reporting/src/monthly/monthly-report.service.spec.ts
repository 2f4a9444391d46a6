// The monthly report of the demo workspace, issued and archived on a real database: rendered in English and
// German, reproducible from the same data (same fingerprint, same numbers), verifiable byte for byte, and
// issued under a workspace's own branding.
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { INestApplicationContext } from '@nestjs/common';
import { DemoWorkspaceService, IncidentDetectionService } from '#collectors';
import { monthPeriod } from '#domain';
import { AuditLogRepository, IncidentRepository, type WorkspaceEntity } from '#persistence';
import { readPdf } from '../../../../test/support/pdf-inspection.js';
import { useTestDatabase } from '../../../../test/support/test-database.js';
import { ReportArchiveService } from '../archive/report-archive.service.js';
import { ReportBrandingService } from '../branding/report-branding.service.js';
import { IncidentAuditService } from '../incidents/incident-audit.service.js';
import { PdfRenderer } from '../pdf/pdf-renderer.js';
import { reportingContext } from '../reporting.test-helper.js';
import { MonthlyReportService } from './monthly-report.service.js';

const PNG_LOGO = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);
const generatedAt = new Date('2026-11-02T07:00:00Z');
const artifacts = path.resolve('test-artifacts', 'reporting');
const withoutReportId = (html: string, id: string) => html.split(id).join('<id>');
const textOf = (cell: string) =>
  cell
    .replace(/<span class="sub">[\s\S]*?<\/span>/g, '')
    .replace(/<[^>]+>/g, '')
    .replace(/&#x27;/g, "'")
    .trim();
/** The first number printed in a cell ("−17.06 [−26.88; −7.49]" → −17.06; "€4.08" → 4.08). */
const leadingNumber = (cell: string) =>
  Number(/[+−-]?[\d,]+(?:\.\d+)?/.exec(cell)?.[0].replace('−', '-').replace(/,/g, '') ?? Number.NaN);

describe('the monthly report of the demo workspace, issued and archived', () => {
  const t = useTestDatabase();
  const out = path.join(os.tmpdir(), `ledger-monthly-${process.pid}`);
  let app: INestApplicationContext;
  let monthly: MonthlyReportService;
  let workspace: WorkspaceEntity;
  let month: string;
  let seededFirstMonth: string;

  const previousDataDir = process.env.LEDGER_DATA_DIR;
  // The archive's own copies go under the data directory: a temporary one, not ./data of the checkout.
  const dataDir = path.join(out, 'data');

  beforeAll(async () => {
    process.env.LEDGER_DATA_DIR = dataDir;
    app = await reportingContext(t.db);
    monthly = app.get(MonthlyReportService);
    const seeded = await app.get(DemoWorkspaceService).ensure(new Date('2026-11-15T12:00:00Z'));
    workspace = seeded.workspace;
    month = seeded.month;
    seededFirstMonth = seeded.firstMonth;
  }, 60_000);

  afterAll(async () => {
    await app?.get(PdfRenderer).close();
    await app?.close();
    if (previousDataDir === undefined) delete process.env.LEDGER_DATA_DIR;
    else process.env.LEDGER_DATA_DIR = previousDataDir;
    await fs.rm(out, { recursive: true, force: true });
  });

  test('HTML and PDF in English, HTML in German: recommendation, engine sections, demo data on every page', async () => {
    const issued = await monthly.issue(workspace, {
      month,
      formats: ['html', 'pdf'],
      outDir: out,
      generatedAt,
    });
    const html = await fs.readFile(issued.files[0].path, 'utf8');
    await fs.mkdir(artifacts, { recursive: true });
    await fs.copyFile(issued.files[0].path, path.join(artifacts, 'demo-monthly.en.html'));
    await fs.copyFile(issued.files[1].path, path.join(artifacts, 'demo-monthly.en.pdf'));
    expect(html).toContain('<html lang="en">');
    expect(html).toMatch(/<h3>In-house against Agency: BrightReply<\/h3>/);
    for (const handle of ['FernwoodWater', 'KaffeeKontor', 'NordbahnHilfe'])
      expect(html).toContain(`<th scope="row">${handle}</th>`);
    expect(html).toMatch(/<h3>FernwoodWater: In-house → Agency: BrightReply on 16 Oct 2026, 01:00<\/h3>/); // midnight in London, the account's zone
    expect(html).toContain('<table class="heatmap"');
    const pdf = await readPdf(await fs.readFile(issued.files[1].path));
    try {
      for (const page of pdf.pages) expect(page.text).toContain('DEMO DATA');
      expect(pdf.pages[0].text).toMatch(/Overall recommendation (Keep in-house|Outsource|Inconclusive)/);
    } finally {
      await pdf.doc.destroy();
    }
    const de = await monthly.issue(workspace, {
      month,
      locale: 'de',
      formats: ['html'],
      outDir: out,
      generatedAt,
    });
    const german = await fs.readFile(de.files[0].path, 'utf8');
    expect(german).toContain('<html lang="de">');
    expect(german).toContain('DEMO-DATEN');
    expect(german).toMatch(/<h3>Eigenes Team im Vergleich mit Agentur: BrightReply<\/h3>/);
  }, 60_000);

  test('page one compares with last month: the demo holds two months, the change is this month − last month as printed', async () => {
    const issued = await monthly.issue(workspace, { month, formats: ['html'], outDir: out, generatedAt });
    const html = await fs.readFile(issued.files[0].path, 'utf8');
    const table = html.slice(html.indexOf('<table class="data-table key-numbers">'));
    const rows = table
      .slice(0, table.indexOf('</table>'))
      .split('<tr>')
      .slice(2)
      .map((row) => [...row.matchAll(/<t[hd][^>]*>([\s\S]*?)<\/t[hd]>/g)].map((m) => textOf(m[1])));
    // Metric, in-house, agency, difference, last month, change, reading.
    const compared = rows.filter((cells) => cells[5] !== '–');
    expect(rows.length).toBeGreaterThanOrEqual(3);
    expect(compared.map((cells) => cells[0])).toEqual(
      expect.arrayContaining(['Incidents per 1,000 outbound items', 'Cost per outbound item']),
    );
    for (const cells of compared) {
      const [difference, lastMonth, change] = [cells[3], cells[4], cells[5]].map(leadingNumber);
      expect(lastMonth).not.toBeNaN();
      // Printed to two decimals: the printed change is the printed difference − last month's, to rounding.
      expect(Math.abs(change - (difference - lastMonth))).toBeLessThanOrEqual(0.011);
    }
    // The previous month came out of the database, not out of a fixture: its own report has numbers too.
    const previous = await monthly.buildModel(workspace, seededFirstMonth, 'en', generatedAt);
    expect(previous.summary.inbound).toBeGreaterThan(1000);
    const incidentsNow = issued.model.engine!.pageOne[0].keyNumbers.find(
      (k) => k.metric === 'incident_rate',
    )!;
    const incidentsBefore = previous.engine!.pageOne[0].keyNumbers.find((k) => k.metric === 'incident_rate')!;
    expect(incidentsNow.previousDifference).toEqual(incidentsBefore.difference);
  }, 60_000);

  test('the incident audit of the demo month, after detection, in English and German', async () => {
    await app
      .get(IncidentDetectionService)
      .detect(workspace.id, { by: { at: generatedAt, actor: 'detection (spec)' } });
    const expected = await app
      .get(IncidentRepository)
      .list(workspace.id, monthPeriod(month, workspace.timeZone));
    const request = {
      from: `${month}-01`,
      to: `${month}-31`,
      formats: ['html' as const],
      outDir: out,
      generatedAt,
    };
    const en = await app.get(IncidentAuditService).issue(workspace, request);
    const de = await app.get(IncidentAuditService).issue(workspace, { ...request, locale: 'de' });
    expect(expected.length).toBeGreaterThan(0); // the generated month has SLA streaks at least
    expect(en.model.incidents.map((i) => i.id)).toEqual(expected.map((i) => i.id));
    const [htmlEn, htmlDe] = await Promise.all([en, de].map((r) => fs.readFile(r.files[0].path, 'utf8')));
    expect(htmlEn.match(/<section class="report-section incident"/g) ?? []).toHaveLength(expected.length);
    expect(htmlEn).toContain('DEMO DATA');
    expect(htmlDe).toContain('DEMO-DATEN');
    expect(htmlDe).toContain('<h1>Prüfbericht zu Vorfällen</h1>');
    expect(htmlEn).toMatch(
      /The workspace&#x27;s audit log was verified when this report was issued: [\d,]+ entries, hash chain intact/,
    );
  }, 60_000);

  test('issued twice from the same data: the same data fingerprint and the same numbers; new data, a new fingerprint', async () => {
    const first = await monthly.issue(workspace, { month, formats: ['html'], outDir: out, generatedAt });
    const second = await monthly.issue(workspace, { month, formats: ['html'], outDir: out, generatedAt });
    expect(second.report.id).not.toBe(first.report.id);
    expect(second.report.dataFingerprint).toMatch(/^[0-9a-f]{64}$/);
    expect(second.report.dataFingerprint).toBe(first.report.dataFingerprint);
    const [a, b] = await Promise.all([first, second].map((r) => fs.readFile(r.files[0].path, 'utf8')));
    // Only the report's own id differs: every number, every interval, every word is the same.
    expect(withoutReportId(b, second.report.id)).toBe(withoutReportId(a, first.report.id));
    expect(a).toContain(`<meta name="report-data-fingerprint" content="${first.report.dataFingerprint}">`);

    const account = (
      await t.db.dataSource.query(`SELECT id FROM account WHERE workspace_id = $1 LIMIT 1`, [workspace.id])
    )[0];
    await t.db.dataSource.query(
      `INSERT INTO inbound_item (workspace_id, account_id, external_id, kind, author_external_id, created_at, text, actionable, source)
       VALUES ($1, $2, 'late-arrival', 'mention', 'customer-1', $3, 'one more question', true, 'spec')`,
      [workspace.id, account.id, new Date(`${month}-20T10:00:00Z`)],
    );
    const third = await monthly.issue(workspace, { month, formats: ['html'], outDir: out, generatedAt });
    expect(third.report.dataFingerprint).not.toBe(first.report.dataFingerprint);
    expect(third.model.summary.inbound).toBe(first.model.summary.inbound + 1);
  }, 60_000);

  test('the archive keeps its own copy under the data directory, read-only; the --out copy is the user’s', async () => {
    const issued = await monthly.issue(workspace, {
      month,
      formats: ['html', 'pdf'],
      outDir: out,
      generatedAt,
    });
    const folder = path.join(dataDir, 'archive', workspace.id);
    for (const file of issued.files) {
      expect(file.path).toBe(path.join(folder, `${issued.report.id}.${file.format}`));
      expect(path.dirname(file.copyPath!)).toBe(out);
      expect((await fs.readFile(file.path)).equals(await fs.readFile(file.copyPath!))).toBe(true);
      expect((await fs.stat(file.path)).mode & 0o777).toBe(0o444);
    }
    // Written by rename from a temporary file: none is left behind.
    expect((await fs.readdir(folder)).filter((name) => name.endsWith('.tmp'))).toEqual([]);
    expect(issued.report).toMatchObject({
      htmlPath: issued.files[0].path,
      pdfPath: issued.files[1].path,
      htmlCopyPath: issued.files[0].copyPath,
      pdfCopyPath: issued.files[1].copyPath,
    });
    // The user's copy deleted: the archive's still verifies, as the same report.
    await fs.rm(issued.files[1].copyPath!);
    const verified = await app.get(ReportArchiveService).verify(await fs.readFile(issued.files[1].path));
    expect(verified.matches.map((m) => [m.report.id, m.format])).toEqual([[issued.report.id, 'pdf']]);
    // No --out: the archive's copy alone.
    const archiveOnly = await monthly.issue(workspace, { month, formats: ['html'], generatedAt });
    expect(archiveOnly.files).toEqual([
      expect.objectContaining({ path: path.join(folder, `${archiveOnly.report.id}.html`), copyPath: null }),
    ]);
  }, 60_000);

  test('a file verifies as the report it is; a changed byte does not', async () => {
    const issued = await monthly.issue(workspace, { month, formats: ['html'], outDir: out, generatedAt });
    const archive = app.get(ReportArchiveService);
    const content = await fs.readFile(issued.files[0].path);
    const ok = await archive.verify(content, issued.files[0].path);
    expect(ok.status).toBe('issued');
    expect(ok.matches[0].report.id).toBe(issued.report.id);
    expect(ok.matches[0].format).toBe('html');
    const changed = Buffer.from(content);
    changed[changed.length >> 1] ^= 0x20;
    const refused = await archive.verify(changed, issued.files[0].path);
    expect(refused.status).toBe('changed');
    expect(refused.sameName.map((m) => m.report.id)).toContain(issued.report.id);
    // Under the name of the user's copy too.
    const byCopyName = await archive.verify(changed, issued.files[0].copyPath!);
    expect(byCopyName.status).toBe('changed');
    expect(byCopyName.sameName.map((m) => m.report.id)).toContain(issued.report.id);
    expect((await archive.verify(changed)).status).toBe('unknown');
    expect((await archive.verify(content, undefined, '00000000-0000-4000-8000-000000000000')).status).toBe(
      'unknown',
    );
    const entries = await app
      .get(AuditLogRepository)
      .listForEntities(workspace.id, 'report', [issued.report.id]);
    expect(entries.map((e) => e.action)).toEqual(['report.issued']);
    expect(entries[0].payload).toMatchObject({
      dataFingerprint: issued.report.dataFingerprint,
      files: [{ format: 'html', sha256: issued.report.htmlSha256 }],
    });
  }, 60_000);

  test("issued under the workspace's branding: name, logo, colours, footer and language", async () => {
    const logo = path.join(os.tmpdir(), `logo-${process.pid}.png`);
    await fs.writeFile(logo, PNG_LOGO);
    await app.get(ReportBrandingService).update(
      workspace,
      {
        name: 'Beratung & Co. für <Demo>',
        logoFile: logo,
        primaryColour: '#004488',
        accentColour: '#C0392B',
        footer: 'Vertraulich – nur für den Vorstand',
        locale: 'de',
      },
      new Date(),
    );
    const issued = await monthly.issue(workspace, { month, formats: ['html'], outDir: out, generatedAt });
    const html = await fs.readFile(issued.files[0].path, 'utf8');
    expect(issued.report.locale).toBe('de');
    expect(html).toContain('<html lang="de">');
    expect(html).toContain('<p class="workspace-name">Beratung &amp; Co. für &lt;Demo&gt;</p>');
    expect(html).toContain(
      `<img class="brand-logo" src="data:image/png;base64,${PNG_LOGO.toString('base64').replace(/=/g, '&#x3D;')}"`,
    );
    expect(html).toContain('style="--accent: #004488; --highlight: #c0392b;"');
    expect(html).toContain('<p class="branding-footer">Vertraulich – nur für den Vorstand</p>');
    expect(html).toContain('<meta name="report-footer-note" content="Vertraulich – nur für den Vorstand">');
    expect(issued.report.parameters.branding).toMatchObject({
      name: 'Beratung & Co. für <Demo>',
      primaryColour: '#004488',
    });
    // A request for English still wins over the workspace's language.
    const en = await monthly.issue(workspace, {
      month,
      locale: 'en',
      formats: ['html'],
      outDir: out,
      generatedAt,
    });
    expect(en.report.locale).toBe('en');
    const changes = await app
      .get(AuditLogRepository)
      .listForEntities(workspace.id, 'report_branding', [workspace.id]);
    expect(changes[0].payload).toMatchObject({ displayName: 'Beratung & Co. für <Demo>', locale: 'de' });
    await fs.rm(logo, { force: true });
  }, 60_000);
});
