// Both report kinds as PDF, the way a reader gets them: A4, numbered pages, fonts embedded, every chart whole
// on one page and actually drawn, platform text as text. One browser for the file (PdfRenderer reuses it).
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import {
  CHART_BLUE,
  CHART_ORANGE,
  colourShare,
  readPdf,
  renderPagesToPng,
  type PdfPageContent,
} from '../../../../test/support/pdf-inspection.js';
import { findReportsDir } from '../find-reports-dir.js';
import { buildIncidentAuditFixture } from '../incidents/incident-audit.fixture.js';
import { buildEngineReportFixture } from '../monthly/engine/engine-report.fixture.js';
import { ReportRenderer } from '../report-renderer.js';
import { fontsOf } from './pdf-fonts.test-helper.js';
import { PdfRenderer } from './pdf-renderer.js';

const artifactsDir = join(dirname(findReportsDir()), 'test-artifacts', 'reporting');

type Read = { doc: PDFDocumentProxy; pages: PdfPageContent[] };

describe('report PDFs: the monthly report with the engine sections, and the incident audit', () => {
  const pdf = new PdfRenderer();
  let en: Read;
  let de: Read;
  let audit: Read;
  let answeringGroups = 0;

  beforeAll(async () => {
    await mkdir(artifactsDir, { recursive: true });
    const renderer = await ReportRenderer.create();
    const model = buildEngineReportFixture({ accounts: 3, hostile: true, resamples: 400, isDemo: true });
    answeringGroups = model.engine!.responsiveness.frtBoxes.filter((box) => box.count > 0).length;
    const files: [string, Buffer][] = [
      ['engine-report.en.pdf', await pdf.renderPdf(renderer.renderMonthlyReport(model))],
      ['engine-report.de.pdf', await pdf.renderPdf(renderer.renderMonthlyReport({ ...model, locale: 'de' }))],
      [
        'incident-audit.de.pdf',
        await pdf.renderPdf(renderer.renderIncidentAudit(buildIncidentAuditFixture('de'))),
      ],
    ];
    for (const [name, content] of files) await writeFile(join(artifactsDir, name), content);
    [en, de, audit] = await Promise.all(files.map(([, content]) => readPdf(content)));
  }, 120_000);

  afterAll(async () => {
    await pdf.close();
    await Promise.all([en, de, audit].map((read) => read?.doc.destroy()));
  });

  it('starts with the recommendation on page one, in English and German', () => {
    expect(en.pages[0].text).toContain('Recommendation');
    expect(en.pages[0].text).toMatch(/Overall recommendation (Keep in-house|Outsource|Inconclusive)/);
    expect(en.pages[0].text).toContain('Break-even cost');
    expect(de.pages[0].text).toContain('Empfehlung');
    expect(de.pages[0].text).toContain('Kostenschwelle');
    // Page one is the recommendation alone: the summary begins on page two.
    expect(en.pages[0].text).not.toContain('Actionable inbound');
    expect(en.pages[1].text).toContain('Summary');
  });

  it('numbers every page and says DEMO DATA on each of them', () => {
    const numbered = (read: Read, label: string) =>
      read.pages.forEach((page, i) =>
        expect(page.text).toMatch(new RegExp(`${label} ${i + 1} / ${read.doc.numPages}\\b`)),
      );
    numbered(en, 'page');
    numbered(de, 'Seite');
    numbered(audit, 'Seite');
    for (const page of en.pages) expect(page.text).toContain('DEMO DATA');
  });

  it('embeds every font it uses (subsets), so the report looks the same on any machine', async () => {
    for (const read of [en, audit]) {
      const fonts = await fontsOf(read.doc);
      expect(fonts.length).toBeGreaterThan(0);
      expect(fonts.filter((font) => !font.embedded)).toEqual([]);
      expect(fonts.filter((font) => !font.subset)).toEqual([]);
    }
  });

  it('prints each chart whole on one page: three chart images, each painted once at full size', () => {
    const images = en.pages.flatMap((page, index) =>
      page.images.map((image) => ({ ...image, page: index + 1 })),
    );
    // A chart cut by a page break is painted twice, once on each page: exactly one image per chart proves
    // none was. Canvases are 680 px wide at devicePixelRatio 2; the box chart is 110 + 48 px per group tall.
    const boxHeight = 2 * (110 + 48 * answeringGroups);
    expect(answeringGroups).toBe(2);
    expect(images.map((image) => `${image.width}x${image.height}`)).toEqual([
      '1360x560',
      `1360x${boxHeight}`,
      '1360x520',
    ]);
    // The coverage heat map (a table) is not cut either: all seven weekdays on the page of its caption.
    const heatmapPage = en.pages.find((page) => page.text.includes('Coverage: inbound volume'))!;
    for (const day of ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'])
      expect(heatmapPage.text).toContain(day);
  });

  it('draws the charts: the box chart and the histogram carry both groups’ colours, on the rendered pages too', async () => {
    const images = en.pages.flatMap((page) => page.images);
    const [histogram, boxes] = images;
    for (const image of [histogram, boxes]) {
      expect(colourShare(image.data, CHART_BLUE)).toBeGreaterThan(0.005);
      expect(colourShare(image.data, CHART_ORANGE)).toBeGreaterThan(0.005);
    }
    const pixels = await renderPagesToPng(en.doc, artifactsDir, 'engine-report.en');
    const withCharts = en.pages.map((page, i) => (page.images.length > 0 ? i : -1)).filter((i) => i >= 0);
    for (const i of withCharts)
      expect(colourShare(pixels[i], CHART_BLUE) + colourShare(pixels[i], CHART_ORANGE)).toBeGreaterThan(
        0.003,
      );
  });

  it('prints platform text as text in the PDF', () => {
    const all = en.pages.map((page) => page.text).join(' ');
    expect(all).toContain('<script>alert("post")</script> {{constructor.constructor}} & "quoted"');
    const auditText = audit.pages.map((page) => page.text).join(' ');
    expect(auditText).toContain('<b>drive</b> {{this}}');
  });

  it('prints the incident audit in German: timeline, assignment, evidence and audit log', async () => {
    const text = audit.pages.map((page) => page.text).join(' ');
    for (const phrase of [
      'Prüfbericht zu Vorfällen',
      'Zeitlinie',
      'Eingetreten 09.03.2011, 23:10',
      'Diesem Konto zugeordnet, aber nicht im Dienst, als es geschah.',
      'Beweismittel wie erfasst',
      'Einträge im Prüfprotokoll zu diesem Vorfall',
      'Inhalt ergibt diesen Hash',
    ])
      expect(text).toContain(phrase);
    await renderPagesToPng(audit.doc, artifactsDir, 'incident-audit.de');
  });
});
