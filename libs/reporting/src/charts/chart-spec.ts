// What the report embeds for each chart: the canvas to draw on and a chart.js configuration that is plain JSON
// (no functions), so it can travel inside <script type="application/json">. Rendering mechanics (no animation,
// fixed size, devicePixelRatio 2, the ready flag) belong to reports/scripts/render-charts.js.
import type { ChartConfiguration } from 'chart.js';

export interface ChartSpec {
  canvasId: string;
  config: ChartConfiguration<'bar' | 'line'>;
}

/** The JSON document in <script id="report-chart-data">. */
export interface ChartDataDocument {
  charts: ChartSpec[];
}
