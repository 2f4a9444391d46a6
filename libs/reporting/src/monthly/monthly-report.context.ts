// The template context of reports/monthly-comparison.hbs: the model as it is, plus what templates cannot
// compute themselves (chart configurations, bucket counts) and the trusted assets to inline.
import type Handlebars from 'handlebars';
import { buildDailyVolume, type DailyVolumeView } from '../charts/daily-volume.chart.js';
import { buildFrtHistogram, type FrtHistogramView } from '../charts/frt-histogram.chart.js';
import type { ChartDataDocument } from '../charts/chart-spec.js';
import { jsonForScriptElement } from '../html-embedding.js';
import type { LocaleCatalog } from '../locale/locale-catalog.js';
import { MIN_OBSERVATIONS } from '../report-thresholds.js';
import type { AttributionShare, MonthlyReportModel } from './monthly-report.model.js';
import { responsivenessSections, type ResponsivenessSection } from './responsiveness-sections.js';

/** Trusted markup that templates print unescaped: inlined CSS and JavaScript, already made safe to embed. */
export interface ReportAssets {
  css: Handlebars.SafeString;
  chartJs: Handlebars.SafeString;
  chartScript: Handlebars.SafeString;
}

export interface MonthlyReportContext {
  report: MonthlyReportModel;
  /** Table bodies for reports/partials/responsiveness-table.hbs; operators come in one section per group. */
  tables: {
    byGroup: ResponsivenessSection[];
    byOperator: ResponsivenessSection[];
    byAccount: ResponsivenessSection[];
  };
  charts: { frt: FrtHistogramView; volume: DailyVolumeView };
  /** Attribution rows with the share within their own group beside the share of all outbound items. */
  attribution: (AttributionShare & { groupShare: number })[];
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
  const document: ChartDataDocument = { charts: [frt.chart, volume.chart] };
  return {
    report: model,
    tables: {
      byGroup: [{ titled: false, group: null, rows: model.byGroup }],
      byOperator: responsivenessSections(model.byOperator),
      byAccount: [{ titled: false, group: null, rows: model.byAccount }],
    },
    charts: { frt, volume },
    attribution: withGroupShares(model.attribution),
    chartData: toSafeString(jsonForScriptElement(document)),
    assets,
    minObservations: MIN_OBSERVATIONS,
  };
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
