// Shared by the incident and audit commands: periods typed as days, incident ids typed as prefixes, tables.
import { addDays, addMonths, dayStart, monthPeriod } from '#domain';
import { defaultActor, IncidentRepository, type IncidentView, type WorkspaceEntity } from '#persistence';
import type { LedgerActor } from '#collectors';
import { CliError, type CliApp } from '../cli-context.js';

export interface PeriodOptions {
  from?: string;
  to?: string;
  month?: string;
}

/** [from, to) from --month, or --from/--to days in the workspace time zone (--to inclusive); open ends: all. */
export function parsePeriod(
  opts: PeriodOptions,
  timeZone: string,
): { from: Date; to: Date; bounded: boolean } {
  try {
    if (opts.month) {
      if (opts.from || opts.to) throw new CliError('give --month or --from/--to, not both');
      return { ...monthPeriod(opts.month, timeZone), bounded: true };
    }
    const from = opts.from ? dayStart(opts.from, timeZone) : new Date(0);
    const to = opts.to ? dayStart(addDays(opts.to, 1), timeZone) : new Date('9999-12-31T00:00:00Z');
    if (opts.to) dayStart(opts.to, timeZone);
    if (to <= from) throw new CliError(`--to (${opts.to}) is before --from (${opts.from})`);
    return { from, to, bounded: Boolean(opts.from || opts.to) };
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError((error as Error).message);
  }
}

/** For messages: the month before the current one, as an example that fits the workspace. */
export function exampleMonth(): string {
  return addMonths(new Date().toISOString().slice(0, 7), -1);
}

/** The person at the terminal, now. */
export function cliActor(): LedgerActor {
  return { actor: defaultActor(), at: new Date() };
}

/** An incident by its id or the first characters of it (at least 4, unique in the workspace). */
export async function resolveIncident(
  app: CliApp,
  workspace: WorkspaceEntity,
  idOrPrefix: string,
): Promise<IncidentView> {
  const found = await app.get(IncidentRepository).findByIdPrefix(workspace.id, idOrPrefix.trim());
  if (found.length === 1) return found[0];
  if (found.length === 0)
    throw new CliError(
      `No incident "${idOrPrefix}" in "${workspace.slug}" (ledger incidents list -w ${workspace.slug})`,
    );
  throw new CliError(
    `"${idOrPrefix}" names ${found.length} incidents: type more of the id (${found.map((i) => i.id.slice(0, 8)).join(', ')})`,
  );
}

export function isoMinute(date: Date | null): string {
  return date ? `${date.toISOString().slice(0, 16).replace('T', ' ')}Z` : '';
}

/** A plain text table: columns padded to their widest cell, the last column left free. */
export function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]?.length ?? 0)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i])))
      .join('  ')
      .trimEnd();
  return [line(header), ...rows.map(line)].join('\n');
}

export function splitList(value: string | undefined): string[] | undefined {
  if (!value) return undefined;
  const items = value
    .split(',')
    .map((v) => v.trim())
    .filter(Boolean);
  return items.length ? items : undefined;
}
