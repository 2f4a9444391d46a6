/*
 * Draws the report's charts from the JSON in <script id="report-chart-data"> with the inlined chart.js.
 * Runs in the browser (and in headless Chromium for the PDF). Printing needs charts that are finished
 * before the page is captured, so: no animation, fixed size (responsive charts resize when the print
 * layout kicks in), devicePixelRatio 2 for sharp print, and window.__chartsReady once every chart has
 * drawn. A failure sets window.__chartsError so the PDF renderer fails fast instead of timing out.
 */
(function () {
  'use strict';
  var FONT = '"Helvetica Neue", Helvetica, Arial, "DejaVu Sans", "Liberation Sans", sans-serif';

  function fail(message) {
    window.__chartsError = String(message);
    if (window.console) console.error('Report charts: ' + message);
  }

  try {
    if (typeof window.Chart !== 'function') throw new Error('chart.js is not loaded');
    var source = document.getElementById('report-chart-data');
    var payload = JSON.parse((source && source.textContent) || '{"charts":[]}');
    var charts = payload.charts || [];
    var drawn = {};
    var drawnCount = 0;

    window.Chart.defaults.font.family = FONT;
    window.Chart.defaults.color = '#1d2430';

    if (charts.length === 0) {
      window.__chartsReady = true;
      return;
    }

    var readySignal = {
      id: 'reportReadySignal',
      afterRender: function (chart) {
        if (drawn[chart.canvas.id]) return;
        drawn[chart.canvas.id] = true;
        drawnCount += 1;
        if (drawnCount === charts.length) window.__chartsReady = true;
      },
    };

    charts.forEach(function (spec) {
      var canvas = document.getElementById(spec.canvasId);
      if (!canvas) throw new Error('no canvas with id ' + spec.canvasId);
      var config = spec.config;
      config.options = config.options || {};
      config.options.animation = false;
      config.options.responsive = false;
      config.options.devicePixelRatio = 2;
      config.plugins = (config.plugins || []).concat([readySignal]);
      new window.Chart(canvas, config);
    });
  } catch (error) {
    fail(error && error.message ? error.message : error);
  }
})();
