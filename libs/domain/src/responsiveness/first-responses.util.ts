import type { InboundItemFact, OutboundItemFact } from '../model/facts.js';
import { answerConversationTurns } from './conversation-turns.util.js';
import type { FirstResponse } from './first-response.types.js';
import { itemKey } from './item-key.util.js';
import { indexThreadReplies } from './thread-replies.util.js';

const NO_REPLIES: readonly OutboundItemFact[] = [];

const secondsBetween = (from: Date, to: Date) => (to.getTime() - from.getTime()) / 1000;

/**
 * The first response to each actionable inbound item (non-actionable items are left out: they expect no
 * answer). A reply pair is an outbound item on the same account whose in-reply-to id is the inbound item's
 * external id; direct messages without threading are answered by turns (see conversation-turns).
 *
 * Negative intervals: a reply pair older than its inbound item is a data error. The earliest reply pair
 * defines the FRT (METRICS.md), and a negative pair is always the earliest, so the item gets no FRT at all:
 * a later, non-negative reply does not stand in for it. The negative pair shows a reply existed at a time we
 * cannot trust; taking the next reply instead would report a response slower than the real one. The item
 * keeps the reply (for the responder's row) and the count of negative pairs, and stays out of the FRT and
 * response-rate statistics.
 */
export function computeFirstResponses(
  inbound: readonly InboundItemFact[],
  outbound: readonly OutboundItemFact[],
): FirstResponse[] {
  const threadReplies = indexThreadReplies(outbound);
  const turnAnswers = answerConversationTurns(inbound, outbound);

  return inbound
    .filter((item) => item.actionable)
    .map((item): FirstResponse => {
      const key = itemKey(item.accountId, item.externalId);
      const replies = threadReplies.get(key) ?? NO_REPLIES;
      // Replies are sorted by time: the negative ones (older than the item) come first. Counted, not
      // filtered into a new array: this runs for every item of the month.
      const arrived = item.createdAt.getTime();
      let negatives = 0;
      while (negatives < replies.length && replies[negatives].createdAt.getTime() < arrived) negatives += 1;
      if (negatives > 0) {
        return {
          inbound: item,
          reply: replies[0],
          via: 'thread',
          responderOperatorId: replies[0].operatorId,
          clockStart: item.createdAt,
          responseSeconds: null,
          countsInFrt: false,
          negativeIntervals: negatives,
        };
      }

      const threaded = replies[0];
      const turn = turnAnswers.get(key);
      // Whichever came first answered the customer; on a tie the explicit thread reference wins.
      if (threaded && (!turn || threaded.createdAt.getTime() <= turn.reply.createdAt.getTime())) {
        return answered(item, threaded, 'thread', item.createdAt, true);
      }
      if (turn) return answered(item, turn.reply, 'conversation', turn.clockStart, turn.opensTurn);
      return {
        inbound: item,
        reply: null,
        via: null,
        responderOperatorId: null,
        clockStart: item.createdAt,
        responseSeconds: null,
        countsInFrt: false,
        negativeIntervals: 0,
      };
    });
}

function answered(
  item: InboundItemFact,
  reply: OutboundItemFact,
  via: FirstResponse['via'],
  clockStart: Date,
  countsInFrt: boolean,
): FirstResponse {
  return {
    inbound: item,
    reply,
    via,
    responderOperatorId: reply.operatorId,
    clockStart,
    responseSeconds: secondsBetween(clockStart, reply.createdAt),
    countsInFrt,
    negativeIntervals: 0,
  };
}
