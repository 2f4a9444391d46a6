import { readFileSync } from 'node:fs';
import { LocaleCatalog, type MessageTree } from '../locale/locale-catalog.js';
import { buildFrtBoxChart } from './frt-box.chart.js';

const de = new LocaleCatalog(
  'de',
  JSON.parse(
    readFileSync(new URL('../../../../reports/locales/de.json', import.meta.url), 'utf8'),
  ) as MessageTree,
  'de.json',
);

describe('the first-response box chart', () => {
  test('draws a box only for a group with enough answers; a smaller one is named with its count, undrawn', () => {
    const view = buildFrtBoxChart(
      [
        { group: 'in_house', count: 25, p10: 60, p25: 120, median: 300, p75: 900, p90: 3600 },
        { group: 'agency:CallCo', count: 13, p10: 30, p25: 60, median: 22662, p75: 30000, p90: 40000 },
        { group: 'unknown', count: 0, p10: null, p25: null, median: null, p75: null, p90: null },
      ],
      de,
    );
    const data = view.chart.config.data as { labels: string[]; datasets: { data: unknown[] }[] };
    expect(data.labels).toEqual(['Eigenes Team', 'Agentur: CallCo: zu wenige Daten (13 von 20)']);
    for (const dataset of data.datasets) {
      expect(dataset.data[0]).toHaveLength(2);
      expect(dataset.data[1]).toBeNull();
    }
  });
});
