// The monthly report as HTML, read the way a reader (and a security reviewer) would read it.
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { findReportsDir } from '../find-reports-dir.js';
import { ReportRenderer, renderMonthlyReportHtml } from '../report-renderer.js';
import { buildMonthlyReportFixture } from './monthly-report.fixture.js';
import type { MonthlyReportModel } from './monthly-report.model.js';

const HOSTILE = '<script>alert(1)</script>';
const artifactsDir = join(dirname(findReportsDir()), 'test-artifacts', 'reporting');

function hostileModel(overrides: Partial<MonthlyReportModel> = {}): MonthlyReportModel {
  const model = buildMonthlyReportFixture(overrides);
  model.byOperator[0] = { ...model.byOperator[0], label: HOSTILE };
  model.unassignedOperators = [...model.unassignedOperators, `"><img src=x onerror=alert(2)>`];
  model.frtDistributions = [
    ...model.frtDistributions,
    { label: `agency:</script><script>alert(3)</script>`, values: [60, 600] },
  ];
  return model;
}

function chartDocument(html: string): {
  charts: {
    canvasId: string;
    config: { data: { labels: string[]; datasets: { label: string; data: number[] }[] } };
  }[];
} {
  const match = /<script type="application\/json" id="report-chart-data">([\s\S]*?)<\/script>/.exec(html);
  if (!match) throw new Error('no chart data element');
  return JSON.parse(match[1]);
}

describe('monthly report HTML', () => {
  let renderer: ReportRenderer;
  let en: string;
  let de: string;

  beforeAll(async () => {
    renderer = await ReportRenderer.create();
    en = renderer.renderMonthlyReport(hostileModel({ locale: 'en' }));
    de = renderer.renderMonthlyReport(hostileModel({ locale: 'de' }));
    await mkdir(artifactsDir, { recursive: true });
    await writeFile(join(artifactsDir, 'monthly-report.hostile-text.en.html'), en);
    await writeFile(join(artifactsDir, 'monthly-report.hostile-text.de.html'), de);
  });

  it('is a complete document in the report language', () => {
    expect(en.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(en).toContain('<html lang="en">');
    expect(de).toContain('<html lang="de">');
  });

  it('says DEMO DATA in the banner, in the watermark repeated on every printed page, and in the title', () => {
    expect(en).toMatch(
      /<div class="demo-banner"[^>]*>\s*<strong class="demo-banner-label">DEMO DATA<\/strong>/,
    );
    expect(en).toMatch(/<div class="demo-watermark"[^>]*>DEMO DATA<\/div>/);
    expect(en).toMatch(/<title>DEMO DATA – /);
    expect(de).toMatch(/<strong class="demo-banner-label">DEMO-DATEN<\/strong>/);
  });

  it('has no demo banner for real data', () => {
    const html = renderer.renderMonthlyReport(buildMonthlyReportFixture({ isDemo: false }));
    expect(html).not.toContain('class="demo-banner"');
    expect(html).not.toContain('class="demo-watermark"');
    expect(html).not.toContain('DEMO DATA');
  });

  it('shows the workspace name, escaped', () => {
    expect(en).toContain('<p class="workspace-name">Müller &amp; Söhne GmbH</p>');
  });

  it('has every section, in English and in German', () => {
    for (const title of [
      'Summary',
      'Responsiveness',
      'By sourcing group',
      'By operator',
      'First response time distribution',
      'Daily volume',
      'Attribution sources',
      'Operators without a sourcing group',
      'Definitions used',
    ]) {
      expect(en).toContain(`>${title}</h`);
    }
    for (const title of [
      'Zusammenfassung',
      'Reaktionsfähigkeit',
      'Nach Gruppe',
      'Nach Bearbeiter',
      'Verteilung der ersten Antwortzeit',
      'Tägliches Volumen',
      'Quellen der Zuordnung',
      'Bearbeiter ohne Gruppe',
      'Verwendete Definitionen',
    ]) {
      expect(de).toContain(`>${title}</h`);
    }
    expect(de).toContain('Erste Antwortzeit');
  });

  it('formats numbers and durations for the locale', () => {
    // Summary: 1,234 actionable inbound; the agency's median FRT is exactly 7,500 s.
    expect(en).toMatch(/<span class="kpi-value">1,234<\/span>/);
    expect(de).toMatch(/<span class="kpi-value">1\.234<\/span>/);
    // Durations join number and unit with a no-break space (U+00A0); it prints as an ordinary space.
    expect(en).toContain('<td class="num">2\u00a0h 5\u00a0min</td>');
    expect(de).toContain('<td class="num">2\u00a0Std. 5\u00a0Min.</td>');
    expect(de).toMatch(/\d+,\d\u00a0%/); // German percent: decimal comma, no-break space before %
    expect(de).toContain('01.04.2025, 00:00'); // period start in Europe/Berlin, not UTC
    expect(en).toContain('1 Apr 2025, 00:00');
    expect(de).toContain('April 2025');
  });

  it('shows "insufficient data" instead of numbers below 20 observations', () => {
    expect(en).toMatch(/<td colspan="4" class="insufficient">insufficient data \(n = 12\)<\/td>/);
    expect(de).toMatch(/<td colspan="4" class="insufficient">zu wenige Daten \(n = 12\)<\/td>/);
  });

  it("names sourcing groups in the reader's language", () => {
    expect(en).toContain('<th scope="row">In-house</th>');
    expect(en).toContain('<th scope="row">Agency: CallCo</th>');
    expect(de).toContain('<th scope="row">Eigenes Team</th>');
    expect(de).toContain('<th scope="row">Agentur: CallCo</th>');
  });

  it("gives the unknown responder its own section, named in the reader's language", () => {
    const model = buildMonthlyReportFixture({ locale: 'de' });
    const unknown = { ...model.byOperator[0], key: 'unknown', label: 'unknown', sourcingGroup: null };
    const html = renderer.renderMonthlyReport({ ...model, byOperator: [...model.byOperator, unknown] });
    expect(html).toContain('<th colspan="10" scope="rowgroup">Unbekannt</th>');
    expect(html).toContain('<th scope="row">Unbekannt</th>');
  });

  it('shows each attribution source as a share of its group and of all outbound items', () => {
    // In-house: 336 of its 610 items are named by the platform; 336 of all 1,380 items.
    expect(en).toMatch(
      /<td>In-house<\/td>\s*<td>Named by the platform<\/td>\s*<td class="num">336<\/td>\s*<td class="num">55.1%<\/td>\s*<td class="num">24.3%<\/td>/,
    );
  });

  it('escapes hostile platform text everywhere it appears', () => {
    expect(en).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(en).not.toContain(HOSTILE);
    expect(en).toContain('&quot;&gt;&lt;img src&#x3D;x onerror&#x3D;alert(2)&gt;');
    expect(en).not.toContain('<img');
    // The only script elements are the chart data, chart.js and the chart script.
    expect(en.match(/<\/script>/g)).toHaveLength(3);
    expect(en).not.toContain('alert(3)</script>');
  });

  it('references nothing on the network', () => {
    expect(en).not.toMatch(/\b(?:src|href|action|srcset|poster)\s*=\s*["']?\s*(?:https?:)?\/\//i);
    expect(en).not.toMatch(/url\(\s*["']?\s*(?:https?:)?\/\//i);
    expect(en).not.toMatch(/@import/i);
    expect(en).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none';`);
  });

  it('embeds the chart data as JSON that cannot close its script element', () => {
    const document = chartDocument(en);
    expect(document.charts.map((chart) => chart.canvasId)).toEqual(['chart-frt', 'chart-volume']);
    const frt = document.charts[0].config.data;
    expect(frt.labels).toEqual(['< 5 min', '5–15 min', '15–60 min', '1–4 h', '4–24 h', '> 24 h']);
    expect(frt.datasets.map((d) => d.label)).toEqual([
      'In-house',
      'Agency: CallCo',
      'Agency: </script><script>alert(3)</script>',
    ]);
    for (const dataset of frt.datasets) expect(dataset.data.reduce((a, b) => a + b, 0)).toBeCloseTo(100, 0);
    const volume = document.charts[1].config.data;
    expect(volume.labels).toHaveLength(30);
    expect(volume.datasets[0].data.reduce((a, b) => a + b, 0)).toBe(1234);
    expect(chartDocument(de).charts[0].config.data.labels[5]).toBe('> 24 Std.');
    for (const id of ['chart-frt', 'chart-volume']) expect(en).toContain(`<canvas id="${id}"`);
  });

  it('inlines chart.js and the chart script that sets window.__chartsReady', () => {
    expect(en).toContain('Chart.js v4');
    expect(en).toContain('window.__chartsReady = true');
  });

  it('renders through the one-call function as well', async () => {
    const html = await renderMonthlyReportHtml(buildMonthlyReportFixture({ locale: 'de' }));
    expect(html).toContain('<html lang="de">');
  });

  it('fails clearly for a locale without a locale file', () => {
    const model = { ...buildMonthlyReportFixture(), locale: 'fr' } as unknown as MonthlyReportModel;
    expect(() => renderer.renderMonthlyReport(model)).toThrow(/No locale file locales\/fr\.json/);
  });
});
