import { emptyPage, type StreamPage } from '../connector.types.js';
import { asArray, asId, asInstant, asObject, asString, cleanText, path } from '../payload.util.js';
import { listData } from './facebook-post.parser.js';
import { nextGraphUrl } from './graph-paging.util.js';

export interface FacebookCommentsPage {
  page: StreamPage;
  oldest: Date | null;
}

/**
 * Comments under the Page's posts (filter=stream: replies flattened in). A comment by the Page itself is an
 * outbound comment; anyone else's is an inbound comment expecting an answer. A comment without `from` cannot
 * be told apart (Graph leaves it out without a Page token with pages_read_user_content): it is rejected with
 * that reason rather than guessed. Graph sometimes leaves out `id` too; the permalink still carries it.
 */
export function parseFacebookComments(data: unknown[], postId: string, pageId: string, page = emptyPage()) {
  let oldest: Date | null = null;
  data.forEach((entry, index) => {
    page.read += 1;
    const record = index + 1;
    const comment = asObject(entry);
    if (!comment) {
      page.rejected.push({ record, reason: 'not a comment object' });
      return;
    }
    const link = permalinkIds(asString(comment.permalink_url));
    const id = asId(comment.id) ?? (link.comment ? `${postId}_${link.reply ?? link.comment}` : undefined);
    if (!id) {
      page.rejected.push({ record, field: 'id', reason: 'comment without id or permalink' });
      return;
    }
    const createdAt = asInstant(comment.created_time);
    if (!createdAt) {
      page.rejected.push({
        record,
        field: 'created_time',
        reason: `comment ${id}: no readable created_time`,
      });
      return;
    }
    if (!oldest || createdAt < oldest) oldest = createdAt;
    const author = asId(path(comment, 'from', 'id'));
    if (!author) {
      page.rejected.push({
        record,
        field: 'from',
        reason: `comment ${id}: no author (\`from\`); needs a Page access token with pages_read_user_content`,
      });
      return;
    }
    const parent =
      asId(path(comment, 'parent', 'id')) ??
      (link.reply && link.comment ? `${postId}_${link.comment}` : postId);
    const text = cleanText(asString(comment.message) ?? '');
    if (author === pageId) {
      page.outbound.push({
        externalId: id,
        kind: 'comment',
        createdAt,
        text,
        inReplyToExternalId: parent,
        conversationId: null,
        platformOperatorName: null,
        mediaUrls: [],
        permalink: asString(comment.permalink_url) ?? null,
        publishedVia: null,
      });
    } else {
      page.inbound.push({
        externalId: id,
        kind: 'comment',
        authorExternalId: author,
        createdAt,
        text,
        inReplyToExternalId: parent,
        conversationId: null,
        actionable: true,
      });
    }
  });
  return { page, oldest };
}

/** A /{post-id}/comments page. */
export function parseFacebookCommentsList(
  body: unknown,
  postId: string,
  pageId: string,
): FacebookCommentsPage {
  return parseFacebookComments(listData(body, 'comments'), postId, pageId);
}

/**
 * The answer to GET /?ids=p1,p2&fields=comments{…}: one object per post with its first page of comments.
 * Returns the comments and, per post, the URL of its next page of comments.
 */
export function parseFacebookCommentsByPost(
  body: unknown,
  pageId: string,
  baseUrl: string,
): { page: StreamPage; nextByPost: Map<string, string> } {
  const root = asObject(body);
  if (!root) throw new TypeError('Graph answered comments with something other than a JSON object');
  const page = emptyPage();
  const nextByPost = new Map<string, string>();
  for (const [postId, value] of Object.entries(root)) {
    const comments = path(value, 'comments');
    const data = asArray(path(comments, 'data'));
    if (!data) {
      if (asObject(value) === undefined) page.warnings.push(`Graph returned no object for post ${postId}`);
      continue;
    }
    const before = page.rejected.length;
    const offset = page.read;
    parseFacebookComments(data, postId, pageId, page);
    for (const r of page.rejected.slice(before)) r.record += offset;
    const next = nextGraphUrl(comments, baseUrl);
    if (next) nextByPost.set(postId, next);
  }
  return { page, nextByPost };
}

/** comment_id and reply_comment_id from a comment permalink (…/posts/1/?comment_id=2&reply_comment_id=3). */
function permalinkIds(url: string | undefined): { comment?: string; reply?: string } {
  if (!url) return {};
  try {
    const params = new URL(url).searchParams;
    const valid = (v: string | null) => (v && /^\d+$/.test(v) ? v : undefined);
    return { comment: valid(params.get('comment_id')), reply: valid(params.get('reply_comment_id')) };
  } catch {
    return {};
  }
}
