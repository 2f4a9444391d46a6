import { computeBacklog } from './backlog.util.js';
import { computeFirstResponses } from './first-responses.util.js';
import { brand, customer } from './responsiveness.fixtures.js';

// The backlog at the end of March 2026 (UTC): what is still waiting at 1 April 00:00.
describe('backlog at the end of March', () => {
  const monthEnd = new Date('2026-04-01T00:00:00Z');
  const responses = computeFirstResponses(
    [
      customer('fresh', '2026-03-31T23:30:00Z'), // 30 minutes old
      customer('evening', '2026-03-31T18:00:00Z'), // 6 hours
      customer('yesterday', '2026-03-30T12:00:00Z'), // 36 hours
      customer('forgotten', '2026-03-20T09:00:00Z'), // 11 days 15 hours
      customer('answered-in-april', '2026-03-31T22:00:00Z'), // 2 hours, answered after the month
      customer('answered', '2026-03-31T10:00:00Z'), // answered in March: not backlog
      customer('skewed', '2026-03-31T10:00:00Z'), // negative interval: answered, not backlog
      customer('april', '2026-04-01T08:00:00Z'), // arrived after the month: not backlog
    ],
    [
      brand('r1', '2026-04-01T09:00:00Z', { inReplyToExternalId: 'answered-in-april' }),
      brand('r2', '2026-03-31T11:00:00Z', { inReplyToExternalId: 'answered' }),
      brand('r3', '2026-03-31T09:00:00Z', { inReplyToExternalId: 'skewed' }),
    ],
  );

  test('five items wait; by age: 1 under an hour, 1 of 1–4 h, 1 of 4–24 h, 1 of 1–3 days, 1 older', () => {
    const backlog = computeBacklog(responses, monthEnd);
    expect(backlog.open).toBe(5);
    expect(backlog.buckets.map((b) => [b.fromSeconds, b.toSeconds, b.count])).toEqual([
      [0, 3600, 1],
      [3600, 14_400, 1],
      [14_400, 86_400, 1],
      [86_400, 259_200, 1],
      [259_200, null, 1],
    ]);
    expect(backlog.oldestSeconds).toBe((11 * 24 + 15) * 3600);
  });

  test('nothing waiting: an empty backlog, no oldest age', () => {
    const backlog = computeBacklog(responses, new Date('2026-03-01T00:00:00Z'));
    expect(backlog.open).toBe(0);
    expect(backlog.oldestSeconds).toBeNull();
  });
});
