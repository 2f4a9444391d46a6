// What the public readers hand the audit: the account as the platform shows it, the posts that asked
// something of it and its replies, and what the reading could not cover.
import type { PublicAsk, PublicReply } from '#domain';

export interface PublicAccount {
  platform: 'bluesky' | 'mastodon';
  /** The platform's id: a DID, or the Mastodon account id on its instance. */
  id: string;
  /** @handle or @user@instance. */
  address: string;
  displayName: string | null;
  /** https://bsky.app/profile/… or the account's page on its instance. */
  profileUrl: string | null;
}

export interface PublicReading {
  account: PublicAccount;
  asks: PublicAsk[];
  replies: PublicReply[];
  /** The account's own public posts and replies in the period (reposts and pinned duplicates left out). */
  ownPosts: number;
  /** Threads of the account's posts that were read for replies to it. */
  threadsRead: number;
  /** Whether the platform's search for mentions answered; when not, only thread replies are seen. */
  mentionSearch: 'used' | 'unavailable' | 'not_offered';
  /** Limits met while reading, in words (a page cap, a thread cap, a refused search). */
  notes: string[];
}

export interface PublicReadOptions {
  periodFrom: Date;
  periodTo: Date;
  /** Pages per listing (LEDGER_COLLECT_MAX_PAGES). */
  maxPages: number;
  /** Threads read at most; the account's newest posts first. */
  maxThreads: number;
}

/** The account cannot be audited from public data (unknown, suspended, deactivated, private). */
export class ProspectAccountError extends Error {}
