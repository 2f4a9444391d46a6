// Worker processes for the workers benchmark: the compiled apps/worker, started as `npm run worker` starts
// it, and the CPU time they (and anything else) spent, read from /proc (Linux) for the benchmark's profile.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT } from '../bench-support.js';

const CLOCK_TICKS_PER_SECOND = 100;

export class WorkerFleet {
  private constructor(private readonly workers: { name: string; child: ChildProcess; output: string[] }[]) {}

  /** Starts `count` workers together and waits until each says it is running. */
  static async start(count: number, env: Record<string, string>, timeoutMs = 120_000): Promise<WorkerFleet> {
    const workers = Array.from({ length: count }, (_, i) => {
      const name = `bench-w${i + 1}`;
      const child = spawn(process.execPath, [path.join(ROOT, 'dist/apps/worker/src/main.js')], {
        cwd: ROOT,
        // Four collection jobs at once per process: what a worker on the PostgreSQL server should run (docs/jobs.md).
        env: { LEDGER_WORKER_CONCURRENCY: '4', ...process.env, ...env, LEDGER_WORKER_NAME: name },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      const output: string[] = [];
      child.stdout!.on('data', (d) => output.push(String(d)));
      child.stderr!.on('data', (d) => output.push(String(d)));
      return { name, child, output };
    });
    const fleet = new WorkerFleet(workers);
    const deadline = Date.now() + timeoutMs;
    try {
      for (const w of workers) {
        while (!w.output.join('').includes('Channel Ledger worker running')) {
          if (w.child.exitCode !== null) throw new Error(`worker ${w.name} exited:\n${w.output.join('')}`);
          if (Date.now() > deadline) throw new Error(`worker ${w.name} did not start:\n${w.output.join('')}`);
          await new Promise((resolve) => setTimeout(resolve, 100));
        }
      }
    } catch (error) {
      await fleet.stop();
      throw error;
    }
    return fleet;
  }

  get pids(): number[] {
    return this.workers.map((w) => w.child.pid!);
  }

  /** Warnings and errors the workers logged (a failed attempt is logged as a warning). */
  problems(): string[] {
    return this.workers.flatMap((w) =>
      w.output
        .join('')
        .split('\n')
        .filter((line) => /\b(WARN|ERROR)\b/.test(line))
        .map((line) => `${w.name}: ${line.trim()}`),
    );
  }

  /** SIGTERM each (they finish or hand back their jobs), SIGKILL whatever is still running after 30 s. */
  async stop(): Promise<void> {
    await Promise.all(
      this.workers.map(async ({ child }) => {
        if (child.exitCode !== null || child.signalCode !== null) return;
        const exited = new Promise((resolve) => child.once('exit', resolve));
        const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
        child.kill('SIGTERM');
        await exited;
        clearTimeout(timer);
      }),
    );
  }
}

/** CPU seconds (user + system) a process has used so far; 0 when it is gone. */
export function cpuSecondsOf(pid: number): number {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name (which may contain spaces): utime and stime are the 12th and 13th.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS_PER_SECOND;
  } catch {
    return 0;
  }
}

/** CPU seconds of the whole machine (all cores, busy time) so far, for the share the measured parts had. */
export function machineBusySeconds(): number {
  return os
    .cpus()
    .reduce((sum, c) => sum + (c.times.user + c.times.nice + c.times.sys + c.times.irq) / 1000, 0);
}
