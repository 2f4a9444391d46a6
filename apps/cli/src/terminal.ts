// What the command line prints: progress on stderr, results on stdout.

export function formatCount(n: number): string {
  return n.toLocaleString('en-US');
}

export function formatDuration(ms: number): string {
  return ms < 1000 ? `${ms} ms` : `${(ms / 1000).toFixed(1)} s`;
}

/**
 * A progress line: on a terminal it rewrites itself up to five times a second; into a file or pipe (a CI log,
 * nohup) it writes a plain line every ten seconds, so that a long import shows it is alive without flooding.
 */
export class ProgressLine {
  private last = 0;

  constructor(
    private readonly stream: NodeJS.WriteStream = process.stderr,
    private readonly clock: () => number = Date.now,
  ) {}

  update(text: string): void {
    const now = this.clock();
    if (this.last === 0 && !this.stream.isTTY) {
      // The first call only starts the clock: a short import prints no progress into a log at all.
      this.last = now;
      return;
    }
    if (now - this.last < (this.stream.isTTY ? 200 : 10_000)) return;
    this.last = now;
    this.stream.write(this.stream.isTTY ? `\r${text}\x1b[K` : `${text}\n`);
  }

  done(): void {
    if (this.stream.isTTY && this.last > 0) this.stream.write('\r\x1b[K');
  }
}
