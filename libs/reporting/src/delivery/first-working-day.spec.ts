import {
  currentReportDelivery,
  deliveryDueAt,
  firstWorkingDay,
  parseHolidayCalendar,
} from './first-working-day.util.js';

describe('the first working day, when the monthly report is mailed', () => {
  it('skips weekends', () => {
    expect(firstWorkingDay('2026-08', null)).toBe('2026-08-03'); // 1 August 2026 is a Saturday
    expect(firstWorkingDay('2026-02', null)).toBe('2026-02-02'); // 1 February 2026 is a Sunday
    expect(firstWorkingDay('2026-04', null)).toBe('2026-04-01'); // a Wednesday
  });

  it('skips the public holidays of the calendar given, and only those', () => {
    // 1 January 2026 is a Thursday (New Year), 1 May 2026 a Friday (Labour Day in Austria and Germany).
    expect(firstWorkingDay('2026-01', null)).toBe('2026-01-01');
    expect(firstWorkingDay('2026-01', 'AT')).toBe('2026-01-02');
    expect(firstWorkingDay('2026-05', 'DE-BY')).toBe('2026-05-04');
    expect(firstWorkingDay('2026-05', 'GB')).toBe('2026-05-01'); // no holiday on 1 May in England
  });

  it('reads country and state codes and refuses anything else', () => {
    expect(parseHolidayCalendar('de-by')).toEqual({ country: 'DE', state: 'BY' });
    expect(parseHolidayCalendar(null)).toBeNull();
    expect(() => parseHolidayCalendar('Austria')).toThrow(/country code/);
    expect(() => firstWorkingDay('2026-01', 'XX')).toThrow(/Unknown holiday country "XX"/);
  });

  it('is due at the send hour in the workspace zone, summer or winter', () => {
    // October's report: 2 November 2026 is a Monday; 08:00 in Vienna is 07:00 UTC (winter time).
    expect(deliveryDueAt('2026-10', 'Europe/Vienna', 8, 'AT').toISOString()).toBe('2026-11-02T07:00:00.000Z');
    // March's report: 1 April 2026, 08:00 in Vienna is 06:00 UTC (summer time).
    expect(deliveryDueAt('2026-03', 'Europe/Vienna', 8, 'AT').toISOString()).toBe('2026-04-01T06:00:00.000Z');
  });

  it("names last month's report as the one due this month", () => {
    const due = currentReportDelivery(new Date('2026-11-01T12:00:00Z'), 'Europe/Vienna', {
      sendHour: 8,
      holidayCalendar: 'AT',
    });
    expect(due).toEqual({ month: '2026-10', dueAt: new Date('2026-11-02T07:00:00.000Z') });
  });
});
