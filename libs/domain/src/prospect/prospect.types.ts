// What a prospect audit sees of an account from public data alone, and what it estimates from it. The
// consultant has no access yet: everything here is a lower-bound view of the account's service (see
// docs/prospect.md for what public data cannot see).
import type { ResponseRate } from '../metrics/metrics.types.js';
import type { Estimated } from '../statistics/estimate.types.js';

/** Why a public post counts as asking something of the account. */
export type PublicAskSource =
  /** A reply by someone else to one of the account's posts. */
  | 'reply_to_account'
  /** A post that mentions the account (found by the platform's search or as the parent of its reply). */
  | 'mention';

/** A public post by someone else that expects an answer from the account. */
export interface PublicAsk {
  /** The platform's id (an at:// URI on Bluesky, a status id on Mastodon). */
  id: string;
  createdAt: Date;
  source: PublicAskSource;
}

/** A public post by the account that replies to another post. */
export interface PublicReply {
  id: string;
  createdAt: Date;
  /** The post it answers. */
  inReplyToId: string;
}

export interface ProspectObservations {
  asks: readonly PublicAsk[];
  replies: readonly PublicReply[];
  /** The audited period [from, to): asks outside it are not counted; replies after it still answer. */
  periodFrom: Date;
  periodTo: Date;
  /** When the data was read: an ask younger than 72 hours then is not decided yet (METRICS.md). */
  dataEnd: Date;
  /** IANA zone that decides weekday or weekend; the account's own zone is not public, so the consultant says. */
  timeZone: string;
}

/** One slice of the estimate (all asks, weekdays, weekends). */
export interface ProspectSlice {
  /** Asks in the period found in public data. */
  asks: number;
  /** Asks with a public reply by the account, however late. */
  answered: number;
  /** METRICS.md response rate, its counts: answered within 72 hours / decided. */
  responseRate: ResponseRate;
  /** answeredWithin72h / decided with its Wilson interval, or insufficient data below 20 decided asks. */
  responseRateEstimate: Estimated;
  /** Median first-response time in seconds with its bootstrap interval, or insufficient data. */
  medianFrtSeconds: Estimated;
  /** Answered within 24 hours / asks whose 24 hours had passed at dataEnd, with its Wilson interval. */
  withinDay: Estimated;
  withinDayCounts: { answered: number; decided: number };
}

export interface ProspectEstimate {
  all: ProspectSlice;
  weekday: ProspectSlice;
  weekend: ProspectSlice;
  /** How the asks were found. */
  asksBySource: Record<PublicAskSource, number>;
  /** The account's public replies in the period that answered none of the asks (to posts that asked nothing). */
  otherReplies: number;
  /** Replies older than the post they answer: data errors (clock skew, edited timestamps), kept out. */
  negativeIntervals: number;
}
