// `npm start` on a fresh database: the server creates the labelled demo workspace, issues its latest monthly
// report and an administrator to log in with, says where they are, and serves the list, the HTML and the PDF
// to the logged-in administrator (and to nobody else).
import fs from 'node:fs';
import path from 'node:path';
import { startServer, type RunningServer } from '../support/processes.js';
import {
  CHART_BLUE,
  CHART_ORANGE,
  colourShare,
  readPdf,
  renderPagesToPng,
} from '../support/pdf-inspection.js';
import { useProcessDatabase } from '../support/test-database.js';

const ARTIFACTS = path.resolve('test-artifacts/e2e');

describe('first start of the server', () => {
  const db = useProcessDatabase();
  let server: RunningServer;
  let reportUrl: string;
  let cookie: string;
  const get = (url: string, init: RequestInit = {}) =>
    fetch(url, { ...init, headers: { cookie, ...(init.headers as Record<string, string>) } });

  beforeAll(async () => {
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    server = await startServer(db.env);
    reportUrl = /Demo report:\s+(\S+)\/html/.exec(server.output())?.[1] ?? '';
  }, 120_000);

  test('prints the administrator it created, once, and that login works', async () => {
    const match = /Admin login:\s+(\S+)\s+password: (\S+)/.exec(server.output());
    expect(match?.[1]).toBe('admin@demo.local');
    const response = await fetch(`${server.baseUrl}/login`, {
      method: 'POST',
      redirect: 'manual',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: server.baseUrl },
      body: new URLSearchParams({ email: match![1], password: match![2] }),
    });
    expect(response.status).toBe(303);
    const setCookie = response.headers.getSetCookie().find((c) => c.startsWith('ledger_session='));
    expect(setCookie).toMatch(/HttpOnly/);
    expect(setCookie).toMatch(/SameSite=Lax/);
    cookie = setCookie!.split(';')[0];
  });

  afterAll(async () => {
    await server?.stop();
  });

  test('prints where to open the demo report: URL and files', () => {
    expect(reportUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/w\/demo\/reports\/[0-9a-f-]{36}$/);
    const files = [...server.output().matchAll(/(\/\S+\.(?:html|pdf))$/gm)].map((m) => m[1]);
    expect(files).toHaveLength(2);
    for (const file of files) expect(fs.existsSync(file)).toBe(true);
    // The archive's own copies, named by the report id: the ones the server checks and serves.
    const id = reportUrl.split('/').at(-1);
    expect(files.map((f) => path.relative(db.dataDir, f))).toEqual([
      expect.stringMatching(new RegExp(`^archive/[0-9a-f-]{36}/${id}\\.html$`)),
      expect.stringMatching(new RegExp(`^archive/[0-9a-f-]{36}/${id}\\.pdf$`)),
    ]);
  });

  test('without a login the report is not served: the browser is sent to the login page', async () => {
    const response = await fetch(`${reportUrl}/pdf`, { redirect: 'manual' });
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe(
      `/login?next=${encodeURIComponent(new URL(reportUrl).pathname + '/pdf')}`,
    );
    expect((await fetch(`${server.baseUrl}/api/v1/workspaces/demo/reports`)).status).toBe(401);
  });

  test('the report list shows the demo report, labelled as demo data', async () => {
    const page = await get(`${server.baseUrl}/`);
    expect(page.url).toBe(`${server.baseUrl}/w/demo`);
    const html = await (await get(`${server.baseUrl}/w/demo/reports`)).text();
    expect(html).toContain('DEMO DATA');
    expect(html).toContain(`${new URL(reportUrl).pathname}/pdf`);
    const api = (await (await get(`${server.baseUrl}/api/v1/workspaces/demo/reports`)).json()) as {
      data: { id: string }[];
    };
    expect(api.data).toHaveLength(1);
    expect(api.data[0].id).toBe(reportUrl.split('/').at(-1));
  });

  test('the HTML report is complete offline and says demo data', async () => {
    const response = await get(`${reportUrl}/html`);
    expect(response.headers.get('content-type')).toMatch(/text\/html/);
    // Confidential: kept out of shared caches and the browser's disk cache.
    expect(response.headers.get('cache-control')).toBe('private, no-store');
    const html = await response.text();
    expect(html).toContain('DEMO DATA');
    expect(html).toMatch(/<canvas/);
    // Nothing to fetch: no script, style or image from the network.
    expect(html).not.toMatch(/(src|href)=["']https?:/);
  });

  test('the PDF says demo data on every page and its pages, as images, show the charts', async () => {
    const response = await get(`${reportUrl}/pdf`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(response.headers.get('cache-control')).toBe('private, no-store');
    const pdf = new Uint8Array(await response.arrayBuffer());
    fs.writeFileSync(path.join(ARTIFACTS, 'demo-report.pdf'), pdf);
    const { doc, pages } = await readPdf(pdf);
    try {
      expect(pages.length).toBeGreaterThanOrEqual(2);
      for (const page of pages) expect(page.text).toContain('DEMO DATA');
      const pixels = await renderPagesToPng(doc, ARTIFACTS, 'demo-report');
      // The volume chart's inbound bars (blue) and the outbound bars (orange) are painted somewhere.
      const blue = Math.max(...pixels.map((p) => colourShare(p, CHART_BLUE)));
      const orange = Math.max(...pixels.map((p) => colourShare(p, CHART_ORANGE)));
      expect(blue).toBeGreaterThan(0.002);
      expect(orange).toBeGreaterThan(0.002);
    } finally {
      await doc.destroy();
    }
  });

  test('an unknown report is a 404 that says which', async () => {
    const response = await get(`${server.baseUrl}/w/demo/reports/00000000-0000-4000-8000-000000000000/pdf`);
    expect(response.status).toBe(404);
    expect(await response.text()).toContain('00000000-0000-4000-8000-000000000000');
  });

  test('an archived file changed on disk is refused with the report named, never served', async () => {
    const id = reportUrl.split('/').at(-1)!;
    const archivedPdf = [...server.output().matchAll(/(\/\S+\.pdf)$/gm)][0][1];
    fs.chmodSync(archivedPdf, 0o644); // the archive writes its copies read-only
    const bytes = fs.readFileSync(archivedPdf);
    bytes[bytes.length - 100] ^= 0x01;
    fs.writeFileSync(archivedPdf, bytes);
    const page = await get(`${reportUrl}/pdf`);
    expect(page.status).toBe(409);
    expect(page.headers.get('content-type')).toMatch(/text\/html/);
    const text = await page.text();
    expect(text).toContain(id);
    expect(text).toContain('changed after it was issued');
    expect(text).not.toContain('%PDF');
    // Logged (the logger writes asynchronously: the line may follow the answer by a moment).
    const line = `The archived PDF of report ${id} was altered`;
    for (let waited = 0; !server.output().includes(line) && waited < 5000; waited += 100)
      await new Promise((resolve) => setTimeout(resolve, 100));
    expect(server.output()).toContain(line);
  });
});
