import { TwcsHeaderError } from './twcs-header.error.js';
import { TWCS_COLUMNS, type TwcsColumn } from './twcs.types.js';

/** Where each twcs column sits in a record of this file. */
export interface TwcsHeaderMap {
  /** Column index of each twcs column. */
  index: Record<TwcsColumn, number>;
  /** Number of columns every record must have. */
  width: number;
  /** Header names present but not used (a pandas index column, extra export columns). */
  ignored: string[];
}

/**
 * Maps header names to positions, so column order does not matter. Names are compared trimmed and
 * case-insensitively. Unknown columns are ignored: pandas writes its index as an unnamed first column
 * (`,tweet_id,...`, or `Unnamed: 0` after a round trip), and re-exports often append columns.
 */
export function mapTwcsHeader(file: string, header: string[]): TwcsHeaderMap {
  const positions = new Map<string, number[]>();
  header.forEach((name, position) => {
    const key = name.trim().toLowerCase();
    positions.set(key, [...(positions.get(key) ?? []), position]);
  });

  const missing = TWCS_COLUMNS.filter((column) => !positions.has(column));
  if (missing.length > 0) throw new TwcsHeaderError(file, [...missing], header);
  const duplicated = TWCS_COLUMNS.filter((column) => positions.get(column)!.length > 1);
  if (duplicated.length > 0) {
    throw new TwcsHeaderError(file, [], header, `column(s) ${duplicated.join(', ')} appear more than once`);
  }

  const index = Object.fromEntries(
    TWCS_COLUMNS.map((column) => [column, positions.get(column)![0]]),
  ) as Record<TwcsColumn, number>;
  const used = new Set(Object.values(index));
  return { index, width: header.length, ignored: header.filter((_, position) => !used.has(position)) };
}
