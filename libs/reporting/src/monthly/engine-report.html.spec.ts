// The engine sections of the monthly report as HTML, in English and German: page one, service levels, the
// coverage heat map, engagement, risk, cost, scorecards, handovers and completeness; platform text escaped.
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { findReportsDir } from '../find-reports-dir.js';
import { ReportRenderer } from '../report-renderer.js';
import { buildEngineReportFixture, HOSTILE_POST } from './engine/engine-report.fixture.js';

const artifactsDir = join(dirname(findReportsDir()), 'test-artifacts', 'reporting');

function chartIds(html: string): string[] {
  const match = /<script type="application\/json" id="report-chart-data">([\s\S]*?)<\/script>/.exec(html);
  return (JSON.parse(match![1]) as { charts: { canvasId: string }[] }).charts.map((c) => c.canvasId);
}

describe('monthly report HTML with the comparison engine', () => {
  let en: string;
  let de: string;

  beforeAll(async () => {
    const renderer = await ReportRenderer.create();
    const model = buildEngineReportFixture({ accounts: 3, hostile: true, resamples: 400 });
    en = renderer.renderMonthlyReport(model);
    de = renderer.renderMonthlyReport({ ...model, locale: 'de' });
    await mkdir(artifactsDir, { recursive: true });
    await writeFile(join(artifactsDir, 'engine-report.en.html'), en);
    await writeFile(join(artifactsDir, 'engine-report.de.html'), de);
  });

  it('opens with the recommendation: the decision, the key numbers and the break-even', () => {
    const pageOne = en.slice(en.indexOf('id="recommendation"'), en.indexOf('id="summary"'));
    expect(pageOne).toMatch(/<h3>In-house against Agency: CallCo<\/h3>/);
    expect(pageOne).toMatch(/<strong class="decision">(Keep in-house|Outsource|Inconclusive)<\/strong>/);
    for (const metric of [
      'Median first response time',
      'Response rate (72 h)',
      'SLA attainment',
      'Incidents per 1,000 outbound items',
      'Cost per outbound item',
    ])
      expect(pageOne).toContain(`<th scope="row">${metric}`);
    // Intervals in brackets, differences signed, shares of differences in percentage points.
    expect(pageOne).toMatch(/−\d+\u00a0min \[−\d+\u00a0min; −\d+\u00a0min\]/);
    expect(pageOne).toMatch(/[−+]\d+\.\d\u00a0pp \[/);
    expect(pageOne).toMatch(/Break-even cost/);
    expect(pageOne).toMatch(/the agency costs €[\d,]+ (less|more) than in-house staff/);
    expect(pageOne).toMatch(/class="data-table compact account-decisions"/);
    expect(en.indexOf('id="recommendation"')).toBeLessThan(en.indexOf('id="summary"'));
  });

  it('has every engine section, in English and in German', () => {
    for (const title of [
      'Recommendation',
      'First response time by group (box plot)',
      'SLA attainment, response rate and backlog',
      'Coverage: inbound volume against who was on shift',
      'Engagement',
      'Top and bottom posts',
      'Risk',
      'Incidents of the month',
      'Cost',
      'Account scorecards',
      'Accounts that changed hands',
      'Completeness of the data',
    ])
      expect(en).toContain(`>${title}</h`);
    for (const title of [
      'Empfehlung',
      'Erste Antwortzeit nach Gruppe (Boxplot)',
      'SLA-Erfüllung, Antwortquote und Rückstand',
      'Abdeckung: eingehendes Volumen und wer im Dienst war',
      'Interaktion',
      'Vorfälle des Monats',
      'Kosten',
      'Bewertung je Konto',
      'Konten mit Übergabe',
      'Vollständigkeit der Daten',
    ])
      expect(de).toContain(`>${title}</h`);
    expect(de).toMatch(
      /<strong class="decision">(Im eigenen Team behalten|Auslagern|Nicht entscheidbar)<\/strong>/,
    );
    expect(de).toMatch(/[−+]\d+,\d\u00a0Pp\. \[/); // German decimal comma and "Prozentpunkte"
    expect(de).toMatch(/\d+\.\d{3}\s?€|€\s?\d+\.\d{3}|\d{1,3}(\.\d{3})+\u00a0€/); // German thousands in money
  });

  it("names the month's incidents in the reader's language; a person's title as typed", () => {
    const incidents = (html: string) => {
      const table = /<table class="data-table compact incidents-table">[\s\S]*?<\/table>/.exec(html)![0];
      return [...table.matchAll(/<span class="sub">(.*?)<\/span>/g)].map((m) => m[1]);
    };
    expect(incidents(en)).toEqual([
      'Offensive post &quot;&lt;script&gt;alert(4)&lt;/script&gt;&quot; deleted',
      'Deleted 12 min after publication on @mueller_soehne: &quot;Wrong price in the summer sale&quot;',
    ]);
    expect(incidents(de)).toEqual([
      'Offensive post &quot;&lt;script&gt;alert(4)&lt;/script&gt;&quot; deleted',
      'Auf @mueller_soehne 12 Min. nach der Veröffentlichung gelöscht: „Wrong price in the summer sale“',
    ]);
  });

  it('prints every amount of money in its currency the same way, whole amounts and unit costs alike', () => {
    const cost = (html: string) =>
      /<table class="data-table compact cost-table">[\s\S]*?<\/table>/.exec(html)![0];
    expect(cost(de)).toMatch(/\d{1,3}(\.\d{3})*\u00a0€/);
    expect(cost(de)).toMatch(/>\d+,\d{2}\u00a0€</);
    expect(cost(en)).toMatch(/>€\d+\.\d{2}</);
    expect(cost(de)).not.toContain('EUR');
    const keyNumbers = de.slice(de.indexOf('Kosten je ausgehendem Beitrag'));
    expect(keyNumbers.slice(0, 300)).toMatch(/\d+,\d{2}\u00a0€/);
  });

  it('draws the coverage heat map as a 7 × 24 table coloured by who was on shift', () => {
    const table = /<table class="heatmap"[\s\S]*?<\/table>/.exec(en)![0];
    expect(table.match(/<tr>\s*<th scope="row">/g)).toHaveLength(7);
    expect(table.match(/<td class="cov-/g)).toHaveLength(7 * 24);
    expect(table).toMatch(/<th scope="row">Mon<\/th>/);
    expect(de).toMatch(/<th scope="row">Mo\.?<\/th>/);
    expect(table).toContain('cov-staff');
    expect(table).toContain('cov-agency');
    expect(table).toContain('has-uncovered');
  });

  it('embeds three charts: the FRT histogram, the FRT boxes and the daily volume', () => {
    expect(chartIds(en)).toEqual(['chart-frt', 'chart-frt-box', 'chart-volume']);
    expect(en).toContain('<canvas id="chart-frt-box"');
  });

  it('prints platform text as text: a post with <script> and {{ }}, an operator and an incident title', () => {
    expect(en).not.toContain(HOSTILE_POST);
    expect(en).toContain(
      '&lt;script&gt;alert(&quot;post&quot;)&lt;/script&gt; {{constructor.constructor}} &amp; &quot;quoted&quot;',
    );
    expect(en).toContain('Tom &lt;img src&#x3D;x onerror&#x3D;alert(2)&gt;');
    expect(en).toContain('Offensive post &quot;&lt;script&gt;alert(4)&lt;/script&gt;&quot; deleted');
    expect(en).toContain('<p class="workspace-name">Müller &amp; Söhne &lt;GmbH&gt;</p>');
    expect(en).not.toMatch(/<img src=x/);
    // Still only the three script elements of the layout.
    expect(en.match(/<\/script>/g)).toHaveLength(3);
  });

  it('lists the collection gap and the limits of the platforms in the report', () => {
    const completeness = en.slice(en.indexOf('Completeness of the data'));
    expect(completeness).toContain('HTTP 503 from the platform after 5 attempts');
    expect(completeness).toContain('<strong>X:</strong> Timelines reach back 3,200 posts');
    expect(completeness).toContain('<strong>Instagram:</strong>');
  });
});
