// What every benchmark needs: the machine it ran on, child processes that report JSON, and the results file.
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';

export const ROOT = process.cwd();
export const RESULTS_FILE = path.join(ROOT, 'bench/results/RESULTS.md');
export const CACHE_DIR = path.join(ROOT, 'bench/.cache');

export interface Machine {
  date: string;
  commit: string;
  cores: number;
  cpu: string;
  memoryGiB: number;
  node: string;
  postgres: string | null;
}

export async function describeMachine(serverUrl: string | null): Promise<Machine> {
  let commit = 'unknown';
  try {
    commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT }).toString().trim();
  } catch {
    // Not a git checkout: the results still carry everything else.
  }
  let postgres: string | null = null;
  if (serverUrl) {
    const client = new pg.Client({ connectionString: serverUrl });
    await client.connect();
    postgres = (await client.query('SHOW server_version')).rows[0].server_version as string;
    await client.end();
  }
  return {
    date: new Date().toISOString(),
    commit,
    cores: os.cpus().length,
    cpu: os.cpus()[0]?.model ?? 'unknown',
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    postgres,
  };
}

/** Runs a compiled bench script in a child process and returns the JSON object it printed last. */
export function runJson<T>(script: string, args: string[], env: Record<string, string> = {}): Promise<T> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(ROOT, 'dist/bench', script), ...args], {
      cwd: ROOT,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.on('error', reject);
    child.on('close', (code) => {
      const last = out.trim().split('\n').at(-1) ?? '';
      if (code !== 0) return reject(new Error(`${script} exited with ${code}: ${out}`));
      try {
        resolve(JSON.parse(last) as T);
      } catch {
        reject(new Error(`${script} printed no JSON result: ${out}`));
      }
    });
  });
}

/** A fresh database on the server for one measurement; returns its URL and a function that drops it. */
export async function freshServerDatabase(
  serverUrl: string,
  name: string,
): Promise<{ url: string; drop: () => Promise<void> }> {
  const admin = async (sql: string) => {
    const client = new pg.Client({ connectionString: serverUrl });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  await admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await admin(`CREATE DATABASE "${name}"`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`) };
}

/** Is a PostgreSQL server answering at this URL? */
export async function serverAvailable(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.end();
    return true;
  } catch {
    return false;
  }
}

export function appendResults(machine: Machine, sections: string[]): void {
  fs.mkdirSync(path.dirname(RESULTS_FILE), { recursive: true });
  const header =
    `## ${machine.date} · commit ${machine.commit}\n\n` +
    `Machine: ${machine.cores} cores (${machine.cpu}), ${machine.memoryGiB} GiB, Node ${machine.node}, ` +
    `PostgreSQL ${machine.postgres ?? 'not measured'}, PGlite (embedded, PostgreSQL 18 in WebAssembly).\n\n`;
  const existing = fs.existsSync(RESULTS_FILE)
    ? fs.readFileSync(RESULTS_FILE, 'utf8')
    : '# Benchmark results\n\nNewest first. Written by `npm run bench`.\n\n';
  const [title, ...rest] = existing.split(/\n(?=## )/);
  fs.writeFileSync(
    RESULTS_FILE,
    [title.trimEnd() + '\n', header + sections.join('\n') + '\n', ...rest].join('\n'),
  );
}

/** Fails the benchmark run (non-zero exit) when a result is wrong, never when it is slow. */
export function check(condition: boolean, message: string): void {
  if (!condition) throw new Error(`WRONG RESULT: ${message}`);
}

export function fmt(n: number, digits = 0): string {
  return n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
}
