// First response times per group as box-like bars: the whisker runs from p10 to p90, the box from p25 to
// p75, the thin dark bar is the median. Horizontal, on a logarithmic minutes axis: response times span
// seconds to days, and on a linear axis every box but the slowest would be a sliver.
import { MIN_OBSERVATIONS } from '#domain';
import type { FrtBox } from '../monthly/engine/engine-sections.model.js';
import type { LocaleCatalog } from '../locale/locale-catalog.js';
import { sourcingGroupName } from '../locale/sourcing-group-name.js';
import { seriesColour } from './chart-palette.js';
import type { ChartSpec } from './chart-spec.js';

export const FRT_BOX_CHART_CANVAS_ID = 'chart-frt-box';

/** Below this a value is drawn at this (a log axis has no zero): 6 seconds. */
const FLOOR_MINUTES = 0.1;
/** The median mark's width on the log axis: ± 2.5 %. */
const MEDIAN_MARK = 1.025;

export interface FrtBoxView {
  canvasId: string;
  /** Canvas height in CSS pixels: room for each group's bar. */
  height: number;
  boxes: FrtBox[];
  chart: ChartSpec;
}

export function buildFrtBoxChart(boxes: readonly FrtBox[], catalog: LocaleCatalog): FrtBoxView {
  const drawn = boxes.filter((box) => box.count > 0);
  // A group with fewer answers than a figure needs keeps its row, named with its count, but no box: the
  // tables beside the chart call its median "insufficient data", and a drawn box would say otherwise.
  const enough = (box: FrtBox) => box.count >= MIN_OBSERVATIONS;
  const label = (box: FrtBox) => {
    const name = sourcingGroupName(box.group, catalog);
    if (enough(box)) return name;
    return `${name}: ${catalog.t('common.insufficientCount', { n: box.count, required: MIN_OBSERVATIONS })}`;
  };
  const minutes = (seconds: number | null) => Math.max(FLOOR_MINUTES, (seconds ?? 0) / 60);
  const bar = (box: FrtBox, from: number, to: number): [number, number] | null =>
    enough(box) ? [from, to] : null;
  const colours = drawn.map((_, index) => seriesColour(index));
  const chart: ChartSpec = {
    canvasId: FRT_BOX_CHART_CANVAS_ID,
    config: {
      type: 'bar',
      data: {
        labels: drawn.map(label),
        datasets: [
          {
            label: catalog.t('charts.boxWhisker'),
            data: drawn.map((b) => bar(b, minutes(b.p10), minutes(b.p90))),
            backgroundColor: '#9aa3ae',
            barPercentage: 0.12,
            categoryPercentage: 1,
            grouped: false,
          },
          {
            label: catalog.t('charts.boxQuartiles'),
            data: drawn.map((b) => bar(b, minutes(b.p25), minutes(b.p75))),
            backgroundColor: colours,
            barPercentage: 0.6,
            categoryPercentage: 1,
            grouped: false,
          },
          {
            label: catalog.t('charts.boxMedian'),
            data: drawn.map((b) => bar(b, minutes(b.median) / MEDIAN_MARK, minutes(b.median) * MEDIAN_MARK)),
            backgroundColor: '#1d2430',
            barPercentage: 0.75,
            categoryPercentage: 1,
            grouped: false,
          },
        ],
      },
      options: {
        indexAxis: 'y',
        locale: catalog.intlLocale,
        scales: {
          x: {
            type: 'logarithmic',
            title: { display: true, text: catalog.t('charts.boxAxis') },
            ticks: { maxRotation: 0, autoSkip: true, autoSkipPadding: 10 },
          },
          y: { grid: { display: false } },
        },
        plugins: { legend: { position: 'bottom' }, tooltip: { enabled: false } },
      },
    },
  };
  return { canvasId: FRT_BOX_CHART_CANVAS_ID, height: 110 + 48 * drawn.length, boxes: drawn, chart };
}
