// X API v2 replayed from ../shared/data/x-api-v2. brexit.jsonl is a recorded search page (100 tweets by
// many authors, 67 retweets); it is served as the timeline of the account under test, split into pages with
// next_token, because the connector's HTTP and parsing code see the same tweet objects either way. Mentions
// are the recorded tweets that mention the account (entities.mentions or in_reply_to_user_id), as X selects them.
import fs from 'node:fs';
import { sharedDataFile } from '../shared-data.js';
import { pageOf, type ReplayServer } from '../replay-server.js';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

export const X_FILES = {
  brexit: 'x-api-v2/brexit.jsonl',
  mentions: 'x-api-v2/mentions_tweet.jsonl',
  twoTweets: 'x-api-v2/two_tweets.jsonl',
};

/** The first JSON page of a recorded .jsonl file. */
export function readXPage(relative: string): Json {
  return JSON.parse(fs.readFileSync(sharedDataFile(relative), 'utf8').split('\n')[0]) as Json;
}

export function replayX(server: ReplayServer, options: { token: string; pageSize?: number }): void {
  const brexit = readXPage(X_FILES.brexit);
  const mentionsPage = readXPage(X_FILES.mentions);
  const allTweets: Json[] = [...brexit.data, ...mentionsPage.data];
  const users: Json[] = [...brexit.includes.users, ...mentionsPage.includes.users];
  const size = options.pageSize ?? 40;
  const authorised = (headers: Record<string, unknown>) =>
    headers.authorization === `Bearer ${options.token}`;
  const unauthorised = {
    status: 401,
    json: { title: 'Unauthorized', type: 'about:blank', status: 401, detail: 'Unauthorized' },
  };

  server.route('GET', /^\/2\/users\/(\d+)\/tweets$/, (request) => {
    if (!authorised(request.headers)) return unauthorised;
    const page = pageOf(brexit.data as Json[], size, request.query.get('pagination_token'));
    return { json: { data: page.items, includes: brexit.includes, meta: meta(page.items, page.next) } };
  });
  server.route('GET', /^\/2\/users\/(\d+)\/mentions$/, (request, match) => {
    if (!authorised(request.headers)) return unauthorised;
    const mentioning = allTweets.filter(
      (t) =>
        t.in_reply_to_user_id === match[1] ||
        (t.entities?.mentions ?? []).some((m: Json) => m.id === match[1]),
    );
    return { json: { data: mentioning, includes: { users }, meta: meta(mentioning, null) } };
  });
  server.route('GET', /^\/2\/users\/(\d+)$/, (request, match) => {
    if (!authorised(request.headers)) return unauthorised;
    const user = users.find((u) => u.id === match[1]);
    return user
      ? { json: { data: user } }
      : {
          json: {
            errors: [
              {
                title: 'Not Found Error',
                detail: `Could not find user with id: [${match[1]}].`,
                resource_id: match[1],
              },
            ],
          },
        };
  });
}

function meta(items: Json[], next: string | null): Json {
  const ids = items.map((t) => t.id as string).sort((a, b) => a.length - b.length || a.localeCompare(b));
  return {
    result_count: items.length,
    ...(items.length > 0 ? { newest_id: ids[ids.length - 1], oldest_id: ids[0] } : {}),
    ...(next ? { next_token: next } : {}),
  };
}
