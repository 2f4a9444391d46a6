// The incident audit report as HTML, in English and German; evidence from a platform printed as text.
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { findReportsDir } from '../find-reports-dir.js';
import { ReportRenderer } from '../report-renderer.js';
import { buildIncidentAuditFixture } from './incident-audit.fixture.js';

const artifactsDir = join(dirname(findReportsDir()), 'test-artifacts', 'reporting');

describe('incident audit HTML', () => {
  let en: string;
  let de: string;

  beforeAll(async () => {
    const renderer = await ReportRenderer.create();
    en = renderer.renderIncidentAudit(buildIncidentAuditFixture('en'));
    de = renderer.renderIncidentAudit(buildIncidentAuditFixture('de'));
    await mkdir(artifactsDir, { recursive: true });
    await writeFile(join(artifactsDir, 'incident-audit.en.html'), en);
    await writeFile(join(artifactsDir, 'incident-audit.de.html'), de);
  });

  it('is a complete document titled for the period, in the report language', () => {
    expect(en).toContain('<html lang="en">');
    expect(de).toContain('<html lang="de">');
    expect(en).toContain('<title>Chrysler (case rebuilt) – incident audit 1 Mar 2011 – 31 Mar 2011</title>');
    expect(de).toContain(
      '<title>Chrysler (case rebuilt) – Prüfbericht zu Vorfällen 01.03.2011 – 31.03.2011</title>',
    );
    expect(en.match(/<section class="report-section incident"/g)).toHaveLength(2);
  });

  it('shows the timeline in the workspace zone, the operator, the frozen group and the assignment', () => {
    // 04:10 UTC is 23:10 the evening before in Detroit.
    expect(en).toMatch(/<th scope="row">Occurred<\/th><td>9 Mar 2011, 23:10<\/td>/);
    expect(en).toMatch(/<th scope="row">Contained<\/th><td>9 Mar 2011, 23:30/);
    expect(en).toContain('<dt>Operator</dt><dd>NMS agent</dd>');
    expect(en).toContain('<dd>Agency: New Media Strategies</dd>');
    expect(en).toContain('Assigned to this account but not on shift when it happened.');
    expect(en).toContain('Mon 17:00–22:00');
    expect(de).toContain('Diesem Konto zugeordnet, aber nicht im Dienst, als es geschah.');
    expect(de).toMatch(/<th scope="row">Eingetreten<\/th><td>09\.03\.2011, 23:10<\/td>/);
    expect(de).toContain('<td class="num">48.213</td>');
  });

  it("heads each incident in the reader's language; the stored English title stays as evidence", () => {
    const headings = (html: string) =>
      [...html.matchAll(/<h2 class="incident-title">.*?<\/span> (.*?)<\/h2>/g)].map((m) => m[1]);
    expect(headings(en)).toEqual([
      'Offensive content on @ChryslerAutos (&quot;f*cking&quot;): &quot;I find it ironic that Detroit is known as the #motorcity an…&quot;',
      '5 SLA breaches in a row on @ChryslerAutos',
    ]);
    expect(headings(de)).toEqual([
      'Anstößiger Inhalt auf @ChryslerAutos („f*cking“): „I find it ironic that Detroit is known as the #motorcity an…“',
      '5 SLA-Verfehlungen in Folge auf @ChryslerAutos',
    ]);
    expect(de).toContain(
      '<span class="sub">Titel wie gespeichert:</span> <span lang="en">5 SLA breaches in a row on @ChryslerAutos</span>',
    );
    // The timeline and the rules, in German too.
    expect(de).toContain('<td>Erkennung</td><td>entdeckt</td>');
    expect(de).toContain(
      'entdeckt durch Wortlisten (Inhalt), Auffällige Interaktion, Veröffentlichung außerhalb des Dienstes',
    );
    expect(de).toContain('<dt>Regeln</dt><dd>Serie von SLA-Verfehlungen</dd>');
    expect(de).not.toContain('detected by');
    expect(en).toContain('detected by Word lists (content), Engagement anomaly, Off-duty publication');
  });

  it('lists the audit log entries with their hashes and whether each still verifies', async () => {
    expect(en).toContain('incident.status_changed');
    expect(en.match(/content gives this hash/g)).toHaveLength(3);
    expect(en).toContain('hash chain intact');
    const renderer = await ReportRenderer.create();
    const tampered = renderer.renderIncidentAudit(buildIncidentAuditFixture('en', { tamper: true }));
    expect(tampered.match(/content does NOT give this hash/g)).toHaveLength(1);
  });

  it('prints the captured evidence and comments as text', () => {
    expect(en).toContain('how to &lt;b&gt;drive&lt;/b&gt; {{this}}');
    expect(en).not.toContain('<b>drive</b>');
    expect(en).toContain('Agency confirmed: &lt;i&gt;personal account mix-up&lt;/i&gt;');
    expect(en).toContain('<dt class="mono">item.application</dt><dd class="evidence-value">HootSuite</dd>');
    expect(en).toContain('a'.repeat(64));
  });

  it('carries the report id and data fingerprint it was archived under', () => {
    expect(en).toContain('<meta name="report-id" content="11111111-2222-4333-8444-555555555555">');
    expect(en).toContain(`<dd class="mono">${'f'.repeat(64)}</dd>`);
  });
});
