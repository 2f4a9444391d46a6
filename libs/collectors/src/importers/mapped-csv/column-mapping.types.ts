// A column mapping says how to read any tool's CSV export as inbound and outbound items
// (see examples/mapping.example.yaml for every key with its meaning).
import type { CsvDelimiter } from '../csv/csv-record.scanner.js';
import type { EngagementCounts } from '../export-items/export-item.types.js';

/** The roles a column can play; `id` and `created_at` are required, `direction` unless it is fixed. */
export const MAPPED_FIELDS = [
  'id',
  'created_at',
  'direction',
  'text',
  'author',
  'in_reply_to',
  'conversation',
  'account',
  'account_id',
  'platform',
  'operator',
  'kind',
] as const;

export type MappedField = (typeof MAPPED_FIELDS)[number];

export const MAPPED_METRICS = [
  'reactions',
  'replies',
  'reposts',
  'quotes',
  'saves',
  'clicks',
  'impressions',
  'reach',
] as const satisfies readonly (keyof EngagementCounts)[];

export type MappedMetric = (typeof MAPPED_METRICS)[number];

/** `iso`, `twitter`, `unix`, `unix_ms`, or a pattern of tokens such as `DD.MM.YYYY HH:mm`. */
export type CreatedAtFormat = 'iso' | 'twitter' | 'unix' | 'unix_ms' | { pattern: string };

export interface ColumnMapping {
  /** CSV header name of each mapped role (as written in the mapping; matched trimmed, case-insensitively). */
  columns: Partial<Record<MappedField | MappedMetric, string>>;
  /** Platform of every row, unless `columns.platform` names a column. */
  platform: string | null;
  /** Account handle of every row, unless `columns.account` names a column. */
  account: string | null;
  createdAtFormat: CreatedAtFormat;
  /** Zone of times without an offset; null: each account's own zone. */
  timeZone: string | null;
  /** Every row's direction, when the file holds one kind only. */
  fixedDirection: 'inbound' | 'outbound' | null;
  /** Cell values (lower case) that mean inbound / outbound. */
  inboundValues: string[];
  outboundValues: string[];
  delimiter: CsvDelimiter | 'auto';
}

export const DEFAULT_INBOUND_VALUES = ['inbound', 'in', 'incoming', 'received', 'true', '1', 'yes'];
export const DEFAULT_OUTBOUND_VALUES = ['outbound', 'out', 'outgoing', 'sent', 'false', '0', 'no'];
