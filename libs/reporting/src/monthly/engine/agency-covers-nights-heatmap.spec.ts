// The coverage heat map of one account where staff work weekdays 09:00–17:00 and the agency covers weekday
// nights 20:00–06:00; nobody covers the weekend or the evenings 17:00–20:00.
import type { AccountFact, AssignmentFact, InboundItemFact, OperatorFact } from '#domain';
import { buildCoverageHeatmap } from './coverage-heatmap.util.js';

const tz = 'Europe/Berlin';
const account: AccountFact = { id: 'a', handle: 'shop', platform: 'x', timeZone: tz, signaturePattern: null };
const operators: OperatorFact[] = [
  { id: 'staff', name: 'Anna', sourcingGroup: 'in_house' },
  { id: 'agent', name: 'Priya', sourcingGroup: 'agency:CallCo' },
];
const weekdays = (start: number, end: number) =>
  [1, 2, 3, 4, 5].map((day) => ({ day, startMinute: start * 60, endMinute: end * 60 }));
const since = new Date('2025-01-01T00:00:00Z');
const assignments: AssignmentFact[] = [
  { accountId: 'a', operatorId: 'staff', from: since, to: null, shifts: weekdays(9, 17) },
  { accountId: 'a', operatorId: 'agent', from: since, to: null, shifts: weekdays(20, 6) },
];
// April 2025 in Berlin (summer time, UTC+2). 7 April is a Monday, 12 April a Saturday.
const from = new Date('2025-03-31T22:00:00Z');
const to = new Date('2025-04-30T22:00:00Z');
const item = (local: string, n = 1): InboundItemFact[] =>
  Array.from({ length: n }, (_, i) => ({
    accountId: 'a',
    externalId: `${local}-${i}`,
    createdAt: new Date(`${local}+02:00`),
    conversationId: null,
    actionable: true,
  }));

describe('coverage heat map: staff by day, the agency by night, nobody at the weekend', () => {
  const map = buildCoverageHeatmap({
    from,
    to,
    timeZone: tz,
    accounts: [account],
    operators,
    assignments,
    inbound: [
      ...item('2025-04-07T10:15:00', 3), // Monday 10:00, staff
      ...item('2025-04-08T23:30:00', 2), // Tuesday 23:00, agency
      ...item('2025-04-12T11:00:00', 4), // Saturday 11:00, nobody
      ...item('2025-04-09T18:10:00'), // Wednesday 18:00, between the shifts
      { ...item('2025-04-07T10:20:00')[0], actionable: false }, // not actionable: not counted
    ],
  });
  const cell = (weekday: number, hour: number) => map.rows[weekday].cells[hour];

  it('has seven rows, Monday first, of 24 hours each', () => {
    expect(map.rows.map((row) => row.weekday)).toEqual([0, 1, 2, 3, 4, 5, 6]);
    for (const row of map.rows) expect(row.cells).toHaveLength(24);
  });

  it('colours each hour by who the roster had on shift', () => {
    expect(cell(0, 10).coverage).toBe('staff');
    expect(cell(0, 16).coverage).toBe('staff');
    expect(cell(0, 17).coverage).toBe('nobody');
    expect(cell(1, 23).coverage).toBe('agency');
    // Saturday 02:00 is still Friday's night shift; Saturday 07:00 is nobody's.
    expect(cell(5, 2).coverage).toBe('agency');
    expect(cell(5, 7).coverage).toBe('nobody');
    expect(cell(6, 12).coverage).toBe('nobody');
  });

  it('counts actionable inbound items per weekday-hour, and those that arrived with nobody on shift', () => {
    expect(cell(0, 10)).toMatchObject({ inbound: 3, uncovered: 0 });
    expect(cell(1, 23)).toMatchObject({ inbound: 2, uncovered: 0 });
    expect(cell(5, 11)).toMatchObject({ inbound: 4, uncovered: 4 });
    expect(cell(2, 18)).toMatchObject({ inbound: 1, uncovered: 1 });
    expect(map.totalInbound).toBe(10);
    expect(map.uncoveredInbound).toBe(5);
    expect(map.maxInbound).toBe(4);
  });
});
