// First-response-time distribution: one bar series per row (usually per sourcing group) over the FRT buckets.
// Bars show each group's share of its own answered items, so a 3,000-item agency and a 300-item in-house team
// compare directly; the counts go into the table beside the chart.
import type { FrtDistribution } from '../monthly/monthly-report.model.js';
import type { LocaleCatalog } from '../locale/locale-catalog.js';
import { sourcingGroupName } from '../locale/sourcing-group-name.js';
import { seriesColour } from './chart-palette.js';
import type { ChartSpec } from './chart-spec.js';
import { countFrtBuckets, FRT_BUCKETS } from './frt-buckets.js';

export const FRT_CHART_CANVAS_ID = 'chart-frt';

export interface FrtHistogramRow {
  /** The distribution's label as given (templates localise it with groupName). */
  label: string;
  counts: number[];
  total: number;
}

export interface FrtHistogramView {
  canvasId: string;
  bucketLabels: string[];
  rows: FrtHistogramRow[];
  chart: ChartSpec;
}

export function buildFrtHistogram(
  distributions: readonly FrtDistribution[],
  catalog: LocaleCatalog,
): FrtHistogramView {
  const bucketLabels = FRT_BUCKETS.map((bucket) => catalog.t(`frtBuckets.${bucket.key}`));
  const rows = distributions.map((distribution) => {
    const counts = countFrtBuckets(distribution.values);
    return { label: distribution.label, counts, total: counts.reduce((sum, count) => sum + count, 0) };
  });
  const chart: ChartSpec = {
    canvasId: FRT_CHART_CANVAS_ID,
    config: {
      type: 'bar',
      data: {
        labels: bucketLabels,
        datasets: rows.map((row, index) => ({
          label: sourcingGroupName(row.label, catalog),
          data: row.counts.map((count) => percentOf(count, row.total)),
          backgroundColor: seriesColour(index),
        })),
      },
      options: {
        locale: catalog.intlLocale,
        scales: {
          x: { title: { display: true, text: catalog.t('charts.frtBucketAxis') }, grid: { display: false } },
          y: { beginAtZero: true, title: { display: true, text: catalog.t('charts.frtAxis') } },
        },
        plugins: { legend: { position: 'bottom' }, tooltip: { enabled: false } },
      },
    },
  };
  return { canvasId: FRT_CHART_CANVAS_ID, bucketLabels, rows, chart };
}

function percentOf(count: number, total: number): number {
  return total === 0 ? 0 : Math.round((count / total) * 1000) / 10;
}
