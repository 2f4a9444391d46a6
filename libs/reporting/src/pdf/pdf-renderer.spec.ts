// The PDF as a reader gets it, rendered by real headless Chromium (found by locateChromium) and read back with
// pdfjs-dist. One browser for the whole file: PdfRenderer reuses it across reports, and afterAll closes it.
//
// Charts are canvases; Chromium prints each as one RGBA image at devicePixelRatio 2. "Really drawn" is checked
// on those images (right size, the chart's series colours present, not blank) and again on each page rendered
// to PNG by pdfjs with @napi-rs/canvas (pdfjs-dist's optional dependency, present here), which proves the
// images are painted onto the page and gives a reviewer pictures to look at.
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import {
  CHART_BLUE,
  CHART_ORANGE,
  colourShare,
  readPdf,
  renderPagesToPng,
  type PdfPageContent as PageContent,
} from '../../../../test/support/pdf-inspection.js';
import { findReportsDir } from '../find-reports-dir.js';
import { buildMonthlyReportFixture } from '../monthly/monthly-report.fixture.js';
import { ReportRenderer } from '../report-renderer.js';
import { PdfRenderer } from './pdf-renderer.js';

const artifactsDir = join(dirname(findReportsDir()), 'test-artifacts', 'reporting');
const INBOUND_BLUE = CHART_BLUE;
const OUTBOUND_ORANGE = CHART_ORANGE;

describe('monthly report PDF', () => {
  const blocked: string[] = [];
  const pdfRenderer = new PdfRenderer({ onBlockedRequest: (url) => blocked.push(url) });
  let en: { doc: PDFDocumentProxy; pages: PageContent[] };
  let de: { doc: PDFDocumentProxy; pages: PageContent[] };

  beforeAll(async () => {
    await mkdir(artifactsDir, { recursive: true });
    const reports = await ReportRenderer.create();
    const model = buildMonthlyReportFixture();
    const htmlEn = reports.renderMonthlyReport(model);
    const htmlDe = reports.renderMonthlyReport({ ...model, locale: 'de' });

    // How long it takes is measured by the reports benchmark (npm run bench), not here.
    const pdfEn = await pdfRenderer.renderPdf(htmlEn);
    const pdfDe = await pdfRenderer.renderPdf(htmlDe);

    await writeFile(join(artifactsDir, 'monthly-report.en.html'), htmlEn);
    await writeFile(join(artifactsDir, 'monthly-report.de.html'), htmlDe);
    await writeFile(join(artifactsDir, 'monthly-report.en.pdf'), pdfEn);
    await writeFile(join(artifactsDir, 'monthly-report.de.pdf'), pdfDe);
    en = await readPdf(pdfEn);
    de = await readPdf(pdfDe);
  }, 120_000);

  afterAll(async () => {
    await pdfRenderer.close();
    await Promise.all([en?.doc.destroy(), de?.doc.destroy()]);
  });

  it('is A4 with at least one page', async () => {
    expect(en.doc.numPages).toBeGreaterThanOrEqual(1);
    const { view } = await en.doc.getPage(1);
    // A4 is 595.28 × 841.89 pt; Chromium rounds the page to whole CSS pixels (794 × 1123 px = 595.5 × 842.25 pt, give or take).
    expect(Math.abs(view[2] - 595.28)).toBeLessThan(1.5);
    expect(Math.abs(view[3] - 841.89)).toBeLessThan(1.5);
  });

  it('names the workspace and says DEMO DATA on every page', () => {
    expect(en.pages[0].text).toContain('Müller & Söhne GmbH');
    for (const page of en.pages) expect(page.text).toContain('DEMO DATA');
    for (const page of de.pages) expect(page.text).toContain('DEMO-DATEN');
  });

  it('carries every section title', () => {
    const all = en.pages.map((page) => page.text).join(' ');
    for (const title of [
      'Summary',
      'Responsiveness',
      'By sourcing group',
      'By operator',
      'By account',
      'First response time distribution',
      'Daily volume',
      'Attribution sources',
      'Operators without a sourcing group',
      'Definitions used',
    ]) {
      expect(all).toContain(title);
    }
    const allDe = de.pages.map((page) => page.text).join(' ');
    for (const title of [
      'Zusammenfassung',
      'Verteilung der ersten Antwortzeit',
      'Verwendete Definitionen',
      '2 Std. 5 Min.',
      '1.234',
    ]) {
      expect(allDe).toContain(title);
    }
  });

  it('numbers the pages "page X / Y" (German: "Seite X / Y")', () => {
    const total = en.doc.numPages;
    en.pages.forEach((page, i) => expect(page.text).toMatch(new RegExp(`page ${i + 1} / ${total}\\b`)));
    de.pages.forEach((page, i) =>
      expect(page.text).toMatch(new RegExp(`Seite ${i + 1} / ${de.doc.numPages}\\b`)),
    );
  });

  it('draws both charts: two images at print resolution, in their series colours', () => {
    const images = en.pages.flatMap((page) => page.images);
    // The canvases are 680×280 and 680×260 CSS px, printed at devicePixelRatio 2.
    expect(images.map((image) => `${image.width}x${image.height}`)).toEqual(['1360x560', '1360x520']);
    const [frt, volume] = images;
    expect(colourShare(frt.data, INBOUND_BLUE)).toBeGreaterThan(0.01); // in-house bars
    expect(colourShare(frt.data, OUTBOUND_ORANGE)).toBeGreaterThan(0.01); // agency bars
    expect(colourShare(volume.data, INBOUND_BLUE)).toBeGreaterThan(0.02);
    expect(colourShare(volume.data, OUTBOUND_ORANGE)).toBeGreaterThan(0.02);
  });

  it('paints the charts onto the pages (pages rendered to PNG)', async () => {
    const pages = await renderPagesToPng(en.doc, artifactsDir, 'monthly-report.en');
    await renderPagesToPng(de.doc, artifactsDir, 'monthly-report.de');
    const chartPixels = pages.map(
      (data) => colourShare(data, INBOUND_BLUE) + colourShare(data, OUTBOUND_ORANGE),
    );
    const pagesWithCharts = en.pages.map((page) => page.images.length > 0);
    chartPixels.forEach((share, i) => {
      if (pagesWithCharts[i]) expect(share).toBeGreaterThan(0.003);
    });
  });

  it('made no network request while rendering the reports', () => {
    expect(blocked).toEqual([]);
  });

  it('blocks every request a hostile page makes, and still prints', async () => {
    blocked.length = 0;
    const html =
      '<!DOCTYPE html><html><head><link rel="stylesheet" href="https://example.com/x.css"></head><body>' +
      '<img src="http://169.254.169.254/latest/meta-data/"><p>hostile</p>' +
      '<script>fetch("https://example.com/beacon").catch(() => {}); window.__chartsReady = true;</script></body></html>';
    const pdf = await pdfRenderer.renderPdf(html);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(blocked).toEqual(
      expect.arrayContaining(['https://example.com/x.css', 'http://169.254.169.254/latest/meta-data/']),
    );
  });

  it('fails with the chart error instead of printing a report without charts', async () => {
    const html =
      '<!DOCTYPE html><html><body><script>window.__chartsError = "chart.js is not loaded";</script></body></html>';
    await expect(pdfRenderer.renderPdf(html)).rejects.toThrow(
      /charts failed to render: chart.js is not loaded/,
    );
  });

  it('renders reports concurrently on the one browser, each in its own context', async () => {
    const html =
      '<!DOCTYPE html><html><body><p>x</p><script>window.__chartsReady = true;</script></body></html>';
    const pdfs = await Promise.all([
      pdfRenderer.renderPdf(html),
      pdfRenderer.renderPdf(html),
      pdfRenderer.renderPdf(html),
    ]);
    for (const pdf of pdfs) expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  });
});
