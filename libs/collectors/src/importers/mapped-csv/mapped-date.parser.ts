// Reads `created_at` cells in the format a mapping names. Patterns use the tokens people know from
// spreadsheet and date libraries; everything else in a pattern is literal text.
import type { LocalDateTime } from '../export-items/export-item.types.js';
import { parseIsoDateTime, parseOffset, validLocal } from '../export-items/export-time.parser.js';
import { parseTwcsDate } from '../twcs/twcs-date.parser.js';
import type { CreatedAtFormat } from './column-mapping.types.js';

export type DateReader = (value: string) => Date | LocalDateTime | null;

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** Token → [regex source, part it sets]. Longer tokens first, so `MMM` is not read as `MM` + `M`. */
const TOKENS: [string, string, Part | null][] = [
  ['YYYY', '(\\d{4})', 'year'],
  ['MMM', '([A-Za-z]{3})', 'monthName'],
  ['MM', '(\\d{2})', 'month'],
  ['M', '(\\d{1,2})', 'month'],
  ['DD', '(\\d{2})', 'day'],
  ['D', '(\\d{1,2})', 'day'],
  ['HH', '(\\d{2})', 'hour'],
  ['H', '(\\d{1,2})', 'hour'],
  ['hh', '(\\d{2})', 'hour12'],
  ['h', '(\\d{1,2})', 'hour12'],
  ['mm', '(\\d{2})', 'minute'],
  ['ss', '(\\d{2})', 'second'],
  ['SSS', '(\\d{1,9})', 'fraction'],
  ['A', '([AaPp][Mm])', 'meridiem'],
  ['a', '([AaPp][Mm])', 'meridiem'],
  ['ZZ', '(Z|[+-]\\d{2}:?\\d{2})', 'offset'],
  ['Z', '(Z|[+-]\\d{2}:?\\d{2})', 'offset'],
  ['ddd', '[A-Za-z]{3}', null],
];
type Part =
  | 'year'
  | 'monthName'
  | 'month'
  | 'day'
  | 'hour'
  | 'hour12'
  | 'minute'
  | 'second'
  | 'fraction'
  | 'meridiem'
  | 'offset';

const TOKEN_PATTERN = new RegExp(TOKENS.map(([token]) => token).join('|'), 'g');

/** A reader for the format; throws an Error that says what is wrong with a pattern. */
export function dateReaderFor(format: CreatedAtFormat): DateReader {
  if (format === 'iso') return parseIsoDateTime;
  if (format === 'twitter') return parseTwcsDate;
  if (format === 'unix') return (value) => epoch(value, 1000);
  if (format === 'unix_ms') return (value) => epoch(value, 1);
  return compilePattern(format.pattern);
}

function epoch(value: string, msPerUnit: number): Date | null {
  const text = value.trim();
  if (!/^\d+(\.\d+)?$/.test(text)) return null;
  const ms = Math.round(Number(text) * msPerUnit);
  const date = new Date(ms);
  return Number.isNaN(date.getTime()) || date.getUTCFullYear() < 1900 || date.getUTCFullYear() > 9999
    ? null
    : date;
}

function compilePattern(pattern: string): DateReader {
  const parts: (Part | null)[] = [];
  let source = '';
  let last = 0;
  for (const match of pattern.matchAll(TOKEN_PATTERN)) {
    source += escape(pattern.slice(last, match.index));
    const [, regex, part] = TOKENS.find(([token]) => token === match[0])!;
    source += regex;
    if (part !== null) parts.push(part);
    last = match.index! + match[0].length;
  }
  source += escape(pattern.slice(last));
  const has = (...wanted: Part[]) => wanted.some((p) => parts.includes(p));
  const lacking = [
    has('year') ? null : 'YYYY',
    has('month', 'monthName') ? null : 'MM',
    has('day') ? null : 'DD',
    has('hour', 'hour12') ? null : 'HH',
    has('minute') ? null : 'mm',
  ].filter((t) => t !== null);
  if (lacking.length > 0) throw new Error(`the pattern "${pattern}" has no ${lacking.join(', ')}`);
  if (has('hour12') !== has('meridiem'))
    throw new Error(`the pattern "${pattern}" must use h/hh together with A (AM/PM), or HH without it`);
  if (new Set(parts).size !== parts.length) throw new Error(`the pattern "${pattern}" repeats a part`);
  const regex = new RegExp(`^${source}$`);

  return (value) => {
    const m = regex.exec(value.trim());
    if (m === null) return null;
    const at = (part: Part) => {
      const i = parts.indexOf(part);
      return i === -1 ? undefined : m[i + 1];
    };
    const monthName = at('monthName');
    const month = monthName === undefined ? Number(at('month')) : MONTHS.indexOf(monthName.toLowerCase()) + 1;
    let hour = Number(at('hour') ?? at('hour12'));
    const meridiem = at('meridiem');
    if (meridiem !== undefined) {
      if (hour < 1 || hour > 12) return null;
      hour = (hour % 12) + (meridiem.toLowerCase() === 'pm' ? 12 : 0);
    }
    const fraction = at('fraction');
    const local = validLocal({
      year: Number(at('year')),
      month,
      day: Number(at('day')),
      hour,
      minute: Number(at('minute')),
      second: Number(at('second') ?? 0),
      millisecond: fraction === undefined ? 0 : Math.floor(Number(`0.${fraction}`) * 1000),
    });
    if (local === null) return null;
    const offsetText = at('offset');
    if (offsetText === undefined) return local;
    const offset = parseOffset(offsetText);
    if (offset === null) return null;
    const wall = Date.UTC(local.year, local.month - 1, local.day, local.hour, local.minute, local.second);
    return new Date(wall + local.millisecond - offset * 60_000);
  };
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
