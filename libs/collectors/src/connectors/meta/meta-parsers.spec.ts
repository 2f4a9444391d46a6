// Graph parsers on the real recorded responses and on fuzzed mutations of them.
import { META_COMMENTED_POST, readMeta } from '../../../../../test/support/replays/meta.replay.js';
import { fuzzParser } from '../payload-mutation.test-helper.js';
import { parseFacebookCommentsByPost, parseFacebookCommentsList } from './facebook-comment.parser.js';
import { parseFacebookMessages } from './facebook-message.parser.js';
import { parseFacebookPostsPage } from './facebook-post.parser.js';

const PAGE = '19292868552';

describe('Graph parsers', () => {
  test('models/post.json (CGTN): reactions by type add up to the 8,878 total; no `shares` with a summary is 0 shares', () => {
    const { page } = parseFacebookPostsPage({ data: [readMeta('facebook__models__post')] });
    expect(page.engagement).toEqual([
      expect.objectContaining({
        externalId: '565225540184937_4018908568149933',
        reactions: 8878,
        replies: 47,
        reposts: 0,
        reactionsByType: { like: 8575, love: 165, wow: 113, haha: 15, sad: 6, angry: 4 },
      }),
    ]);
    // An album: the seven photos of its subattachments are the media links kept.
    expect(page.outbound[0].mediaUrls).toHaveLength(7);
  });

  test('comments_p1: ids come from the permalink when Graph leaves `id` out; replies point at their comment', () => {
    const page = parseFacebookCommentsList(
      readMeta('facebook__comments__comments_p1'),
      META_COMMENTED_POST,
      PAGE,
    ).page;
    expect(page.rejected.map((r) => r.reason.split(':')[0])).toEqual([
      'comment 19292868552_10158407654328553_10158407835073553',
      'comment 19292868552_10158407654328553_10158407903973553',
      'comment 19292868552_10158407654328553_10158408043788553',
      'comment 19292868552_10158407654328553_10158408729028553',
      'comment 19292868552_10158407654328553_10158408729313553',
      'comment 19292868552_10158407654328553_10158409983033553',
      'comment 19292868552_10158407654328553_10158409984053553',
      'comment 19292868552_10158407654328553_10158409984103553',
      'comment 19292868552_10158407654328553_10158410332078553',
      'comment 19292868552_10158407654328553_10158411321043553',
    ]);
    // Given the author, the Page's reply "Hi, please access the Instagram Help Center" answers comment …903973553.
    const data = readMeta('facebook__comments__comments_p1').data.map(
      (c: Record<string, unknown>, i: number) => ({
        ...c,
        from: { id: i === 5 ? PAGE : '1' },
      }),
    );
    const withAuthors = parseFacebookCommentsList({ data }, META_COMMENTED_POST, PAGE).page;
    expect(withAuthors.outbound).toEqual([
      expect.objectContaining({
        externalId: '19292868552_10158407654328553_10158409983033553',
        kind: 'comment',
        inReplyToExternalId: '19292868552_10158407654328553_10158407903973553',
      }),
    ]);
    expect(withAuthors.inbound).toHaveLength(9);
  });

  test('fuzzed posts, comments and messages: no crash, every record stored or rejected', () => {
    for (const name of [
      'facebook__posts__feeds_default_fields_p1',
      'facebook__posts__feeds_default_fields_p2',
    ]) {
      fuzzParser(readMeta(name), (body) => parseFacebookPostsPage(body).page, 80);
    }
    fuzzParser(
      readMeta('facebook__comments__comments_p2'),
      (body) => parseFacebookCommentsList(body, META_COMMENTED_POST, PAGE).page,
      80,
    );
    fuzzParser(
      readMeta('facebook__posts__multi_posts_data'),
      (body) => parseFacebookCommentsByPost(body, PAGE, 'https://graph.example').page,
      80,
    );
    const messages = { data: Object.values(readMeta('facebook__messages__messages_info')) };
    fuzzParser(messages, (body) => parseFacebookMessages(body, 't_1', '2121008874780932').page, 80);
  });
});
