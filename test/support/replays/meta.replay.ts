// Graph API replayed from ../shared/data/meta-graph. The recordings come from several Pages (Facebook for
// Developers' posts and comments, MyLife's Messenger, the Facebook app Page's fields); the replay serves them
// as one Page's under any API version prefix, with the paging.next URLs exactly as recorded (they point at
// graph.facebook.com; the connector keeps their path and cursor and sends them to its configured host).
import fs from 'node:fs';
import { sharedDataFile } from '../shared-data.js';
import type { ReplayRequest, ReplayServer } from '../replay-server.js';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

export function readMeta(name: string): Json {
  return JSON.parse(fs.readFileSync(sharedDataFile(`meta-graph/${name}.json`), 'utf8')) as Json;
}

/** The post whose comments were recorded page by page (comments_p1, comments_p2). */
export const META_COMMENTED_POST = '19292868552_10158407654328553';
export const META_PAGE_ID = '19292868552';

export function replayMeta(server: ReplayServer, options: { token: string }): void {
  const posts = [
    readMeta('facebook__posts__feeds_default_fields_p1'),
    readMeta('facebook__posts__feeds_default_fields_p2'),
  ];
  const comments = [readMeta('facebook__comments__comments_p1'), readMeta('facebook__comments__comments_p2')];
  const multiPosts = readMeta('facebook__posts__multi_posts_data');
  const conversations = Object.values(readMeta('facebook__conversations__cvses_info'));
  const messages = Object.values(readMeta('facebook__messages__messages_info'));
  const page = readMeta('facebook__pages__single_default_page');
  const v = '/v\\d+\\.\\d+';
  const guard = (request: ReplayRequest) =>
    request.headers.authorization === `Bearer ${options.token}` && !request.query.has('access_token')
      ? null
      : {
          status: 400,
          json: { error: { message: 'Invalid OAuth access token.', type: 'OAuthException', code: 190 } },
        };

  server.route('GET', new RegExp(`^${v}/(\\d+)/(posts|feed)$`), (request) => {
    return guard(request) ?? { json: request.query.get('after') === 'after' ? posts[1] : posts[0] };
  });
  server.route('GET', new RegExp(`^${v}/([\\d_]+)/comments$`), (request, match) => {
    if (guard(request)) return guard(request)!;
    if (match[1] !== META_COMMENTED_POST) return { json: { data: [] } };
    return { json: request.query.get('after') === 'after' ? comments[1] : comments[0] };
  });
  server.route('GET', new RegExp(`^${v}/?$`), (request) => {
    if (guard(request)) return guard(request)!;
    const ids = (request.query.get('ids') ?? '').split(',').filter(Boolean);
    // Graph answers each id with the first page of its comments inline (the recorded comments_p1 for the
    // post they belong to); posts without recorded comments are answered with their id alone.
    const answer = (id: string) =>
      multiPosts[id] ?? (id === META_COMMENTED_POST ? { id, comments: comments[0] } : { id });
    return { json: Object.fromEntries(ids.map((id) => [id, answer(id)])) };
  });
  server.route(
    'GET',
    new RegExp(`^${v}/(\\d+)/conversations$`),
    (request) => guard(request) ?? { json: { data: conversations } },
  );
  server.route('GET', new RegExp(`^${v}/(t_\\d+)/messages$`), (request, match) => {
    if (guard(request)) return guard(request)!;
    return { json: { data: match[1] === (conversations[0] as Json).id ? messages : [] } };
  });
  server.route('GET', new RegExp(`^${v}/(\\d+)$`), (request) => guard(request) ?? { json: page });
}

/** The Instagram professional account whose user insights were recorded. */
export const INSTAGRAM_USER_ID = '17841400008460056';

/**
 * Instagram through the Graph API. The recordings hold the insights of two media (17846368219941692:
 * impressions 8, reach 5, saved 0; 18035507131611621: profile_activity only) but not the media objects, so
 * the media list is made of those two ids with placeholder timestamps and captions and no counts; every
 * number a test asserts comes from the recorded insights.
 */
export function replayInstagram(server: ReplayServer, options: { token: string }): void {
  const insights: Record<string, Json> = {
    '17846368219941692': readMeta('instagram__medias__insights'),
    '18035507131611621': readMeta('instagram__medias__insights_new'),
  };
  const media = [
    {
      id: '18035507131611621',
      caption: '(placeholder)',
      media_type: 'IMAGE',
      timestamp: '2023-11-07T12:00:00+0000',
    },
    {
      id: '17846368219941692',
      caption: '(placeholder)',
      media_type: 'IMAGE',
      timestamp: '2017-05-04T07:00:00+0000',
    },
  ];
  const authorised = (request: ReplayRequest) => request.headers.authorization === `Bearer ${options.token}`;
  server.route('GET', /^\/v\d+\.\d+\/(\d+)\/media$/, (request, match) =>
    !authorised(request)
      ? { status: 400, json: { error: { code: 190 } } }
      : { json: { data: match[1] === INSTAGRAM_USER_ID ? media : [] } },
  );
  server.route('GET', /^\/v\d+\.\d+\/(\d+)\/insights$/, (request, match) =>
    !authorised(request)
      ? { status: 400, json: { error: { code: 190 } } }
      : { json: insights[match[1]] ?? { data: [] } },
  );
}
