import type { InboundItemFact, OutboundItemFact } from '../model/facts.js';
import { itemKey } from './item-key.util.js';

/** The brand message that answered a direct message, and when the clock of its turn started. */
export interface TurnAnswer {
  reply: OutboundItemFact;
  clockStart: Date;
  /** True for the earliest customer message of the turn: the one that started the clock. */
  opensTurn: boolean;
}

/**
 * METRICS.md direct-message rule: in a conversation without threading, a brand message answers every
 * customer message since the previous brand message, and the clock starts at the earliest of them.
 *
 * One turn, one response time: the turn yields a single FRT observation (reply − earliest message), carried
 * by the message that opened the turn; the other messages of the turn are answered (they count as answered
 * and for the response rate, with the turn's clock) but add no observation of their own. A customer who
 * splits one question into five messages would otherwise weigh five times in the median, and the later
 * messages would flatter it with shorter clocks the customer never experienced.
 *
 * Brand messages in a conversation that reply to a specific message (in-reply-to set) are threaded replies:
 * they answer their parent by the thread rule and neither open nor close a turn here. Non-actionable
 * messages expect no answer and do not start a clock. On equal timestamps the customer message is taken
 * to come first (a reply within the same second is 0 s, not a message the reply could not have seen).
 *
 * Returns answers keyed by itemKey(account, inbound external id).
 */
export function answerConversationTurns(
  inbound: readonly InboundItemFact[],
  outbound: readonly OutboundItemFact[],
): Map<string, TurnAnswer> {
  type Event = {
    at: number;
    order: number;
    id: string;
    inbound?: InboundItemFact;
    outbound?: OutboundItemFact;
  };
  const conversations = new Map<string, Event[]>();
  const add = (accountId: string, conversationId: string, event: Event) => {
    const key = itemKey(accountId, conversationId);
    const events = conversations.get(key);
    if (events) events.push(event);
    else conversations.set(key, [event]);
  };
  for (const item of inbound) {
    if (item.conversationId === null || !item.actionable) continue;
    add(item.accountId, item.conversationId, {
      at: item.createdAt.getTime(),
      order: 0,
      id: item.externalId,
      inbound: item,
    });
  }
  for (const item of outbound) {
    if (item.conversationId === null || item.inReplyToExternalId !== null) continue;
    add(item.accountId, item.conversationId, {
      at: item.createdAt.getTime(),
      order: 1,
      id: item.externalId,
      outbound: item,
    });
  }

  const answers = new Map<string, TurnAnswer>();
  for (const events of conversations.values()) {
    events.sort((a, b) => a.at - b.at || a.order - b.order || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    let waiting: InboundItemFact[] = [];
    for (const event of events) {
      if (event.inbound) {
        waiting.push(event.inbound);
        continue;
      }
      if (waiting.length === 0) continue;
      const clockStart = waiting[0].createdAt;
      waiting.forEach((message, index) => {
        answers.set(itemKey(message.accountId, message.externalId), {
          reply: event.outbound!,
          clockStart,
          opensTurn: index === 0,
        });
      });
      waiting = [];
    }
  }
  return answers;
}
