// Schedule slots: a schedule that runs every N minutes has one slot per N minutes, and one job per slot at
// most. Each schedule key gets its own phase inside the interval, so that 500 accounts collected every five
// minutes do not all become due in the same second.

const MINUTE_MS = 60_000;

/** FNV-1a over the key: stable across processes and releases, unlike Math.random or object hashes. */
function stableHash(key: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i += 1) {
    hash ^= key.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/** The schedule's offset inside its interval, in whole seconds. */
export function slotPhaseMs(scheduleKey: string, everyMinutes: number): number {
  const seconds = everyMinutes * 60;
  return (stableHash(scheduleKey) % seconds) * 1000;
}

/** Start of the slot that contains `now` for a schedule running every `everyMinutes`, phase included. */
export function slotStart(now: Date, everyMinutes: number, phaseMs = 0): Date {
  if (!Number.isInteger(everyMinutes) || everyMinutes < 1) {
    throw new Error(`a schedule interval must be a whole number of minutes, at least 1; got ${everyMinutes}`);
  }
  const every = everyMinutes * MINUTE_MS;
  const shifted = now.getTime() - phaseMs;
  return new Date(Math.floor(shifted / every) * every + phaseMs);
}

/** The slot of a schedule key: phase derived from the key. */
export function scheduleSlot(scheduleKey: string, now: Date, everyMinutes: number): Date {
  return slotStart(now, everyMinutes, slotPhaseMs(scheduleKey, everyMinutes));
}
