import { sampleArrivals } from './arrival-sampler.js';
import { createSeededRandom } from '../statistics/seeded-random.util.js';
import { DAY_MS, HOUR_MS } from '../time/time-units.js';
import { localWeekTime } from './zoned-time.js';

const FROM = Date.parse('2024-01-01T00:00:00Z');
const TO = FROM + 28 * DAY_MS;
const flat = Array.from({ length: 24 }, () => 1);
const eveningOnly = Array.from({ length: 24 }, (_, h) => (h >= 18 && h < 22 ? 1 : 0));

describe('sampleArrivals', () => {
  it('hits the daily rate, sorted, in whole seconds, inside the period', () => {
    const arrivals = sampleArrivals(createSeededRandom(1), {
      fromMs: FROM,
      toMs: TO,
      timeZone: 'Europe/Vienna',
      perDay: 40,
      hourWeights: flat,
      dayWeights: [1, 1, 1, 1, 1, 1, 1],
    });
    expect(arrivals.length / 28).toBeGreaterThan(36);
    expect(arrivals.length / 28).toBeLessThan(44);
    expect(arrivals).toEqual([...arrivals].sort((a, b) => a - b));
    for (const t of arrivals) {
      expect(t % 1000).toBe(0);
      expect(t).toBeGreaterThanOrEqual(FROM);
      expect(t).toBeLessThan(TO);
    }
  });

  it('follows the local hour and weekday weights', () => {
    const arrivals = sampleArrivals(createSeededRandom(2), {
      fromMs: FROM,
      toMs: TO,
      timeZone: 'Europe/Vienna',
      perDay: 40,
      hourWeights: eveningOnly,
      dayWeights: [0, 1, 1, 1, 1, 1, 0],
    });
    expect(arrivals.length).toBeGreaterThan(0);
    for (const t of arrivals) {
      const local = localWeekTime(t, 'Europe/Vienna');
      expect(local.minute).toBeGreaterThanOrEqual(18 * 60);
      expect(local.minute).toBeLessThan(22 * 60);
      expect([0, 6]).not.toContain(local.day);
    }
  });

  it('multiplies the rate inside a surge', () => {
    const surge = { fromMs: FROM + 3 * DAY_MS, toMs: FROM + 3 * DAY_MS + 12 * HOUR_MS, factor: 5 };
    const arrivals = sampleArrivals(createSeededRandom(3), {
      fromMs: FROM,
      toMs: FROM + 7 * DAY_MS,
      timeZone: 'Europe/Vienna',
      perDay: 48,
      hourWeights: flat,
      dayWeights: [1, 1, 1, 1, 1, 1, 1],
      surge,
    });
    const inside = arrivals.filter((t) => t >= surge.fromMs && t < surge.toMs).length;
    expect(inside).toBeGreaterThan(80); // 24 expected without the surge, 120 with it
  });
});
