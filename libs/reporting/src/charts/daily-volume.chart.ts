// Daily volume: actionable inbound against outbound per calendar day, as paired bars.
import type { DailyVolumePoint } from '../monthly/monthly-report.model.js';
import { formatDayShort } from '../format/date.formatter.js';
import type { LocaleCatalog } from '../locale/locale-catalog.js';
import { seriesColour } from './chart-palette.js';
import type { ChartSpec } from './chart-spec.js';

export const VOLUME_CHART_CANVAS_ID = 'chart-volume';

export interface DailyVolumeView {
  canvasId: string;
  totalInbound: number;
  totalOutbound: number;
  chart: ChartSpec;
}

export function buildDailyVolume(
  points: readonly DailyVolumePoint[],
  catalog: LocaleCatalog,
): DailyVolumeView {
  const sorted = [...points].sort((a, b) => a.day.localeCompare(b.day));
  const chart: ChartSpec = {
    canvasId: VOLUME_CHART_CANVAS_ID,
    config: {
      type: 'bar',
      data: {
        labels: sorted.map((point) => formatDayShort(point.day, catalog.intlLocale)),
        datasets: [
          {
            label: catalog.t('charts.inbound'),
            data: sorted.map((p) => p.inbound),
            backgroundColor: seriesColour(0),
          },
          {
            label: catalog.t('charts.outbound'),
            data: sorted.map((p) => p.outbound),
            backgroundColor: seriesColour(1),
          },
        ],
      },
      options: {
        locale: catalog.intlLocale,
        scales: {
          x: { grid: { display: false }, ticks: { maxRotation: 0, autoSkip: true, autoSkipPadding: 8 } },
          y: { beginAtZero: true, title: { display: true, text: catalog.t('charts.volumeAxis') } },
        },
        plugins: { legend: { position: 'bottom' }, tooltip: { enabled: false } },
      },
    },
  };
  return {
    canvasId: VOLUME_CHART_CANVAS_ID,
    totalInbound: sorted.reduce((sum, p) => sum + p.inbound, 0),
    totalOutbound: sorted.reduce((sum, p) => sum + p.outbound, 0),
    chart,
  };
}
