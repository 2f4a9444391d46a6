import type { ShiftWindow } from '#domain';
import {
  optionalText,
  parseRosterDate,
  parseSourcingGroup,
  Refusal,
  requiredText,
} from './roster-field.parser.js';
import type { RosterEntry, RosterField, RosterRejection } from './roster.types.js';
import { parseShiftRule, parseShiftText, type ShiftParseResult } from './shift-window.parser.js';

/** One entry as read from a file, before validation: values as found, with the line of each field. */
export interface RawRosterEntry {
  line: number;
  values: Partial<Record<RosterField, unknown>>;
  /** Line of each field where the format knows it better than the entry's line (YAML). */
  fieldLines?: Partial<Record<RosterField, number>>;
}

/**
 * Validates every field and reports each bad one, so that a person fixing a roster sees all problems of
 * a line at once. Shared by the YAML and CSV readers: the rules do not depend on the file format.
 */
export function validateRosterEntry(raw: RawRosterEntry): RosterEntry | RosterRejection[] {
  const rejected: RosterRejection[] = [];
  const check = <T>(field: RosterField, result: T | Refusal): T | null => {
    if (!(result instanceof Refusal)) return result;
    rejected.push({ line: raw.fieldLines?.[field] ?? raw.line, field, reason: `${field} ${result.reason}` });
    return null;
  };
  const { values } = raw;

  const account = check('account', requiredText(values.account));
  const signature = check('signature', optionalText(values.signature));
  const operator = check('operator', requiredText(values.operator));
  const sourcingGroup = check('group', parseSourcingGroup(values.group));
  const from = check('from', requiredDate(values.from));
  const to = check('to', parseRosterDate(values.to));
  const shifts = check('shifts', parseShifts(values.shifts));
  if (from !== null && to !== null && to <= from) {
    rejected.push({
      line: raw.fieldLines?.to ?? raw.line,
      field: 'to',
      reason: `to ${to} is not after from ${from} (to is the first day no longer on the account)`,
    });
  }

  if (
    rejected.length > 0 ||
    account === null ||
    operator === null ||
    sourcingGroup === null ||
    from === null
  ) {
    return rejected;
  }
  return {
    line: raw.line,
    // Handles are written with or without the @ people see on screen.
    account: account.startsWith('@') ? account.slice(1) : account,
    signature,
    operator,
    sourcingGroup,
    from,
    to,
    shifts,
  };
}

function requiredDate(value: unknown): string | Refusal {
  const date = parseRosterDate(value);
  return date === null ? new Refusal('is required') : date;
}

/** Text (`mon-fri 09:00-17:00; sat 10:00-14:00`) or a YAML list of rules; nothing means "any time". */
function parseShifts(value: unknown): ShiftWindow[] | null | Refusal {
  if (value === null || value === undefined || (typeof value === 'string' && value.trim() === ''))
    return null;
  let result: ShiftParseResult;
  if (typeof value === 'string') {
    result = parseShiftText(value);
  } else if (Array.isArray(value) && value.length > 0) {
    const windows: ShiftWindow[] = [];
    for (const [index, rule] of value.entries()) {
      const one = parseRule(rule);
      if (!one.ok) return new Refusal(`rule ${index + 1}: ${one.reason}`);
      windows.push(...one.windows);
    }
    result = { ok: true, windows: windows.sort((a, b) => a.day - b.day || a.startMinute - b.startMinute) };
  } else {
    return new Refusal('must be text such as "mon-fri 09:00-17:00" or a list of {days, start, end}');
  }
  return result.ok ? result.windows : new Refusal(result.reason);
}

function parseRule(rule: unknown): ShiftParseResult {
  if (rule === null || typeof rule !== 'object' || Array.isArray(rule)) {
    return { ok: false, reason: 'is not a mapping {days, start, end}' };
  }
  const { days, start, end, ...extra } = rule as Record<string, unknown>;
  const unknown = Object.keys(extra);
  if (unknown.length > 0) return { ok: false, reason: `unknown key(s) ${unknown.join(', ')}` };
  const isDays =
    typeof days === 'string' || (Array.isArray(days) && days.every((d) => typeof d === 'string'));
  if (!isDays || typeof start !== 'string' || typeof end !== 'string') {
    return {
      ok: false,
      reason: 'needs days (a list or text such as mon-fri) and start and end as "HH:MM" text',
    };
  }
  return parseShiftRule({ days: days as string | string[], start, end });
}
