// One measurement of the report pipeline in its own process (so that one run's warm caches and heap do not
// flatter the next): the generated month of N accounts through the comparison engine (this month and the
// month before, 2,000 bootstrap resamples each), HTML, and PDF with a cold and then a warm browser.
// Prints one JSON line. Usage: node dist/bench/reports/reports.main.js ACCOUNTS
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { buildEngineReportFixture, PdfRenderer, ReportRenderer } from '#reporting';

export interface ReportsMeasurement {
  accounts: number;
  inbound: number;
  outbound: number;
  /** Templates read and compiled (once per process). */
  templatesMs: number;
  /** Facts → model: both comparisons, every engine section. */
  modelMs: number;
  htmlMs: number;
  htmlBytes: number;
  /** First PDF: launches the browser. */
  coldPdfMs: number;
  /** Second PDF of a fresh model with the browser running. */
  warmPdfMs: number;
  /** model + HTML + PDF with the browser and templates warm: what a report costs in a running server. */
  warmTotalMs: number;
  pages: number;
  scorecardRows: number;
  pdfStartsWithMagic: boolean;
}

async function main(): Promise<void> {
  const accounts = Number(process.argv[2] ?? 5);
  const clock = () => performance.now();
  let t = clock();
  const renderer = await ReportRenderer.create();
  const templatesMs = clock() - t;
  t = clock();
  const model = buildEngineReportFixture({ accounts });
  const modelMs = clock() - t;
  t = clock();
  const html = renderer.renderMonthlyReport(model);
  const htmlMs = clock() - t;
  const pdf = new PdfRenderer();
  try {
    t = clock();
    const first = await pdf.renderPdf(html);
    const coldPdfMs = clock() - t;

    const warmStart = clock();
    const again = buildEngineReportFixture({ accounts });
    const html2 = renderer.renderMonthlyReport(again);
    t = clock();
    const second = await pdf.renderPdf(html2);
    const warmPdfMs = clock() - t;
    const warmTotalMs = clock() - warmStart;

    const doc = await getDocument({ data: new Uint8Array(second), useSystemFonts: false }).promise;
    const pages = doc.numPages;
    await doc.destroy();
    const table =
      /<table class="data-table compact scorecards-table">[\s\S]*?<\/table>/.exec(html)?.[0] ?? '';
    const measurement: ReportsMeasurement = {
      accounts,
      inbound: model.summary.inbound,
      outbound: model.summary.outbound,
      templatesMs,
      modelMs,
      htmlMs,
      htmlBytes: Buffer.byteLength(html),
      coldPdfMs,
      warmPdfMs,
      warmTotalMs,
      pages,
      scorecardRows: (table.match(/<th scope="row">/g) ?? []).length,
      pdfStartsWithMagic:
        first.subarray(0, 5).toString() === '%PDF-' && second.subarray(0, 5).toString() === '%PDF-',
    };
    console.log(JSON.stringify(measurement));
  } finally {
    await pdf.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exitCode = 1;
});
