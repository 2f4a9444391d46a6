import type { InboundItemFact, OutboundItemFact } from '../model/facts.js';

/** How an inbound item's first reply was found. */
export type ReplyMatch = 'thread' | 'conversation';

/** The first response to one actionable inbound item (METRICS.md, Responsiveness). */
export interface FirstResponse {
  inbound: InboundItemFact;
  /**
   * The first reply: the earliest reply pair by in-reply-to id, or the brand message that closed the
   * direct-message turn the item belongs to. Null: unanswered. Also set when that first reply pair is
   * older than the item (a data error), so the responder still shows where the error happened.
   */
  reply: OutboundItemFact | null;
  via: ReplyMatch | null;
  /** The operator credited with the response: the first reply's operator (null: unknown or unanswered). */
  responderOperatorId: string | null;
  /** Where the clock starts: the item itself, or for a direct-message turn its earliest customer message. */
  clockStart: Date;
  /** reply − clockStart in seconds. Null when unanswered, and when the first reply pair is negative. */
  responseSeconds: number | null;
  /**
   * Whether this item contributes an FRT observation. Every threaded item does; a direct-message turn
   * contributes one observation, carried by the message that started its clock (see conversation-turns).
   */
  countsInFrt: boolean;
  /** Reply pairs whose reply is older than this item: data errors, counted, kept out of every statistic. */
  negativeIntervals: number;
}
