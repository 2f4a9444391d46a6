// A consultant's and an auditor's path through the reports on the command line, as real processes: the
// incident audit of the Chrysler case in German and English, the monthly report under the consultant's
// branding, `report verify` on the issued PDF and on a copy with one changed byte, the report mailed to
// a recipient through an SMTP server on loopback, and the archive's own copy served by the server after the
// consultant's copies were deleted or edited, and refused once the archive's copy itself was changed.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { openDatabase, resolveDatabaseConfig } from '#persistence';
import { readPdf } from '../support/pdf-inspection.js';
import { runCli, startServer, type RunningServer } from '../support/processes.js';
import { useProcessDatabase } from '../support/test-database.js';
import { CHRYSLER, seedChryslerCase } from './incidents-chrysler.fixture.js';

const LOGO_SVG =
  '<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" width="40" height="20"><rect width="40" height="20" fill="#004488"/></svg>';

describe('ledger report on the command line', () => {
  const db = useProcessDatabase();
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'ledger-reports-'));
  const cli = (...args: string[]) => runCli(args, db.env);
  const mails: ParsedMail[] = [];
  let smtp: SMTPServer;
  let monthlyPdf: string;
  let monthlyHtml: string;
  let monthlyId: string;
  let archivedPdf: string;
  let archivedHtml: string;
  /** The workspace id, from the archive path the CLI printed (`<data dir>/archive/<workspace id>/…`). */
  const chryslerId = (stdout: string) =>
    new RegExp(`archived ${db.dataDir}/archive/([0-9a-f-]{36})/`).exec(stdout)![1];

  beforeAll(async () => {
    const opened = await openDatabase(resolveDatabaseConfig({ ...db.env, LEDGER_DB_POOL_SIZE: '2' }));
    try {
      await seedChryslerCase(opened.dataSource);
    } finally {
      await opened.close();
    }
    expect((await cli('incidents', 'detect', '-w', CHRYSLER.workspace)).code).toBe(0);
    smtp = new SMTPServer({
      hideSTARTTLS: true,
      authOptional: true,
      onData(stream, _session, callback) {
        simpleParser(stream).then(
          (mail) => {
            mails.push(mail);
            callback();
          },
          (error: Error) => callback(error),
        );
      },
    });
    await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
  }, 120_000);

  afterAll(async () => {
    await new Promise<void>((resolve) => smtp?.close(() => resolve()));
    fs.rmSync(out, { recursive: true, force: true });
  });

  test('report incidents: the audit of March 2011 for one account, PDF in German, HTML in English', async () => {
    const de = await cli(
      'report',
      'incidents',
      '-w',
      CHRYSLER.workspace,
      '--from',
      '2011-03-01',
      '--to',
      '2011-03-31',
      '--account',
      CHRYSLER.handle,
      '--locale',
      'de',
      '--out',
      out,
    );
    expect(de.stderr).not.toMatch(/error/i);
    expect(de.code).toBe(0);
    expect(de.stdout).toMatch(
      /Incident audit [0-9a-f-]{36} for chrysler, 2011-03-01 – 2011-03-31 \(de\): 1 incidents, \d+ audit log entries, audit chain intact/,
    );
    const pdfPath = /pdf\s+(\S+\.pdf)/.exec(de.stdout)![1];
    const pdf = await readPdf(fs.readFileSync(pdfPath));
    try {
      const text = pdf.pages.map((page) => page.text).join(' ');
      expect(text).toContain('Prüfbericht zu Vorfällen');
      expect(text).toContain('ChryslerAutos');
      expect(text).toContain('Agentur: New Media Strategies');
      expect(text).toContain(CHRYSLER.text);
      expect(text).toContain('Diesem Konto zugeordnet, aber nicht im Dienst, als es geschah.');
    } finally {
      await pdf.doc.destroy();
    }
    const en = await cli(
      'report',
      'incidents',
      '-w',
      CHRYSLER.workspace,
      '--from',
      '2011-03-01',
      '--to',
      '2011-03-31',
      '--format',
      'html',
      '--out',
      out,
    );
    expect(en.code).toBe(0);
    const html = fs.readFileSync(/html\s+(\S+\.html)/.exec(en.stdout)![1], 'utf8');
    expect(html).toContain('<h1>Incident audit</h1>');
    expect(html).toContain('Assigned to this account but not on shift when it happened.');
  }, 120_000);

  test('report branding, then report monthly: issued under the consultant’s name, logo and language', async () => {
    const logo = path.join(out, 'logo.svg');
    fs.writeFileSync(logo, LOGO_SVG);
    const branded = await cli(
      'report',
      'branding',
      '-w',
      CHRYSLER.workspace,
      '--name',
      'Beispiel Beratung für Chrysler',
      '--logo',
      logo,
      '--primary-colour',
      '#004488',
      '--footer',
      'Vertraulich',
      '--locale',
      'de',
    );
    expect(branded.code).toBe(0);
    expect(branded.stdout).toContain('name           Beispiel Beratung für Chrysler');
    expect(branded.stdout).toMatch(/logo\s+image\/svg\+xml/);
    const refused = await cli('report', 'branding', '-w', CHRYSLER.workspace, '--primary-colour', 'blue');
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('A colour must be #rrggbb or #rgb, got "blue"');

    const monthly = await cli(
      'report',
      'monthly',
      '-w',
      CHRYSLER.workspace,
      '--month',
      '2011-03',
      '--out',
      out,
    );
    expect(monthly.code).toBe(0);
    expect(monthly.stdout).toMatch(/Monthly report [0-9a-f-]{36} for chrysler, 2011-03 \(de\)/);
    expect(monthly.stdout).toMatch(/data fingerprint [0-9a-f]{64}/);
    const html = fs.readFileSync(/html\s+(\S+\.html)/.exec(monthly.stdout)![1], 'utf8');
    expect(html).toContain('<html lang="de">');
    expect(html).toContain('<p class="workspace-name">Beispiel Beratung für Chrysler</p>');
    expect(html).toMatch(/<img class="brand-logo" src="data:image\/svg\+xml;base64,/);
    monthlyPdf = /pdf\s+(\S+\.pdf)/.exec(monthly.stdout)![1];
    monthlyHtml = /html\s+(\S+\.html)/.exec(monthly.stdout)![1];
    monthlyId = /Monthly report ([0-9a-f-]{36})/.exec(monthly.stdout)![1];
    // The copies asked for in --out, and the archive's own under the data directory, named by the report id.
    expect(path.dirname(monthlyPdf)).toBe(out);
    archivedPdf = path.join(db.dataDir, 'archive', chryslerId(monthly.stdout), `${monthlyId}.pdf`);
    archivedHtml = archivedPdf.replace(/\.pdf$/, '.html');
    expect(monthly.stdout).toContain(`archived ${archivedPdf}`);
    expect(monthly.stdout).toContain(`archived ${archivedHtml}`);
    expect(fs.readFileSync(archivedPdf).equals(fs.readFileSync(monthlyPdf))).toBe(true);
    const pdf = await readPdf(fs.readFileSync(monthlyPdf));
    try {
      expect(pdf.pages[0].text).toContain('Beispiel Beratung für Chrysler');
      for (const page of pdf.pages) expect(page.text).toContain('Vertraulich');
    } finally {
      await pdf.doc.destroy();
    }
  }, 120_000);

  test('report verify: the issued PDF verifies; a copy with one changed byte and a stranger do not', async () => {
    const ok = await cli('report', 'verify', monthlyPdf);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toMatch(/^VERIFIED: .* is the PDF of report [0-9a-f-]{36}, unchanged\./);
    expect(ok.stdout).toMatch(/kind\s+monthly-comparison/);
    expect(ok.stdout).toMatch(/data fingerprint\s+[0-9a-f]{64}/);

    const copyDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ledger-copy-'));
    const copy = path.join(copyDir, path.basename(monthlyPdf));
    const bytes = fs.readFileSync(monthlyPdf);
    bytes[bytes.length >> 1] ^= 0x01;
    fs.writeFileSync(copy, bytes);
    const changed = await cli('report', 'verify', copy);
    expect(changed.code).toBe(1);
    expect(changed.stdout).toContain('NOT VERIFIED');
    expect(changed.stdout).toContain('changed after it was issued');
    expect(changed.stdout).toContain(createHash('sha256').update(bytes).digest('hex'));

    const stranger = path.join(copyDir, 'stranger.pdf');
    fs.writeFileSync(stranger, '%PDF-1.4 not ours');
    const unknown = await cli('report', 'verify', stranger);
    expect(unknown.code).toBe(1);
    expect(unknown.stdout).toMatch(/^NOT VERIFIED: no report issued by this system has the SHA-256/);
    fs.rmSync(copyDir, { recursive: true, force: true });
  }, 60_000);

  test('report delivery set, recipients add, deliver: the PDF arrives as archived, once', async () => {
    const port = (smtp.server.address() as AddressInfo).port;
    const set = await cli(
      'report',
      'delivery',
      'set',
      '-w',
      CHRYSLER.workspace,
      '--smtp-host',
      '127.0.0.1',
      '--smtp-port',
      String(port),
      '--from',
      'Reports <reports@ledger.test>',
      '--holidays',
      'US',
    );
    expect(set.code).toBe(0);
    expect(
      (await cli('report', 'recipients', 'add', 'Boss@Client.test', '-w', CHRYSLER.workspace)).code,
    ).toBe(0);
    const deliver = await cli('report', 'deliver', '-w', CHRYSLER.workspace, '--month', '2011-03');
    expect(deliver.stderr).toBe('');
    expect(deliver.code).toBe(0);
    expect(deliver.stdout).toContain('sent          boss@client.test');
    expect(mails).toHaveLength(1);
    const [mail] = mails;
    expect(mail.subject).toBe('Beispiel Beratung für Chrysler: Monatsvergleich März 2011');
    const attachment = mail.attachments[0];
    expect(attachment.filename).toBe(path.basename(monthlyPdf));
    expect(createHash('sha256').update(attachment.content).digest('hex')).toBe(
      createHash('sha256').update(fs.readFileSync(monthlyPdf)).digest('hex'),
    );
    expect(String(mail.html)).toContain('Der Monatsvergleich für März 2011 liegt als PDF bei.');

    const again = await cli('report', 'deliver', '-w', CHRYSLER.workspace, '--month', '2011-03');
    expect(again.stdout).toContain('sent before   boss@client.test');
    expect(mails).toHaveLength(1);
    const listed = await cli('report', 'deliveries', '-w', CHRYSLER.workspace);
    expect(listed.stdout).toMatch(/2011-03\s+sent\s+boss@client\.test\s+attempts 1/);
  }, 120_000);

  test('the archive keeps its own copy: the server serves it after --out is gone, and refuses it altered', async () => {
    const created = await cli('api-keys', 'create', '-w', CHRYSLER.workspace, '--role', 'viewer');
    expect(created.code).toBe(0);
    const key = /Key \(shown once\): (\S+)/.exec(created.stdout)![1];
    const issuedPdf = fs.readFileSync(archivedPdf);
    const issuedHtml = fs.readFileSync(archivedHtml);
    // The consultant tidies up: the PDF copy deleted, the HTML copy edited.
    fs.rmSync(monthlyPdf);
    fs.writeFileSync(monthlyHtml, fs.readFileSync(monthlyHtml, 'utf8').replace('Vertraulich', 'Öffentlich'));

    const archived = await cli('report', 'verify', archivedPdf);
    expect(archived.code).toBe(0);
    expect(archived.stdout).toContain(`is the PDF of report ${monthlyId}, unchanged.`);
    const edited = await cli('report', 'verify', monthlyHtml);
    expect(edited.code).toBe(1);
    expect(edited.stdout).toContain(`has the name of the HTML of report ${monthlyId}`);

    // PGlite is one process's database: the server starts once the commands above are done.
    const server = await startServer(db.env);
    try {
      const base = `${server.baseUrl}/api/v1/workspaces/${CHRYSLER.workspace}/reports`;
      const get = (url: string) => fetch(url, { headers: { authorization: `Bearer ${key}` } });
      const pdf = await get(`${base}/${monthlyId}/pdf`);
      expect(pdf.status).toBe(200);
      expect(pdf.headers.get('cache-control')).toBe('private, no-store');
      expect(pdf.headers.get('content-disposition')).toBe(
        `attachment; filename="${path.basename(monthlyPdf)}"`,
      );
      expect(sha256(new Uint8Array(await pdf.arrayBuffer()))).toBe(sha256(issuedPdf));
      const html = await get(`${base}/${monthlyId}/html`);
      expect(html.status).toBe(200);
      expect(html.headers.get('cache-control')).toBe('private, no-store');
      const served = await html.text();
      expect(sha256(Buffer.from(served))).toBe(sha256(issuedHtml));
      expect(served).toContain('Vertraulich');

      // The server's verification is the archive's: the edited copy is named as changed, with its report.
      const form = new FormData();
      form.append('file', new Blob([fs.readFileSync(monthlyHtml)]), path.basename(monthlyHtml));
      const verify = await fetch(`${base}/verify`, {
        method: 'POST',
        headers: { authorization: `Bearer ${key}` },
        body: form,
      });
      const verdict = ((await verify.json()) as { data: Record<string, unknown> }).data;
      expect(verdict).toMatchObject({
        verified: false,
        changedFrom: { report: { id: monthlyId }, format: 'html', issuedSha256: sha256(issuedHtml) },
      });

      // Someone with access to the data directory changes one byte of the archive's PDF and deletes its HTML.
      fs.chmodSync(archivedPdf, 0o644);
      const tampered = Buffer.from(issuedPdf);
      tampered[tampered.length >> 1] ^= 0x01;
      fs.writeFileSync(archivedPdf, tampered);
      fs.rmSync(archivedHtml);
      const refused = await get(`${base}/${monthlyId}/pdf`);
      expect(refused.status).toBe(409);
      const refusal = (await refused.json()) as { error: { code: string; message: string } };
      expect(refusal.error.code).toBe('report_file_altered');
      expect(refusal.error.message).toContain(monthlyId);
      const gone = await get(`${base}/${monthlyId}/html`);
      expect(gone.status).toBe(410);
      const missing = (await gone.json()) as { error: { code: string; message: string } };
      expect(missing.error).toMatchObject({ code: 'report_file_missing' });
      expect(missing.error.message).toContain(monthlyId);
      // Logged (the logger writes asynchronously: the line may follow the answer by a moment).
      await logged(server, `archived PDF of report ${monthlyId} was altered`);
      await logged(server, `archived HTML of report ${monthlyId} is missing`);
    } finally {
      await server.stop();
    }
  }, 180_000);
});

async function logged(server: RunningServer, text: string): Promise<void> {
  for (let waited = 0; !server.output().includes(text) && waited < 5000; waited += 100)
    await new Promise((resolve) => setTimeout(resolve, 100));
  expect(server.output()).toContain(text);
}

function sha256(content: Uint8Array): string {
  return createHash('sha256').update(content).digest('hex');
}
