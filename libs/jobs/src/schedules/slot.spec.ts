import { scheduleSlot, slotPhaseMs, slotStart } from './slot.util.js';

describe('schedule slots', () => {
  const at = (iso: string) => new Date(iso);

  test('every instant of a five-minute slot maps to the same slot start', () => {
    const a = slotStart(at('2026-11-02T10:00:00Z'), 5);
    const b = slotStart(at('2026-11-02T10:04:59.999Z'), 5);
    const next = slotStart(at('2026-11-02T10:05:00Z'), 5);
    expect(a.toISOString()).toBe('2026-11-02T10:00:00.000Z');
    expect(b).toEqual(a);
    expect(next.toISOString()).toBe('2026-11-02T10:05:00.000Z');
  });

  test('a phase shifts the slot boundaries by the same amount', () => {
    const phase = 90_000;
    expect(slotStart(at('2026-11-02T10:01:29Z'), 5, phase).toISOString()).toBe('2026-11-02T09:56:30.000Z');
    expect(slotStart(at('2026-11-02T10:01:30Z'), 5, phase).toISOString()).toBe('2026-11-02T10:01:30.000Z');
  });

  test('the phase of a key is stable, whole seconds and inside the interval', () => {
    const phase = slotPhaseMs('collect:6f1c:mentions', 5);
    expect(slotPhaseMs('collect:6f1c:mentions', 5)).toBe(phase);
    expect(phase % 1000).toBe(0);
    expect(phase).toBeGreaterThanOrEqual(0);
    expect(phase).toBeLessThan(5 * 60_000);
  });

  test('500 accounts collected every five minutes spread over the interval instead of one second', () => {
    const phases = new Set(
      Array.from({ length: 500 }, (_, i) => slotPhaseMs(`collect:account-${i}:mentions`, 5)),
    );
    expect(phases.size).toBeGreaterThan(200);
  });

  test('consecutive slots of a key are one interval apart', () => {
    const first = scheduleSlot('collect:x:mentions', at('2026-11-02T10:00:00Z'), 5);
    const second = scheduleSlot('collect:x:mentions', new Date(first.getTime() + 5 * 60_000), 5);
    expect(second.getTime() - first.getTime()).toBe(5 * 60_000);
  });

  test('an interval that is not whole minutes is refused', () => {
    expect(() => slotStart(at('2026-11-02T10:00:00Z'), 0)).toThrow(/at least 1/);
    expect(() => slotStart(at('2026-11-02T10:00:00Z'), 2.5)).toThrow(/whole number/);
  });
});
