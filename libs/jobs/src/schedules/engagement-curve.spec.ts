import {
  DEFAULT_ENGAGEMENT_CURVE,
  engagementCheckpoints,
  formatEngagementCurve,
  isSnapshotDue,
  parseEngagementCurve,
} from './engagement-curve.util.js';

const HOUR = 3_600_000;
const published = new Date('2026-11-02T09:00:00Z');
const after = (hours: number) => new Date(published.getTime() + hours * HOUR);

describe('engagement snapshot curve', () => {
  const points = engagementCheckpoints(DEFAULT_ENGAGEMENT_CURVE);

  test('the default curve: half-hourly for 6 hours, every 3 hours to 2 days, daily to a week', () => {
    expect(points.slice(0, 4)).toEqual([0, 30, 60, 90]);
    expect(points).toContain(6 * 60);
    expect(points).toContain(9 * 60);
    expect(points).toContain(48 * 60);
    expect(points).toContain(72 * 60);
    expect(points.at(-1)).toBe(168 * 60);
    expect(points.filter((p) => p > 48 * 60 && p < 72 * 60)).toEqual([]);
  });

  test('48 hours is a checkpoint even when the steps do not land on it', () => {
    const odd = engagementCheckpoints([
      { untilHours: 5, everyMinutes: 35 },
      { untilHours: 100, everyMinutes: 7 * 60 },
    ]);
    expect(odd).toContain(48 * 60);
  });

  test('a new post without any snapshot is due at once', () => {
    expect(isSnapshotDue(points, published, null, after(0.01))).toBe(true);
  });

  test('a post snapshotted after its latest checkpoint is not due until the next one', () => {
    expect(isSnapshotDue(points, published, after(0.6), after(0.9))).toBe(false);
    expect(isSnapshotDue(points, published, after(0.6), after(1.0))).toBe(true);
  });

  test('the 48-hour snapshot: due from 48 hours on when the last one was taken before', () => {
    expect(isSnapshotDue(points, published, after(45), after(47.9))).toBe(false);
    expect(isSnapshotDue(points, published, after(45), after(48))).toBe(true);
    expect(isSnapshotDue(points, published, after(48.2), after(50))).toBe(false);
  });

  test('a week-old post gets its missed final snapshot for one more day, then is left alone', () => {
    expect(isSnapshotDue(points, published, after(150), after(170))).toBe(true);
    expect(isSnapshotDue(points, published, after(150), after(168 + 25))).toBe(false);
  });

  test('a post from the future (clock skew) is not due', () => {
    expect(isSnapshotDue(points, published, null, after(-1))).toBe(false);
  });

  test('the command-line notation reads and writes the same curve', () => {
    const curve = parseEngagementCurve('6h:15m,48h:2h,7d:1d');
    expect(curve).toEqual([
      { untilHours: 6, everyMinutes: 15 },
      { untilHours: 48, everyMinutes: 120 },
      { untilHours: 168, everyMinutes: 1440 },
    ]);
    expect(formatEngagementCurve(curve)).toBe('6h:15m,48h:2h,7d:24h');
    expect(parseEngagementCurve(formatEngagementCurve(curve))).toEqual(curve);
  });

  test('a curve that stops before 48 hours or goes backwards is refused with the reason', () => {
    expect(() => parseEngagementCurve('6h:30m,24h:3h')).toThrow(/48 hours/);
    expect(() => parseEngagementCurve('48h:30m,6h:3h')).toThrow(/increasing/);
    expect(() => parseEngagementCurve('6h-30m')).toThrow(/6h:30m/);
  });
});
