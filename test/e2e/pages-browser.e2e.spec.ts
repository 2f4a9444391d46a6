// The pages as a person uses them, in a real browser (the Chromium that renders the PDFs): log in, read the
// dashboard (in English and German), open a report, see who runs what, upload a file with bad rows and see
// them. Screenshots go to test-artifacts/pages/.
import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { locateChromium } from '#reporting';
import { startServer, type RunningServer } from '../support/processes.js';
import { useProcessDatabase } from '../support/test-database.js';
import { WorkspaceRepository } from '#persistence';
import { seedIncident, twcsWithBadRows, withProcessDatabase } from './api-support.js';

const ARTIFACTS = path.resolve('test-artifacts/pages');
const ADMIN = { email: 'admin@demo.local', password: 'a long demo password' };

describe('pages in a browser', () => {
  const db = useProcessDatabase();
  let server: RunningServer;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    server = await startServer({ ...db.env, LEDGER_WORKER: 'off', LEDGER_ADMIN_PASSWORD: ADMIN.password });
    const spec = await locateChromium();
    browser = await chromium.launch({ executablePath: spec.executablePath, args: spec.args });
    page = await (
      await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-GB' })
    ).newPage();
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  const shot = (name: string) =>
    page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`), fullPage: true });

  test('a visitor is sent to the login page; a wrong password says so; the right one opens the dashboard', async () => {
    await page.goto(`${server.baseUrl}/w/demo/reports`);
    expect(new URL(page.url()).pathname).toBe('/login');
    await page.fill('input[name=email]', ADMIN.email);
    await page.fill('input[name=password]', 'not the password');
    await page.click('button[type=submit]');
    await expect(page.getByRole('alert').textContent()).resolves.toContain('wrong');
    await page.fill('input[name=password]', ADMIN.password);
    await page.click('button[type=submit]');
    await page.waitForURL(`${server.baseUrl}/w/demo/reports`);
    await page.click('nav >> text=Dashboard');
    await page.waitForURL(`${server.baseUrl}/w/demo`);
    const headline = page.getByTestId('headline');
    await expect(headline.textContent()).resolves.toContain('Median first response time');
    const body = (await page.textContent('main')) ?? '';
    expect(body).toContain('DEMO DATA');
    expect(body).toMatch(/in_house/);
    expect(body).toMatch(/agency:/);
    expect(body).toContain('Data completeness');
    await shot('dashboard');
  });

  test('the dashboard in German', async () => {
    await page.goto(`${server.baseUrl}/w/demo?lang=de`);
    expect(await page.textContent('h1')).toBe('Übersicht');
    expect(await page.getByTestId('headline').textContent()).toContain('Antwortquote');
    await shot('dashboard-de');
    await page.goto(`${server.baseUrl}/w/demo?lang=en`);
  });

  test('the report archive opens the HTML report and serves its PDF', async () => {
    await page.click('nav >> text=Reports');
    expect(await page.textContent('h1')).toBe('Report archive');
    await shot('reports');
    const pdfHref = await page.getAttribute('a:has-text("Download PDF")', 'href');
    const pdf = await page.request.get(`${server.baseUrl}${pdfHref}`);
    expect(pdf.headers()['content-type']).toBe('application/pdf');
    expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');
    await page.click('a:has-text("View HTML")');
    await page.waitForURL(/\/w\/demo\/reports\/[0-9a-f-]{36}\/html$/);
    expect(await page.textContent('body')).toContain('DEMO DATA');
    await page.waitForFunction(
      () => (window as unknown as { __chartsReady?: boolean }).__chartsReady === true,
    );
    await shot('report');
    await page.goBack();
  });

  test('accounts and roster: who runs which account, from when, on which shifts', async () => {
    await page.goto(`${server.baseUrl}/w/demo/roster`);
    const rows = await page.$$eval('table:nth-of-type(2) tbody tr', (trs) =>
      trs.map((tr) => tr.textContent ?? ''),
    );
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.join('\n')).toMatch(/agency:/);
    expect(rows.join('\n')).toMatch(/\d{2}:\d{2}–\d{2}:\d{2}/);
    await shot('roster');
  });

  test('an upload with bad rows keeps the good ones and lists the bad ones with line and reason', async () => {
    await page.goto(`${server.baseUrl}/w/demo/imports`);
    await page.selectOption('select[name=kind]', 'twcs');
    const content = twcsWithBadRows();
    await page.setInputFiles('input[name=file]', {
      name: 'support-export.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(content),
    });
    await page.click('button:has-text("Import")');
    await page.waitForURL(/\/w\/demo\/imports\/[0-9a-f-]{36}$/);
    expect(await page.getByTestId('import-summary').textContent()).toBe(
      '95 rows read, 93 imported, 2 rejected.',
    );
    const rejected = await page.$$eval('[data-testid=rejected-rows] tbody tr', (trs) =>
      trs.map((tr) => Array.from(tr.querySelectorAll('td')).map((td) => td.textContent ?? '')),
    );
    const lines = content.split('\n').length - 1;
    expect(rejected.map((r) => Number(r[0]))).toEqual([lines - 1, lines]);
    expect(rejected.map((r) => r[1])).toEqual(['created_at', 'tweet_id']);
    await shot('import-result');
    // The import is in the history, and the dashboard's completeness counts it.
    await page.click('text=Back to imports');
    expect(await page.textContent('main')).toContain('support-export.csv');
    await page.goto(`${server.baseUrl}/w/demo`);
    expect(await page.textContent('main')).toContain('1 with rejected rows');
  });

  test('the incident register filters by severity and opens an incident with its timeline', async () => {
    // Incidents come from detection or a report; here two are put in the ledger while the server is stopped.
    await server.stop();
    await withProcessDatabase(db.env, async (d) => {
      const demo = await new WorkspaceRepository(d.dataSource).findBySlug('demo');
      await seedIncident(d, demo!.id, 'Reply sent from the wrong account', 'critical');
      await seedIncident(d, demo!.id, 'Joke off brand voice', 'low');
    });
    server = await startServer({ ...db.env, LEDGER_WORKER: 'off' });
    await page.goto(`${server.baseUrl}/w/demo/incidents`);
    const titles = () =>
      page.$$eval('[data-testid=incidents] tbody tr td:nth-child(2) a', (as) => as.map((a) => a.textContent));
    // The demo's own incidents (its two months), found by the detection rules when it was created, newest
    // first, 50 a page; the two reported ones happened in 2017 and are on the last page.
    const first = await titles();
    expect(first).toHaveLength(50);
    expect(first.some((title) => /SLA breaches in a row/.test(title ?? ''))).toBe(true);
    const paging = /Incidents 1–50 \/ (\d+)/.exec((await page.getByTestId('paging').textContent()) ?? '');
    const total = Number(paging?.[1]);
    expect(total).toBeGreaterThan(50);
    await page.click('text=Older →');
    await page.waitForURL(/offset=50/);
    expect(await titles()).toHaveLength(Math.min(50, total - 50));
    const lastOffset = Math.floor((total - 1) / 50) * 50;
    await page.goto(page.url().replace('offset=50', `offset=${lastOffset}`));
    const last = await titles();
    expect(last).toHaveLength(total - lastOffset);
    expect(last.slice(-2).sort()).toEqual(['Joke off brand voice', 'Reply sent from the wrong account']);
    await page.selectOption('select[name=kind]', 'manual');
    await page.click('button:has-text("Apply")');
    await page.waitForURL(/kind=manual/);
    expect((await titles()).sort()).toEqual(['Joke off brand voice', 'Reply sent from the wrong account']);
    await page.selectOption('select[name=severity]', 'critical');
    await page.click('button:has-text("Apply")');
    await page.waitForURL(/severity=critical/);
    expect(await titles()).toEqual(['Reply sent from the wrong account']);
    await shot('incidents');
    await page.click('text=Reply sent from the wrong account');
    await page.waitForURL(/\/w\/demo\/incidents\/[0-9a-f-]{36}$/);
    expect(await page.textContent('main')).toContain('captured before deletion');
    await shot('incident');
  });

  test('logging out ends the session', async () => {
    await page.click('header button:has-text("Log out")');
    await page.waitForURL(`${server.baseUrl}/login`);
    await page.goto(`${server.baseUrl}/w/demo`);
    expect(new URL(page.url()).pathname).toBe('/login');
  });
});
