// The shapes a twcs-style import produces. Plain data: the caller maps rows to inbound/outbound facts.

/** One tweet of a twcs-style file ("Customer Support on Twitter"), validated and normalised. */
export interface TwcsRow {
  /** Integer id as a canonical decimal string (`119237.0` and `0119237` become `119237`). */
  tweetId: string;
  /** Brand handle (`AppleSupport`) or the dataset's anonymised customer id (`105834`), as written. */
  authorId: string;
  inbound: boolean;
  createdAt: Date;
  text: string;
  /** Ids of the tweets that reply to this one; empty when none. */
  responseTweetIds: string[];
  inResponseToTweetId: string | null;
}

/** A record that was not imported. The import goes on; the caller reports these with their line. */
export interface TwcsRejection {
  /** 1-based physical line where the record starts. */
  line: number;
  /** Human-readable; names the field and the offending value where there is one. */
  reason: string;
  /** Header name of the offending column, when one column is at fault. */
  field?: string;
  /** The record's text as found in the file (clipped to 500 characters). */
  raw?: string;
}

/** A slice of the file in file order, sized for one multi-row insert or COPY. */
export interface TwcsBatch {
  rows: TwcsRow[];
  /** `lines[i]` is the physical line where `rows[i]` starts (parallel array: no wrapper object per row). */
  lines: number[];
  rejected: TwcsRejection[];
}

/** One record at a time, for callers that prefer a single stream to batches. */
export type TwcsRecord = { kind: 'row'; line: number; row: TwcsRow } | ({ kind: 'rejected' } & TwcsRejection);

/** Running totals; final once iteration has finished. */
export interface TwcsTotals {
  /** Data records met (the header is not one, blank lines are not either): accepted + rejected. */
  read: number;
  accepted: number;
  rejected: number;
}

/** The twcs columns, by their header names. */
export const TWCS_COLUMNS = [
  'tweet_id',
  'author_id',
  'inbound',
  'created_at',
  'text',
  'response_tweet_id',
  'in_response_to_tweet_id',
] as const;

export type TwcsColumn = (typeof TWCS_COLUMNS)[number];
