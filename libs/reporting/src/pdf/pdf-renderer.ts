// HTML report → A4 PDF with headless Chromium. One browser serves many reports (launching costs far more than
// rendering); each report gets a fresh context, so nothing (storage, cache, routes) carries from one to the next.
// The page is cut off from the network: reports contain platform text, and a PDF renderer that fetches URLs
// from untrusted text is a server-side request forgery waiting to happen.
import { chromium, type Browser, type BrowserContext } from 'playwright-core';
import { locateChromium, type ChromiumLaunchSpec } from './chromium-locator.js';

export interface PdfRendererOptions {
  /** Finds the browser to launch; default: locateChromium(). */
  locateBrowser?: () => Promise<ChromiumLaunchSpec>;
  /** How long to wait for the report's charts (window.__chartsReady). Default 30 s. */
  chartsTimeoutMs?: number;
  /** Told about every request the renderer blocked (the report itself never makes one). */
  onBlockedRequest?: (url: string) => void;
}

/** Margins shared with reports/styles/report.css (@page), so a browser's own print looks the same. */
export const PDF_MARGINS = { top: '14mm', right: '14mm', bottom: '16mm', left: '14mm' } as const;

const DEFAULT_CHARTS_TIMEOUT_MS = 30_000;

interface ReportWindow {
  __chartsReady?: boolean;
  __chartsError?: string;
}

export class PdfRenderer {
  private browserPromise: Promise<Browser> | null = null;

  constructor(private readonly options: PdfRendererOptions = {}) {}

  async renderPdf(html: string): Promise<Buffer> {
    const browser = await this.browser();
    const context = await browser.newContext({ serviceWorkers: 'block', acceptDownloads: false });
    try {
      await this.isolate(context);
      const page = await context.newPage();
      await page.setContent(html, { waitUntil: 'load' });
      await this.waitForCharts(page);
      const { pageLabel, footerNote } = await page.evaluate(() => ({
        pageLabel:
          document.querySelector('meta[name="report-page-label"]')?.getAttribute('content') ?? 'page',
        footerNote: document.querySelector('meta[name="report-footer-note"]')?.getAttribute('content') ?? '',
      }));
      const pdf = await page.pdf({
        format: 'A4',
        printBackground: true,
        displayHeaderFooter: true,
        headerTemplate: '<span></span>',
        footerTemplate: footerTemplate(pageLabel, footerNote),
        margin: PDF_MARGINS,
      });
      return Buffer.from(pdf);
    } finally {
      await context.close();
    }
  }

  /** Closes the browser. The renderer stays usable: the next renderPdf launches a new one. */
  async close(): Promise<void> {
    const pending = this.browserPromise;
    this.browserPromise = null;
    const browser = await pending?.catch(() => null);
    await browser?.close();
  }

  private browser(): Promise<Browser> {
    if (!this.browserPromise) {
      const launching = this.launch();
      this.browserPromise = launching;
      // A failed launch or a crashed browser must not poison the renderer: the next report tries again.
      launching.then(
        (browser) => browser.on('disconnected', () => this.forget(launching)),
        () => this.forget(launching),
      );
    }
    return this.browserPromise;
  }

  private forget(launching: Promise<Browser>): void {
    if (this.browserPromise === launching) this.browserPromise = null;
  }

  private async launch(): Promise<Browser> {
    const spec = await (this.options.locateBrowser ?? locateChromium)();
    return chromium.launch({ executablePath: spec.executablePath, args: spec.args, headless: true });
  }

  // setContent loads no URL, so every request a page makes is something the report did not ask for.
  private async isolate(context: BrowserContext): Promise<void> {
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith('data:')) return route.continue();
      this.options.onBlockedRequest?.(url);
      return route.abort('blockedbyclient');
    });
    await context.routeWebSocket(/.*/, (socket) => {
      this.options.onBlockedRequest?.(socket.url());
      return socket.close();
    });
  }

  private async waitForCharts(page: import('playwright-core').Page): Promise<void> {
    const timeout = this.options.chartsTimeoutMs ?? DEFAULT_CHARTS_TIMEOUT_MS;
    try {
      await page.waitForFunction(
        () => {
          const w = window as unknown as ReportWindow;
          return w.__chartsReady === true || typeof w.__chartsError === 'string';
        },
        undefined,
        { timeout },
      );
    } catch (error) {
      throw new Error(
        `The report's charts did not signal window.__chartsReady within ${timeout} ms ` +
          '(does the layout inline reports/scripts/render-charts.js?)',
        { cause: error },
      );
    }
    const chartError = await page.evaluate(() => (window as unknown as ReportWindow).__chartsError ?? null);
    if (chartError) throw new Error(`The report's charts failed to render: ${chartError}`);
  }
}

// Chromium fills .title (the document's <title>), .pageNumber and .totalPages itself; the footer needs its own
// font size (the default is unreadably small). The report's texts (page label, the branding's footer line) are
// escaped here: the template is markup that Chromium renders outside the page's CSP.
function footerTemplate(pageLabel: string, footerNote: string): string {
  const note = footerNote
    ? `<span style="flex:1;text-align:center;padding:0 4mm;">${escapeHtml(footerNote)}</span>`
    : '';
  return (
    '<div style="width:100%;font-size:8px;font-family:Helvetica,Arial,sans-serif;color:#5b6675;' +
    'padding:0 14mm;display:flex;justify-content:space-between;-webkit-print-color-adjust:exact;">' +
    '<span class="title"></span>' +
    note +
    `<span>${escapeHtml(pageLabel)} <span class="pageNumber"></span> / <span class="totalPages"></span></span>` +
    '</div>'
  );
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
