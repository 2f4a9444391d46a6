import type { DemoAssignment } from './demo.types.js';
import { nextCoverage, onShiftAt } from './demo-roster.js';
import { onDays, WEEKDAYS } from './weekly-windows.js';

const at = (iso: string): number => Date.parse(iso);
const TZ = 'Europe/London';
// January: London is on UTC, so local and UTC clock times coincide.
const handover = new Date('2024-01-17T00:00:00Z');
const assignments: DemoAssignment[] = [
  {
    accountHandle: 'A',
    operatorName: 'Staff',
    from: new Date('2024-01-01T00:00:00Z'),
    to: handover,
    shifts: onDays(WEEKDAYS, '08:00', '18:00'),
  },
  { accountHandle: 'A', operatorName: 'Agency', from: handover, to: null, shifts: null },
];

describe('demo roster', () => {
  it('finds who is on shift, honouring shifts and validity', () => {
    expect(onShiftAt(assignments, at('2024-01-15T09:00:00Z'), TZ).map((a) => a.operatorName)).toEqual([
      'Staff',
    ]);
    expect(onShiftAt(assignments, at('2024-01-15T20:00:00Z'), TZ)).toEqual([]);
    expect(onShiftAt(assignments, at('2024-01-17T20:00:00Z'), TZ).map((a) => a.operatorName)).toEqual([
      'Agency',
    ]);
  });

  it('finds the next person to come on shift', () => {
    expect(nextCoverage(assignments, at('2024-01-15T09:00:00Z'), TZ)).toEqual({
      assignment: assignments[0],
      atMs: at('2024-01-15T09:00:00Z'),
    });
    // Friday evening: the staff member is back on Monday morning.
    expect(nextCoverage(assignments, at('2024-01-12T19:00:00Z'), TZ)?.atMs).toBe(at('2024-01-15T08:00:00Z'));
    // Tuesday night before the handover: the agency takes over at midnight, before staff would be back.
    expect(nextCoverage(assignments, at('2024-01-16T19:00:00Z'), TZ)).toEqual({
      assignment: assignments[1],
      atMs: handover.getTime(),
    });
    expect(nextCoverage([], at('2024-01-16T19:00:00Z'), TZ)).toBeNull();
  });
});
