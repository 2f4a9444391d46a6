// What the command line prints: progress on stderr (only on a terminal), results on stdout.

export function formatCount(n: number): string {
  return n.toLocaleString('en-US');
}

export function formatDuration(ms: number): string {
  return ms < 1000 ? `${ms} ms` : `${(ms / 1000).toFixed(1)} s`;
}

/** A progress line that rewrites itself on a terminal and stays silent when stderr is a file or pipe. */
export class ProgressLine {
  private last = 0;

  constructor(private readonly stream: NodeJS.WriteStream = process.stderr) {}

  update(text: string): void {
    if (!this.stream.isTTY) return;
    const now = Date.now();
    if (now - this.last < 200) return;
    this.last = now;
    this.stream.write(`\r${text}\x1b[K`);
  }

  done(): void {
    if (this.stream.isTTY && this.last > 0) this.stream.write('\r\x1b[K');
  }
}
