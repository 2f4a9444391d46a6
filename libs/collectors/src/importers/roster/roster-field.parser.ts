import { IN_HOUSE } from '#domain';

// Single-field checks shared by the YAML and CSV readers. Each returns the normalised value, or a Refusal
// carrying the reason (a class rather than a string, because a string is also a valid value).

export class Refusal {
  constructor(readonly reason: string) {}
}

const AGENCY_PREFIX = 'agency:';
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
// A datetime is accepted only at midnight: roster periods are whole days, and cutting a time off silently
// would move a change of hands by hours.
const MIDNIGHT = /^(\d{4}-\d{2}-\d{2})[T ]00:00(?::00(?:\.0+)?)?(?:Z|[+-]\d{2}:?\d{2})?$/;

/** Text of a scalar (YAML numbers such as an operator id `42` are text too), trimmed; null when empty. */
export function optionalText(value: unknown): string | null | Refusal {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'string' && typeof value !== 'number')
    return new Refusal(`must be text, got ${describe(value)}`);
  const text = String(value).trim();
  return text.length === 0 ? null : text;
}

export function requiredText(value: unknown): string | Refusal {
  const text = optionalText(value);
  return text === null ? new Refusal('is required') : text;
}

/** `in_house` or `agency:<name>`; spaces around the name are dropped, the name keeps its case. */
export function parseSourcingGroup(value: unknown): string | Refusal {
  const text = requiredText(value);
  if (text instanceof Refusal) return text;
  if (text === IN_HOUSE) return IN_HOUSE;
  if (text.toLowerCase().startsWith(AGENCY_PREFIX)) {
    const name = text.slice(AGENCY_PREFIX.length).trim();
    if (name.length > 0) return `${AGENCY_PREFIX}${name}`;
  }
  return new Refusal(`"${text}" is neither in_house nor agency:<name>`);
}

/** `YYYY-MM-DD`, or an ISO datetime at midnight (a spreadsheet's export of a date), as `YYYY-MM-DD`. */
export function parseRosterDate(value: unknown): string | null | Refusal {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return new Refusal('is not a date');
    value = value.toISOString().replace(/T00:00:00\.000Z$/, '');
  }
  const text = optionalText(value);
  if (text === null || text instanceof Refusal) return text;
  const date = MIDNIGHT.exec(text)?.[1] ?? text;
  const match = DATE.exec(date);
  if (match === null) {
    return new Refusal(`"${text}" is not a date (YYYY-MM-DD; a datetime is accepted only at 00:00)`);
  }
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const check = new Date(Date.UTC(year, month - 1, day));
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) {
    return new Refusal(`"${text}" is not a calendar date`);
  }
  return date;
}

function describe(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  return value === null ? 'nothing' : typeof value === 'object' ? 'a mapping' : typeof value;
}
