// What every export importer (Meta Business Suite, publishing tool, mapped CSV) turns a row into: one item
// of one account, with engagement counts where the export has them. The import pipeline stores these.
import type { CsvRowParser } from '../csv/csv.types.js';

/** A wall-clock time without an offset, read in a time zone later (the account's, unless one is given). */
export interface LocalDateTime {
  year: number;
  /** 1–12 */
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
}

/** How a row names its account: the platform's id where the file has one, else the handle or name. */
export interface ExportAccountRef {
  platform: string;
  externalId: string | null;
  handle: string | null;
}

/** Counts as the export reports them; null: not in this export (never read as zero). */
export interface EngagementCounts {
  reactions: number | null;
  replies: number | null;
  reposts: number | null;
  quotes: number | null;
  saves: number | null;
  clicks: number | null;
  impressions: number | null;
  reach: number | null;
}

export interface ExportItemRow {
  direction: 'outbound' | 'inbound';
  account: ExportAccountRef;
  externalId: string;
  /** post, reply, comment, dm (outbound); mention, reply, comment, dm (inbound). */
  kind: string;
  /** Outbound: a retweet, reblog or share of someone else's post (its counts are the original's). */
  isRepostOfOther: boolean;
  /** An instant when the file gives an offset; else local time in the account's zone (or the one given). */
  createdAt: Date | LocalDateTime;
  text: string;
  /** Inbound: who wrote it. Outbound: unused. */
  authorExternalId: string | null;
  inReplyToExternalId: string | null;
  conversationId: string | null;
  /** The sender the tool names (Sprout's `Sent by`): attribution source `tool`. */
  operatorName: string | null;
  /** Engagement at export time (outbound only); null when the row carries none. */
  metrics: EngagementCounts | null;
}

/** A row parser of an export format, with what the import summary says about the header it was made from. */
export interface ExportRowParser extends CsvRowParser<ExportItemRow> {
  /** Name of the column that holds the publication time, for rejections found after parsing. */
  readonly createdAtField: string;
  /** What the header says about the file (`Facebook`, `Views as impressions`), shown in the summary. */
  readonly description: string;
  /** Header columns the importer does not read. */
  readonly ignoredColumns: string[];
}

export const EMPTY_COUNTS: EngagementCounts = {
  reactions: null,
  replies: null,
  reposts: null,
  quotes: null,
  saves: null,
  clicks: null,
  impressions: null,
  reach: null,
};

export function hasAnyCount(counts: EngagementCounts): boolean {
  return Object.values(counts).some((v) => v !== null);
}
