import { emptyPage, type StreamPage } from '../connector.types.js';
import { asArray, asId, asInstant, asObject, asString, cleanText, path } from '../payload.util.js';
import { listData } from './facebook-post.parser.js';

/** A page of /{page-id}/conversations: the conversation ids updated since the window's start. */
export function parseFacebookConversations(body: unknown): {
  ids: string[];
  oldest: Date | null;
  rejected: number;
} {
  const ids: string[] = [];
  let oldest: Date | null = null;
  let rejected = 0;
  for (const entry of listData(body, 'conversations')) {
    const id = asId(asObject(entry)?.id);
    const updated = asInstant(asObject(entry)?.updated_time);
    if (!id) {
      rejected += 1;
      continue;
    }
    if (updated && (!oldest || updated < oldest)) oldest = updated;
    ids.push(id);
  }
  return { ids, oldest, rejected };
}

/**
 * A page of /{conversation-id}/messages. Messenger has no threading: each message carries the conversation
 * id, and the Page's messages answer the customer's by turns (METRICS.md, direct messages).
 */
export function parseFacebookMessages(
  body: unknown,
  conversationId: string,
  pageId: string,
): { page: StreamPage; oldest: Date | null } {
  const page = emptyPage();
  let oldest: Date | null = null;
  listData(body, 'messages').forEach((entry, index) => {
    page.read += 1;
    const record = index + 1;
    const message = asObject(entry);
    const id = asId(message?.id);
    if (!message || !id) {
      page.rejected.push({ record, field: 'id', reason: 'message without id' });
      return;
    }
    const createdAt = asInstant(message.created_time);
    if (!createdAt) {
      page.rejected.push({
        record,
        field: 'created_time',
        reason: `message ${id}: no readable created_time`,
      });
      return;
    }
    if (!oldest || createdAt < oldest) oldest = createdAt;
    const author = asId(path(message, 'from', 'id'));
    if (!author) {
      page.rejected.push({ record, field: 'from', reason: `message ${id}: no sender (\`from\`)` });
      return;
    }
    const text = cleanText(asString(message.message) ?? '');
    if (author === pageId) {
      page.outbound.push({
        externalId: id,
        kind: 'dm',
        createdAt,
        text,
        inReplyToExternalId: null,
        conversationId,
        platformOperatorName: null,
        mediaUrls: (asArray(path(message, 'attachments', 'data')) ?? [])
          .map((a) => asString(path(a, 'image_data', 'url')))
          .filter((u): u is string => !!u),
        permalink: null,
        publishedVia: null,
      });
    } else {
      page.inbound.push({
        externalId: id,
        kind: 'dm',
        authorExternalId: author,
        createdAt,
        text,
        inReplyToExternalId: null,
        conversationId,
        actionable: true,
      });
    }
  });
  return { page, oldest };
}
