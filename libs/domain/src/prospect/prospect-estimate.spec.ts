// Hand-worked scenarios of the prospect audit's estimate. October 2026 starts on a Thursday: 22 weekdays
// (1–2, 5–9, 12–16, 19–23, 26–30) and 9 weekend days.
import { estimateProspect, isWeekend } from './prospect-estimate.util.js';
import type { PublicAsk, PublicReply } from './prospect.types.js';

const periodFrom = new Date('2026-10-01T00:00:00Z');
const periodTo = new Date('2026-11-01T00:00:00Z');
const dataEnd = new Date('2026-11-05T00:00:00Z');
const MINUTE = 60_000;

const weekdays = [1, 2, 5, 6, 7, 8, 9, 12, 13, 14, 15, 16, 19, 20, 21, 22, 23, 26, 27, 28, 29, 30];
const at = (day: number, time = '10:00') => new Date(`2026-10-${String(day).padStart(2, '0')}T${time}:00Z`);
const ask = (id: string, createdAt: Date, source: PublicAsk['source'] = 'reply_to_account'): PublicAsk => ({
  id,
  createdAt,
  source,
});
const reply = (id: string, createdAt: Date, inReplyToId: string): PublicReply => ({
  id,
  createdAt,
  inReplyToId,
});

describe('a shop that answers every weekday question and none at the weekend', () => {
  // Weekday question i (1..22) is answered after 10·i minutes; four weekend questions are never answered.
  const asks = [
    ...weekdays.map((day, i) => ask(`wd${i + 1}`, at(day))),
    ...[3, 4, 10, 11].map((day) => ask(`we${day}`, at(day), 'mention')),
  ];
  const replies = weekdays.map((day, i) =>
    reply(`r${i + 1}`, new Date(at(day).getTime() + 10 * (i + 1) * MINUTE), `wd${i + 1}`),
  );
  const estimate = estimateProspect({ asks, replies, periodFrom, periodTo, dataEnd, timeZone: 'UTC' });

  test('22 of 26 asks answered within 72 hours: 84.6 %, Wilson [66.5 %; 93.8 %]', () => {
    expect(estimate.all.asks).toBe(26);
    expect(estimate.all.answered).toBe(22);
    expect(estimate.all.responseRate).toEqual({
      answeredWithin72h: 22,
      decided: 26,
      undecided: 0,
      rate: 22 / 26,
    });
    const rate = estimate.all.responseRateEstimate;
    if (rate.status !== 'estimate') throw new Error('expected an estimate');
    expect(rate.value).toBeCloseTo(0.84615, 4);
    expect(rate.interval.lower).toBeCloseTo(0.6647, 3);
    expect(rate.interval.upper).toBeCloseTo(0.9385, 3);
    expect(rate.observations).toBe(26);
  });

  test('median first response: the mean of the 11th and 12th of 10..220 minutes, 115 minutes', () => {
    const frt = estimate.all.medianFrtSeconds;
    if (frt.status !== 'estimate') throw new Error('expected an estimate');
    expect(frt.value).toBe(115 * 60);
    expect(frt.observations).toBe(22);
    expect(frt.interval.lower).toBeLessThanOrEqual(frt.value);
    expect(frt.interval.upper).toBeGreaterThanOrEqual(frt.value);
    // Resampled medians are medians of the sample's values: never outside the fastest and slowest answer.
    expect(frt.interval.lower).toBeGreaterThanOrEqual(10 * 60);
    expect(frt.interval.upper).toBeLessThanOrEqual(220 * 60);
  });

  test('weekdays: 22 of 22, Wilson lower bound n/(n+z²) = 85.1 %; weekends: 4 asks, insufficient data', () => {
    const weekday = estimate.weekday.responseRateEstimate;
    if (weekday.status !== 'estimate') throw new Error('expected an estimate');
    expect(weekday.value).toBe(1);
    expect(weekday.interval.lower).toBeCloseTo(22 / (22 + 1.959964 ** 2), 4);
    expect(weekday.interval.upper).toBe(1);
    expect(estimate.weekend.asks).toBe(4);
    expect(estimate.weekend.answered).toBe(0);
    expect(estimate.weekend.responseRateEstimate).toEqual({
      status: 'insufficient',
      observations: 4,
      required: 20,
    });
    expect(estimate.weekend.medianFrtSeconds).toEqual({
      status: 'insufficient',
      observations: 0,
      required: 20,
    });
  });

  test('every answer came within a day; the asks are told apart by how they were found', () => {
    expect(estimate.all.withinDayCounts).toEqual({ answered: 22, decided: 26 });
    expect(estimate.asksBySource).toEqual({ reply_to_account: 22, mention: 4 });
    expect(estimate.otherReplies).toBe(0);
    expect(estimate.negativeIntervals).toBe(0);
  });
});

describe('a few asks at the edges of the period', () => {
  const estimate = estimateProspect({
    asks: [
      ask('late', at(1)),
      ask('next-day', at(2)),
      ask('young', new Date('2026-10-31T20:00:00Z')),
      ask('young', new Date('2026-10-31T20:00:00Z'), 'mention'),
      ask('before-the-period', new Date('2026-09-30T10:00:00Z')),
      ask('skewed', at(5)),
    ],
    replies: [
      reply('r-late', new Date(at(1).getTime() + 80 * 60 * MINUTE), 'late'),
      reply('r-next-day', new Date(at(2).getTime() + 30 * 60 * MINUTE), 'next-day'),
      reply('r-skewed', new Date(at(5).getTime() - 5 * MINUTE), 'skewed'),
      reply('r-chat', at(6), 'someone-elses-post'),
      reply('r-old', at(1, '09:00'), 'before-the-period'),
    ],
    periodFrom,
    periodTo,
    dataEnd: new Date('2026-11-01T08:00:00Z'),
    timeZone: 'UTC',
  });

  test('a post found twice is one ask; asks before the period are not counted', () => {
    expect(estimate.all.asks).toBe(4);
  });

  test('an answer after 80 hours is answered but not within 72 hours; a 12-hour-old ask is undecided', () => {
    expect(estimate.all.answered).toBe(3);
    expect(estimate.all.responseRate).toEqual({ answeredWithin72h: 1, decided: 2, undecided: 1, rate: 0.5 });
    expect(estimate.all.responseRateEstimate).toEqual({
      status: 'insufficient',
      observations: 2,
      required: 20,
    });
  });

  test('within a day: the 30-hour answer is not, the young ask is not decided yet', () => {
    expect(estimate.all.withinDayCounts).toEqual({ answered: 0, decided: 2 });
  });

  test('a reply older than its ask is a data error; a reply to a post that asked nothing is counted apart, an answer to an ask from before the period is not', () => {
    expect(estimate.negativeIntervals).toBe(1);
    expect(estimate.otherReplies).toBe(1);
    expect(estimate.all.medianFrtSeconds).toEqual({ status: 'insufficient', observations: 2, required: 20 });
  });
});

describe('weekday or weekend is decided in the time zone the consultant gives', () => {
  test('Friday 23:30 UTC is Saturday 01:30 in Vienna', () => {
    const friday = new Date('2026-10-02T23:30:00Z');
    expect(isWeekend(friday, 'UTC')).toBe(false);
    expect(isWeekend(friday, 'Europe/Vienna')).toBe(true);
  });

  test('an empty period is not an error: no asks, no estimate', () => {
    const estimate = estimateProspect({
      asks: [],
      replies: [],
      periodFrom,
      periodTo,
      dataEnd,
      timeZone: 'UTC',
    });
    expect(estimate.all.asks).toBe(0);
    expect(estimate.all.responseRateEstimate).toEqual({
      status: 'insufficient',
      observations: 0,
      required: 20,
    });
  });

  test('a period that ends before it starts is refused', () => {
    expect(() =>
      estimateProspect({
        asks: [],
        replies: [],
        periodFrom: periodTo,
        periodTo: periodFrom,
        dataEnd,
        timeZone: 'UTC',
      }),
    ).toThrow('the period must start before it ends');
  });
});
