// The time the scheduler and the jobs go by. Production reads the system clock; tests and demonstrations set
// it: in-process with ManualClock, in child processes with LEDGER_CLOCK_START (the clock starts at that
// instant and runs at normal speed from there), so no test sleeps through real minutes.

/** Injection token and the system clock in one: `constructor(private readonly clock: Clock)`. */
export class Clock {
  now(): Date {
    return new Date();
  }
}

export class SystemClock extends Clock {}

/** Starts at a given instant and advances with real time. */
export class OffsetClock extends Clock {
  private readonly offsetMs: number;

  constructor(start: Date, realNow: number = Date.now()) {
    super();
    this.offsetMs = start.getTime() - realNow;
  }

  override now(): Date {
    return new Date(Date.now() + this.offsetMs);
  }
}

/** Stands still until told otherwise. */
export class ManualClock extends Clock {
  constructor(private current: Date) {
    super();
  }

  override now(): Date {
    return new Date(this.current.getTime());
  }

  set(instant: Date): void {
    this.current = new Date(instant.getTime());
  }

  advance(ms: number): void {
    this.current = new Date(this.current.getTime() + ms);
  }
}

/** LEDGER_CLOCK_START=<ISO instant> selects an OffsetClock; otherwise the system clock. */
export function clockFromEnv(env: NodeJS.ProcessEnv = process.env): Clock {
  const start = env.LEDGER_CLOCK_START;
  if (!start) return new SystemClock();
  const instant = new Date(start);
  if (Number.isNaN(instant.getTime())) {
    throw new Error(`LEDGER_CLOCK_START must be an ISO instant such as 2026-10-31T22:59:55Z, got "${start}"`);
  }
  return new OffsetClock(instant);
}
