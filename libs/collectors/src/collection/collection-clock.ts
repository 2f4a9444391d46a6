/**
 * Time as the collectors see it: the current instant, waiting, and the randomness behind jitter. Injected so
 * that backoff and Retry-After are tested without real waiting.
 */
export interface CollectionClock {
  now(): Date;
  sleep(ms: number): Promise<void>;
  /** A number in [0, 1). */
  random(): number;
}

export const COLLECTION_CLOCK = Symbol('COLLECTION_CLOCK');

export const SYSTEM_CLOCK: CollectionClock = {
  now: () => new Date(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  random: () => Math.random(),
};
