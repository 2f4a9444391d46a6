// Page one when there is no full comparison (no agency, no in-house team, nobody in a group), and the demo
// workspace's name: sentences that read right in English and German.
import { resolveBranding } from '../branding/report-branding.model.js';
import { ReportRenderer } from '../report-renderer.js';
import { buildEngineReportFixture } from './engine/engine-report.fixture.js';
import type { MonthlyEngineSections } from './engine/engine-sections.model.js';
import { GENERATED_DEMO_WORKSPACE_NAME } from './monthly-report.context.js';
import type { MonthlyReportModel } from './monthly-report.model.js';

/** The fixture's month with only the given groups in it (the engine saw nobody else). */
function withGroups(model: MonthlyReportModel, keep: (group: string) => boolean): MonthlyReportModel {
  const engine = model.engine as MonthlyEngineSections;
  const only = <T extends { key: string }>(rows: T[]) => rows.filter((row) => keep(row.key));
  const challengers = engine.challengers.filter(keep);
  return {
    ...model,
    engine: {
      ...engine,
      challengers,
      pageOne: engine.pageOne.filter((p) => challengers.includes(p.challenger)),
      responsiveness: { ...engine.responsiveness, byGroup: only(engine.responsiveness.byGroup) },
      engagement: { ...engine.engagement, byGroup: only(engine.engagement.byGroup) },
      risk: { ...engine.risk, byGroup: only(engine.risk.byGroup) },
      cost: { ...engine.cost, byGroup: only(engine.cost.byGroup) },
    },
  };
}

function pageOne(html: string): string {
  return html.slice(html.indexOf('id="recommendation"'), html.indexOf('id="summary"'));
}

describe('page one without a full comparison', () => {
  let renderer: ReportRenderer;
  let model: MonthlyReportModel;
  const render = (m: MonthlyReportModel) => ({
    en: pageOne(renderer.renderMonthlyReport({ ...m, locale: 'en' })),
    de: pageOne(renderer.renderMonthlyReport({ ...m, locale: 'de' })),
  });

  beforeAll(async () => {
    renderer = await ReportRenderer.create();
    model = buildEngineReportFixture({ accounts: 2, resamples: 200 });
  });

  it('with the in-house team alone: nothing to compare the in-house team with', () => {
    const { en, de } = render(withGroups(model, (g) => g === 'in_house'));
    expect(en).toContain(
      'No agency ran any account of this workspace in this month, so there is nothing to compare the in-house team with.',
    );
    expect(de).toContain(
      'In diesem Monat hat keine Agentur ein Konto dieses Arbeitsbereichs betreut; mit dem eigenen Team lässt sich daher nichts vergleichen.',
    );
    expect(de).not.toContain('Eigenes Team verglichen');
  });

  it('with nobody in a group: no agency is blamed, the roster is', () => {
    const { en, de } = render(withGroups(model, () => false));
    expect(en).toContain('No operator or shift of this month belongs to a sourcing group');
    expect(de).toContain('In diesem Monat gehört kein Bearbeiter und keine Schicht zu einer Gruppe');
    expect(en).not.toContain('No agency');
    expect(de).not.toContain('keine Agentur');
  });

  it('with agencies alone: the comparison says its in-house side is missing', () => {
    const { en, de } = render(withGroups(model, (g) => g !== 'in_house'));
    expect(en).toContain('The in-house team ran no account of this workspace in this month');
    expect(de).toContain('Das eigene Team hat in diesem Monat kein Konto dieses Arbeitsbereichs betreut');
    expect(en).toMatch(/<h3>In-house against Agency: CallCo<\/h3>/);
  });

  it('with both sides: no such sentence', () => {
    const { en } = render(model);
    expect(en).not.toContain('class="intro no-comparison"');
  });
});

describe('the demo workspace name', () => {
  it('is said in the reader language unless the demo was branded with a name of its own', async () => {
    const renderer = await ReportRenderer.create();
    const demo = buildEngineReportFixture({ accounts: 1, resamples: 200, isDemo: true });
    const generated = { ...demo, branding: resolveBranding(GENERATED_DEMO_WORKSPACE_NAME, null) };
    const de = renderer.renderMonthlyReport({ ...generated, locale: 'de' });
    const en = renderer.renderMonthlyReport({ ...generated, locale: 'en' });
    expect(de).toContain('<p class="workspace-name">Demo-Arbeitsbereich (erzeugte Daten)</p>');
    expect(de).toContain('<title>DEMO-DATEN – Demo-Arbeitsbereich (erzeugte Daten) – Monatsvergleich');
    expect(de).not.toContain('Demo workspace');
    expect(en).toContain('<p class="workspace-name">Demo workspace (generated data)</p>');
    const branded = renderer.renderMonthlyReport({ ...demo, locale: 'de' });
    expect(branded).toContain(`<p class="workspace-name">Müller &amp; Söhne GmbH</p>`);
  });
});
