// How the jobs commands print jobs: a table for people, JSON for scripts.
import type { JobListItem } from '#persistence';

export function formatJobTable(jobs: JobListItem[]): string {
  if (jobs.length === 0) return 'No jobs.';
  const rows = jobs.map((j) => [
    j.id,
    j.kind,
    j.state,
    String(j.attempts),
    j.workspaceSlug ?? '-',
    j.subject,
    isoMinute(j.enqueuedAt),
    j.finishedAt ? isoMinute(j.finishedAt) : '-',
    j.lastError ? oneLine(j.lastError, 60) : '',
  ]);
  const header = [
    'id',
    'kind',
    'state',
    'tries',
    'workspace',
    'subject',
    'enqueued',
    'finished',
    'last error',
  ];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => c.padEnd(widths[i]))
      .join('  ')
      .trimEnd();
  return [line(header), ...rows.map(line)].join('\n');
}

export function isoMinute(date: Date | string): string {
  return new Date(date).toISOString().slice(0, 16).replace('T', ' ') + 'Z';
}

function oneLine(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
