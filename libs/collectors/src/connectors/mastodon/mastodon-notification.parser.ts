import { countSkip, emptyPage, type StreamPage } from '../connector.types.js';
import { asArray, asId, asInstant, asObject, asString, maxNumericId } from '../payload.util.js';
import { readStatus, statusList, type MastodonPage } from './mastodon-status.parser.js';

/**
 * Notifications that are addressed to the account: mentions (replies are mentions with in_reply_to_id) and
 * quotes. Favourites, reblogs and follows are reactions, not messages: skipped by type. Direct mentions are
 * left to the conversations stream.
 */
export function parseMastodonNotifications(body: unknown, accountId: string): MastodonPage {
  const page = emptyPage();
  let oldest: Date | null = null;
  let newestId: string | null = null;
  statusList(body, 'notifications').forEach((entry, index) => {
    page.read += 1;
    const notification = asObject(entry);
    const id = asId(notification?.id);
    if (!notification || !id) {
      page.rejected.push({ record: index + 1, field: 'id', reason: 'notification without id' });
      return;
    }
    newestId = maxNumericId(newestId, id);
    const at = asInstant(notification.created_at);
    if (at && (!oldest || at < oldest)) oldest = at;
    addStatus(page, asString(notification.type), notification.status, index + 1, accountId);
  });
  page.newestId = newestId;
  return { page, oldest, newestId };
}

/** The grouped form (GET /api/v2/notifications): each group points at a status in the `statuses` list. */
export function parseMastodonGroupedNotifications(body: unknown, accountId: string): MastodonPage {
  const root = asObject(body);
  const groups = asArray(root?.notification_groups);
  if (!root || !groups)
    throw new TypeError('Mastodon answered grouped notifications without notification_groups');
  const statuses = new Map<string, unknown>();
  for (const s of asArray(root.statuses) ?? []) {
    const id = asId(asObject(s)?.id);
    if (id) statuses.set(id, s);
  }
  const page = emptyPage();
  let oldest: Date | null = null;
  let newestId: string | null = null;
  groups.forEach((entry, index) => {
    page.read += 1;
    const group = asObject(entry);
    if (!group) {
      page.rejected.push({ record: index + 1, reason: 'not a notification group' });
      return;
    }
    newestId = maxNumericId(newestId, asId(group.most_recent_notification_id) ?? null);
    const at = asInstant(group.latest_page_notification_at);
    if (at && (!oldest || at < oldest)) oldest = at;
    const statusId = asId(group.status_id);
    const status = statusId ? statuses.get(statusId) : undefined;
    if (statusId && status === undefined) {
      page.rejected.push({
        record: index + 1,
        field: 'status_id',
        reason: `status ${statusId} is not in the page's statuses`,
      });
      return;
    }
    addStatus(page, asString(group.type), status, index + 1, accountId);
  });
  page.newestId = newestId;
  return { page, oldest, newestId };
}

function addStatus(
  page: StreamPage,
  type: string | undefined,
  entry: unknown,
  record: number,
  accountId: string,
): void {
  if (type !== 'mention' && type !== 'quote') return countSkip(page, type ?? 'unknown type');
  const status = readStatus(entry, record, page);
  if (!status) return;
  if (status.authorId === accountId) return countSkip(page, 'own status');
  if (status.raw.visibility === 'direct') return countSkip(page, 'direct (collected with conversations)');
  if (!status.authorId) {
    page.rejected.push({ record, field: 'account', reason: `status ${status.id}: no author` });
    return;
  }
  page.inbound.push({
    externalId: status.id,
    kind: type === 'quote' ? 'quote' : status.inReplyTo ? 'reply' : 'mention',
    authorExternalId: status.authorId,
    createdAt: status.createdAt,
    text: status.text,
    inReplyToExternalId: status.inReplyTo,
    conversationId: null,
    actionable: true,
  });
}

/**
 * Direct conversations: each conversation's statuses (its latest, plus the earlier ones from the status
 * context) become direct messages keyed by the conversation id: the account's own are outbound, the rest
 * inbound.
 */
export function addConversationStatuses(
  page: StreamPage,
  conversationId: string,
  statuses: unknown[],
  accountId: string,
  firstRecord: number,
): void {
  statuses.forEach((entry, i) => {
    page.read += 1;
    const status = readStatus(entry, firstRecord + i, page);
    if (!status) return;
    if (!status.authorId) {
      page.rejected.push({
        record: firstRecord + i,
        field: 'account',
        reason: `status ${status.id}: no author`,
      });
      return;
    }
    if (status.authorId === accountId) {
      page.outbound.push({
        externalId: status.id,
        kind: 'dm',
        createdAt: status.createdAt,
        text: status.text,
        inReplyToExternalId: null,
        conversationId,
        platformOperatorName: null,
        mediaUrls: [],
        permalink: asString(status.raw.url) ?? null,
        publishedVia: asString(asObject(status.raw.application)?.name) ?? null,
      });
    } else {
      page.inbound.push({
        externalId: status.id,
        kind: 'dm',
        authorExternalId: status.authorId,
        createdAt: status.createdAt,
        text: status.text,
        inReplyToExternalId: null,
        conversationId,
        actionable: true,
      });
    }
  });
}

/** A page of GET /api/v1/conversations: conversation ids with their latest status. */
export function parseMastodonConversations(body: unknown): {
  conversations: { id: string; lastStatus: unknown }[];
  rejected: number;
  oldest: Date | null;
} {
  const conversations: { id: string; lastStatus: unknown }[] = [];
  let rejected = 0;
  let oldest: Date | null = null;
  for (const entry of statusList(body, 'conversations')) {
    const conversation = asObject(entry);
    const id = asId(conversation?.id);
    const last = asObject(conversation?.last_status);
    if (!id || !last) {
      rejected += 1;
      continue;
    }
    const at = asInstant(last.created_at);
    if (at && (!oldest || at < oldest)) oldest = at;
    conversations.push({ id, lastStatus: last });
  }
  return { conversations, rejected, oldest };
}
