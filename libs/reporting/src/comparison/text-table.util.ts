// Plain-text tables and CSV for the command line: the engine's tables share one layout (label columns left,
// numbers right, a rule above the total) so a reader's eye finds the same thing in the same place.
import { renderCsvLines } from '#domain';

export interface TextTable {
  headers: string[];
  rows: string[][];
  /** Columns aligned left (labels); the others are right-aligned numbers. Default 1. */
  labelColumns?: number;
  /** The last row is a total: a rule is drawn above it. */
  totalRow?: boolean;
}

export function renderTable(table: TextTable): string {
  const labels = table.labelColumns ?? 1;
  const widths = table.headers.map((header, i) =>
    Math.max(header.length, ...table.rows.map((row) => (row[i] ?? '').length)),
  );
  const line = (cells: string[]) =>
    cells
      .map((cell, i) => (i < labels ? cell.padEnd(widths[i]) : cell.padStart(widths[i])))
      .join('  ')
      .trimEnd();
  const rule = widths.map((w) => '-'.repeat(w)).join('  ');
  const body = table.rows.map(line);
  if (table.totalRow && body.length > 1) body.splice(body.length - 1, 0, rule);
  return [line(table.headers), rule, ...body].join('\n');
}

/** RFC 4180: a header line and one line per row; null and undefined are empty cells. */
export function renderCsv(
  headers: string[],
  rows: (string | number | boolean | null | undefined)[][],
): string {
  return renderCsvLines(headers, rows);
}
