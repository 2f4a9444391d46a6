// The template context of reports/monthly-comparison.hbs: the model as it is, plus what templates cannot
// compute themselves (chart configurations, bucket counts, heat map shades) and the trusted assets to inline.
import type Handlebars from 'handlebars';
import { buildDailyVolume, type DailyVolumeView } from '../charts/daily-volume.chart.js';
import { buildFrtBoxChart, type FrtBoxView } from '../charts/frt-box.chart.js';
import { buildFrtHistogram, type FrtHistogramView } from '../charts/frt-histogram.chart.js';
import type { ChartDataDocument } from '../charts/chart-spec.js';
import { formatMonth } from '../format/date.formatter.js';
import { jsonForScriptElement } from '../html-embedding.js';
import type { LocaleCatalog } from '../locale/locale-catalog.js';
import type { ReportBranding } from '../branding/report-branding.model.js';
import type { ReportDocument } from '../report-document.js';
import { MIN_OBSERVATIONS } from '../report-thresholds.js';
import type { CoverageHeatmap, MonthlyEngineSections } from './engine/engine-sections.model.js';
import type { AttributionShare, MonthlyReportModel } from './monthly-report.model.js';
import { responsivenessSections, type ResponsivenessSection } from './responsiveness-sections.js';

/** Trusted markup that templates print unescaped: inlined CSS and JavaScript, already made safe to embed. */
export interface ReportAssets {
  css: Handlebars.SafeString;
  chartJs: Handlebars.SafeString;
  chartScript: Handlebars.SafeString;
}

/** The heat map with each cell's shade (0 empty … 4 the busiest hour of the month). */
export interface HeatmapView extends Omit<CoverageHeatmap, 'rows'> {
  rows: {
    weekday: number;
    cells: (CoverageHeatmap['rows'][number]['cells'][number] & { level: number })[];
  }[];
  hours: number[];
}

export interface EngineView extends Omit<MonthlyEngineSections, 'responsiveness'> {
  responsiveness: Omit<MonthlyEngineSections['responsiveness'], 'heatmap'> & { heatmap: HeatmapView };
  hasComparisons: boolean;
  /**
   * Why page one compares nothing, or what its comparison lacks: `no_agency` (in-house alone), `no_groups`
   * (nobody belongs to a sourcing group), `no_in_house` (agencies alone); null when both sides are there.
   */
  comparisonGap: 'no_agency' | 'no_groups' | 'no_in_house' | null;
}

export interface MonthlyReportContext {
  doc: ReportDocument;
  report: MonthlyReportModel;
  /** Table bodies for reports/partials/responsiveness-table.hbs; operators come in one section per group. */
  tables: {
    byGroup: ResponsivenessSection[];
    byOperator: ResponsivenessSection[];
    byAccount: ResponsivenessSection[];
  };
  charts: { frt: FrtHistogramView; volume: DailyVolumeView; frtBox: FrtBoxView | null };
  /** Attribution rows with the share within their own group beside the share of all outbound items. */
  attribution: (AttributionShare & { groupShare: number })[];
  engine: EngineView | null;
  /** The chart JSON document, escaped for <script type="application/json">. */
  chartData: Handlebars.SafeString;
  assets: ReportAssets;
  minObservations: number;
}

export function buildMonthlyReportContext(
  model: MonthlyReportModel,
  catalog: LocaleCatalog,
  assets: ReportAssets,
  toSafeString: (html: string) => Handlebars.SafeString,
): MonthlyReportContext {
  const frt = buildFrtHistogram(model.frtDistributions, catalog);
  const volume = buildDailyVolume(model.dailyVolume, catalog);
  const frtBox = model.engine ? buildFrtBoxChart(model.engine.responsiveness.frtBoxes, catalog) : null;
  const document: ChartDataDocument = {
    charts: [frt.chart, ...(frtBox && frtBox.boxes.length > 0 ? [frtBox.chart] : []), volume.chart],
  };
  const month = formatMonth(model.month, catalog.intlLocale);
  const titleKey = model.isDemo ? 'report.demoDocumentTitle' : 'report.documentTitle';
  const branding = displayBranding(model, catalog);
  return {
    doc: {
      lang: model.locale,
      title: catalog.t(titleKey, { workspace: branding.name, month }),
      subtitle: `${catalog.t('report.title')} · ${month}`,
      isDemo: model.isDemo,
      branding,
      archive: model.archive,
      generatedAt: model.generatedAt,
    },
    report: model,
    tables: {
      byGroup: [{ titled: false, group: null, rows: model.byGroup }],
      byOperator: responsivenessSections(model.byOperator),
      byAccount: [{ titled: false, group: null, rows: model.byAccount }],
    },
    charts: { frt, volume, frtBox },
    attribution: withGroupShares(model.attribution),
    engine: model.engine ? engineView(model.engine) : null,
    chartData: toSafeString(jsonForScriptElement(document)),
    assets,
    minObservations: MIN_OBSERVATIONS,
  };
}

/** The name the demo workspace is created with (libs/collectors/src/demo/demo-workspace.service.ts). */
export const GENERATED_DEMO_WORKSPACE_NAME = 'Demo workspace (generated data)';

/**
 * The branding as the reader sees it. The demo workspace's stored name is English; unless someone branded it
 * with a name of their own, the report names it in the reader's language (the stored name stays as it is).
 */
export function displayBranding(
  model: { isDemo: boolean; branding: ReportBranding },
  catalog: LocaleCatalog,
): ReportBranding {
  if (!model.isDemo || model.branding.name !== GENERATED_DEMO_WORKSPACE_NAME) return model.branding;
  return { ...model.branding, name: catalog.t('report.demoWorkspaceName') };
}

function engineView(engine: MonthlyEngineSections): EngineView {
  const { heatmap } = engine.responsiveness;
  const shade = (inbound: number) =>
    inbound === 0 || heatmap.maxInbound === 0
      ? 0
      : Math.max(1, Math.ceil((4 * inbound) / heatmap.maxInbound));
  return {
    ...engine,
    hasComparisons: engine.pageOne.length > 0,
    comparisonGap: comparisonGap(engine),
    responsiveness: {
      ...engine.responsiveness,
      heatmap: {
        ...heatmap,
        hours: Array.from({ length: 24 }, (_, hour) => hour),
        rows: heatmap.rows.map((row) => ({
          weekday: row.weekday,
          cells: row.cells.map((cell) => ({ ...cell, level: shade(cell.inbound) })),
        })),
      },
    },
  };
}

function comparisonGap(engine: MonthlyEngineSections): EngineView['comparisonGap'] {
  const groups = new Set(
    [
      ...engine.responsiveness.byGroup,
      ...engine.engagement.byGroup,
      ...engine.risk.byGroup,
      ...engine.cost.byGroup,
    ].map((row) => row.key),
  );
  const hasBaseline = groups.has(engine.baseline);
  const hasAgency = engine.challengers.length > 0;
  if (!hasAgency) return hasBaseline ? 'no_agency' : 'no_groups';
  return hasBaseline ? null : 'no_in_house';
}

// METRICS.md asks how much of each group's volume rests on each source: that is the share within the group.
function withGroupShares(rows: readonly AttributionShare[]): (AttributionShare & { groupShare: number })[] {
  const groupTotals = new Map<string, number>();
  for (const row of rows)
    groupTotals.set(row.sourcingGroup, (groupTotals.get(row.sourcingGroup) ?? 0) + row.items);
  return rows.map((row) => {
    const total = groupTotals.get(row.sourcingGroup) ?? 0;
    return { ...row, groupShare: total === 0 ? 0 : row.items / total };
  });
}
