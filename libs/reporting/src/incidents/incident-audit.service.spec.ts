// The incident audit report on a real database: the Chrysler case seeded as a collector stores it, the
// detection rules run, a person comments and resolves; then the report for March 2011 on that account, in
// German and English, archived with its fingerprint.
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { INestApplicationContext } from '@nestjs/common';
import { IncidentActionsService, IncidentDetectionService } from '#collectors';
import { WorkspaceRepository, type WorkspaceEntity } from '#persistence';
import { CHRYSLER, seedChryslerCase } from '../../../../test/e2e/incidents-chrysler.fixture.js';
import { readPdf } from '../../../../test/support/pdf-inspection.js';
import { useTestDatabase } from '../../../../test/support/test-database.js';
import { PdfRenderer } from '../pdf/pdf-renderer.js';
import { reportingContext } from '../reporting.test-helper.js';
import { IncidentAuditRequestError, IncidentAuditService } from './incident-audit.service.js';

describe('the incident audit report of the Chrysler case', () => {
  const t = useTestDatabase();
  const out = path.join(os.tmpdir(), `ledger-audit-${process.pid}`);
  let app: INestApplicationContext;
  let audit: IncidentAuditService;
  let workspace: WorkspaceEntity;
  const request = { from: '2011-03-01', to: '2011-03-31', accounts: ['@chryslerautos'] };

  const previousDataDir = process.env.LEDGER_DATA_DIR;
  // The archive's own copies go under the data directory: a temporary one, not ./data of the checkout.
  const dataDir = path.join(out, 'data');

  beforeAll(async () => {
    process.env.LEDGER_DATA_DIR = dataDir;
    app = await reportingContext(t.db);
    audit = app.get(IncidentAuditService);
    await seedChryslerCase(t.db.dataSource);
    workspace = (await app.get(WorkspaceRepository).findBySlug(CHRYSLER.workspace))!;
    const by = { at: new Date('2011-03-10T05:00:00Z'), actor: 'detection (spec)' };
    const run = await app.get(IncidentDetectionService).detect(workspace.id, { by });
    const id = run.created[0].id;
    const actions = app.get(IncidentActionsService);
    await actions.comment(workspace.id, id, 'Agency says: <i>wrong account in HootSuite</i>', {
      at: new Date('2011-03-10T15:00:00Z'),
      actor: 'cli:auditor',
    });
    await actions.changeStatus(workspace.id, id, 'resolved', {
      at: new Date('2011-03-11T15:00:00Z'),
      actor: 'cli:auditor',
    });
  }, 60_000);

  afterAll(async () => {
    await app?.get(PdfRenderer).close();
    await app?.close();
    if (previousDataDir === undefined) delete process.env.LEDGER_DATA_DIR;
    else process.env.LEDGER_DATA_DIR = previousDataDir;
    await fs.rm(out, { recursive: true, force: true });
  });

  test('German HTML and PDF: timeline, off-shift assignment, evidence, audit entries, verified chain', async () => {
    const issued = await audit.issue(workspace, {
      ...request,
      locale: 'de',
      formats: ['html', 'pdf'],
      outDir: out,
    });
    expect(issued.report.kind).toBe('incident-audit');
    expect(issued.report.parameters).toMatchObject({
      from: '2011-03-01',
      to: '2011-03-31',
      accounts: ['ChryslerAutos'],
    });
    const { model } = issued;
    expect(model.summary).toMatchObject({ incidents: 1, bySeverity: { critical: 1 }, chain: { ok: true } });
    const [incident] = model.incidents;
    expect(incident.assignment.status).toBe('off_shift');
    // Detection ran at 05:00; the platform had deleted the post at 04:30: contained before it was detected.
    expect(incident.containedBeforeDetected).toBe(true);
    expect(incident.timeToContainSeconds).toBeNull();
    expect(incident.auditEntries.map((e) => e.action)).toEqual(
      expect.arrayContaining(['incident.created', 'incident.commented', 'incident.status_changed']),
    );
    expect(incident.auditEntries.every((e) => e.hashVerified)).toBe(true);

    const html = await fs.readFile(issued.files[0].path, 'utf8');
    expect(html).toContain('<html lang="de">');
    expect(html).toContain('Agency says: &lt;i&gt;wrong account in HootSuite&lt;/i&gt;');
    expect(html).toContain('Diesem Konto zugeordnet, aber nicht im Dienst, als es geschah.');
    // Detection stored an English title; the German report heads the incident with the German sentence,
    // keeps the stored title as evidence, and says who detected it by which rules in German.
    const heading = /<h2 class="incident-title">.*?<\/span> (.*?)<\/h2>/.exec(html)![1];
    expect(heading).toMatch(/[Aa]uf @ChryslerAutos/);
    expect(heading).not.toContain(' on @ChryslerAutos');
    expect(incident.title).toContain(' on @ChryslerAutos');
    expect(html).toContain('<span class="sub">Titel wie gespeichert:</span>');
    expect(html).toContain('<td>Erkennung (spec)</td><td>entdeckt</td>');
    expect(html).toMatch(/entdeckt durch [^<]*Wortlisten \(Inhalt\)/);
    expect(html).not.toContain('detected by');
    const pdf = await readPdf(await fs.readFile(issued.files[1].path));
    try {
      const text = pdf.pages.map((page) => page.text).join(' ');
      expect(text).toContain('Prüfbericht zu Vorfällen');
      expect(text).toContain('Eingetreten 09.03.2011, 23:10');
      expect(text).toContain('Kritisch');
      expect(text).toContain('vor der Entdeckung: Die Plattform hatte den Beitrag schon gelöscht');
      expect(text).toContain('no one here knows how to fucking drive');
      expect(text).toContain('Hash-Kette intakt');
      pdf.pages.forEach((page, i) => expect(page.text).toContain(`Seite ${i + 1} / ${pdf.doc.numPages}`));
    } finally {
      await pdf.doc.destroy();
    }
  }, 60_000);

  test('the same period and data give the same fingerprint in English; an unknown account is named', async () => {
    const en = await audit.issue(workspace, { ...request, locale: 'en', formats: ['html'], outDir: out });
    const again = await audit.issue(workspace, { ...request, locale: 'en', formats: ['html'], outDir: out });
    expect(again.report.dataFingerprint).toBe(en.report.dataFingerprint);
    const html = await fs.readFile(en.files[0].path, 'utf8');
    expect(html).toContain('<h1>Incident audit</h1>');
    // In English the rebuilt sentence is the one detection stored.
    const [incident] = en.model.incidents;
    // Escaped as Handlebars escapes: the title quotes the post.
    const escapedTitle = incident.title.replace(/[&<>"'`=]/g, (c) => HTML_ESCAPES[c]);
    expect(html).toMatch(
      new RegExp(`<h2 class="incident-title">.*?</span> ${escapeRegExp(escapedTitle)}</h2>`),
    );
    expect(html).toMatch(/<th scope="row">Occurred<\/th><td>9 Mar 2011, 23:10<\/td>/);
    await expect(
      audit.issue(workspace, { ...request, accounts: ['Dodge'], formats: ['html'], outDir: out }),
    ).rejects.toThrow(
      new IncidentAuditRequestError('No account "Dodge" in this workspace. Known: ChryslerAutos'),
    );
    await expect(
      audit.issue(workspace, { from: '2011-03-31', to: '2011-03-01', formats: ['html'], outDir: out }),
    ).rejects.toThrow(/before --from/);
    const april = await audit.buildModel(workspace, { from: '2011-04-01', to: '2011-04-30' }, new Date());
    expect(april.incidents).toEqual([]);
  }, 60_000);
});

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#x27;',
  '`': '&#x60;',
  '=': '&#x3D;',
};

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
