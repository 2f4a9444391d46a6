import { dueMonthlyReport } from './monthly-report-slot.util.js';

describe('monthly report slot in the workspace time zone', () => {
  test('Vienna in winter: October is due from 23:00 UTC on 31 October (local midnight, 1 November)', () => {
    const before = dueMonthlyReport(new Date('2026-10-31T22:59:59Z'), 'Europe/Vienna');
    const after = dueMonthlyReport(new Date('2026-10-31T23:00:00Z'), 'Europe/Vienna');
    expect(before.month).toBe('2026-09');
    expect(after).toEqual({ month: '2026-10', slot: new Date('2026-10-31T23:00:00Z') });
  });

  test('Vienna in summer: June is due from 22:00 UTC on 30 June', () => {
    expect(dueMonthlyReport(new Date('2026-06-30T22:00:00Z'), 'Europe/Vienna')).toEqual({
      month: '2026-06',
      slot: new Date('2026-06-30T22:00:00Z'),
    });
  });

  test('the whole month after shares one slot: ticks on the 1st and on the 20th are the same job', () => {
    const first = dueMonthlyReport(new Date('2026-11-01T08:00:00Z'), 'Europe/Vienna');
    const later = dueMonthlyReport(new Date('2026-11-20T08:00:00Z'), 'Europe/Vienna');
    expect(later).toEqual(first);
  });

  test('January reports December of the year before', () => {
    expect(dueMonthlyReport(new Date('2027-01-01T05:00:00Z'), 'UTC').month).toBe('2026-12');
  });
});
