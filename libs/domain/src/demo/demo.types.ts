// The demo workspace's shape. Tweets mirror a row of the Kaggle "Customer Support on Twitter" (twcs) export, so
// the demo flows through the same import pipeline as real data; the rest is what a workspace is configured with.
import type { ShiftWindow, SourcingGroup } from '../model/facts.js';

export interface DemoWorkspaceOptions {
  /** Integer seed: the same seed and dates give exactly the same dataset. */
  seed: number;
  /** Inclusive start of the generated traffic. */
  from: Date;
  /** Exclusive end: nothing is created at or after it. */
  to: Date;
  /**
   * When the handed-over account changes hands, inside (from, to); default: local midnight in the middle of
   * the period. A demo of several months places it in the month its report is about.
   */
  handoverAt?: Date;
}

export interface DemoAccount {
  handle: string;
  platform: string;
  /** Shown in reports; says "(demo)" so nobody mistakes the data for a real brand's. */
  displayName: string;
  timeZone: string;
  /** Null: METRICS.md's default signature pattern. */
  signaturePattern: string | null;
  /** Weekly open hours in the account's time zone (for business-hours FRT and the time strata). */
  businessHours: ShiftWindow[];
}

export interface DemoOperator {
  name: string;
  sourcingGroup: SourcingGroup;
  /** As written at the end of the operator's texts, e.g. `^AK`, `-Jonas`, `– Oliver`. */
  signature: string;
  /** What the default pattern captures from the signature (group 1): the key of the per-account alias table. */
  alias: string;
  accountHandles: string[];
}

export interface DemoAssignment {
  accountHandle: string;
  operatorName: string;
  from: Date;
  /** Exclusive end; null while the assignment runs. */
  to: Date | null;
  /** Null: on shift at any time within [from, to). */
  shifts: ShiftWindow[] | null;
}

/** One twcs row: tweet_id, author_id, inbound, created_at, text, response_tweet_id, in_response_to_tweet_id. */
export interface DemoTweet {
  tweetId: string;
  /** A customer's anonymised numeric id, or the account handle for the brand's own tweets. */
  authorId: string;
  inbound: boolean;
  createdAt: Date;
  text: string;
  responseTweetIds: string[];
  inResponseToTweetId: string | null;
}

export interface DemoDataset {
  accounts: DemoAccount[];
  operators: DemoOperator[];
  assignments: DemoAssignment[];
  /** Sorted by createdAt (then tweetId); ids are unique and every reply comes after its parent. */
  tweets: DemoTweet[];
}
