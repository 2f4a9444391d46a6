import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { validateRosterEntry } from './roster-entry.validator.js';
import { readRosterCsv } from './roster-csv.parser.js';
import { RosterFileError } from './roster-file.error.js';
import { rejectSignatureConflicts } from './roster-overlap.check.js';
import { readRosterYaml } from './roster-yaml.parser.js';
import type { RosterEntry, RosterReadResult, RosterRejection } from './roster.types.js';

export type RosterFormat = 'yaml' | 'csv';

/** The format a roster file is written in, by extension (.yaml, .yml, .csv; any case). */
export function rosterFormatOf(path: string): RosterFormat {
  const extension = extname(path).toLowerCase();
  if (extension === '.yaml' || extension === '.yml') return 'yaml';
  if (extension === '.csv') return 'csv';
  throw new RosterFileError(path, `unknown roster format "${extension}" (use .yaml, .yml or .csv)`);
}

/**
 * Reads a roster file: valid entries, and a rejection (line, field, reason) for each problem; good entries
 * are kept whatever the bad ones do. Throws RosterFileError when the file as a whole is unreadable.
 * Rosters are small (people write them), so the file is read whole.
 */
export async function readRosterFile(path: string): Promise<RosterReadResult> {
  const format = rosterFormatOf(path);
  return parseRoster(await readFile(path, 'utf8'), format, path);
}

/** Parses roster text; `file` names it in errors. */
export function parseRoster(text: string, format: RosterFormat, file = 'roster'): RosterReadResult {
  const content = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const { raw, rejected } = format === 'yaml' ? readRosterYaml(file, content) : readRosterCsv(file, content);

  const valid: RosterEntry[] = [];
  const problems: RosterRejection[] = [...rejected];
  for (const entry of raw) {
    const result = validateRosterEntry(entry);
    if (Array.isArray(result)) problems.push(...result);
    else valid.push(result);
  }
  const { kept, rejected: conflicts } = rejectSignatureConflicts(valid);
  problems.push(...conflicts);
  return { entries: kept, rejected: problems.sort((a, b) => a.line - b.line) };
}
