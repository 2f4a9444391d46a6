// A loopback replay of the recorded Mastodon and X payloads in ../shared/data for many accounts at once, for
// the workers benchmark (test/support/replays serve the specs but are not compiled with the benchmarks).
// Every Mastodon account has published the statuses of the busiest author of the recorded public timeline
// (4 per page, Link header), as in the worker specs; every X account's timeline is the recorded brexit page
// (40 per page, next_token) and its mentions are the recorded tweets that mention its user id, as X selects
// them. Nothing is invented: the benchmark's X accounts are recorded users, so profiles and mentions are real.
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** ../shared/data beside the project: read by path, never copied in. */
const SHARED_DATA_DIR = path.resolve(process.cwd(), '..', 'shared', 'data');

function sharedJson(relative: string, firstLineOnly = false): Json | Json[] {
  const file = path.join(SHARED_DATA_DIR, relative);
  if (!fs.existsSync(file)) {
    throw new Error(
      `Shared data missing: ${file} (the benchmark expects ../shared/data beside the repository)`,
    );
  }
  const text = fs.readFileSync(file, 'utf8');
  return JSON.parse(firstLineOnly ? text.split('\n')[0] : text) as Json | Json[];
}

const MASTODON_PAGE = 4;

interface Answer {
  status?: number;
  headers?: Record<string, string>;
  json: unknown;
}
const X_PAGE = 40;

/** What the replay serves, and what one collection of each account must store (the reference counts). */
export interface ReplayedPlatforms {
  /** Outbound items of one Mastodon account (public statuses of the recorded busiest author). */
  mastodonStatuses: number;
  /** X user ids of recorded users, most addressed first; one per X account of a workspace. */
  xUserIds: string[];
  /** Outbound items of one X account: the recorded timeline page without retweets (METRICS.md). */
  xOwnTweets: number;
  /** Inbound items of an X account, by user id: the recorded tweets of others that mention or answer it. */
  xInbound: Map<string, number>;
}

export class PlatformReplay {
  /** Requests answered, for the benchmark's profile (how busy the replay was). */
  requests = 0;

  private constructor(
    private readonly server: http.Server,
    readonly url: string,
    readonly platforms: ReplayedPlatforms,
  ) {}

  static async start(xToken: string): Promise<PlatformReplay> {
    const timeline = (sharedJson('mastodon/test_public_tl.json') as Json[]).find(
      (c) => c.method === 'GET' && new URL(c.uri).pathname === '/api/v1/timelines/public',
    )?.body as Json[] | undefined;
    if (!timeline) throw new Error('mastodon/test_public_tl.json: no recorded GET /api/v1/timelines/public');
    const authors = new Map<string, number>();
    for (const s of timeline) authors.set(s.account.id, (authors.get(s.account.id) ?? 0) + 1);
    const busiest = [...authors.entries()].sort((a, b) => b[1] - a[1])[0][0];
    const statuses = timeline.filter((s) => s.account.id === busiest);

    const brexit = sharedJson('x-api-v2/brexit.jsonl', true) as Json;
    const mentionsPage = sharedJson('x-api-v2/mentions_tweet.jsonl', true) as Json;
    const tweets: Json[] = [...brexit.data, ...mentionsPage.data];
    const users: Json[] = [...brexit.includes.users, ...mentionsPage.includes.users];
    const mentioning = (id: string) =>
      tweets.filter(
        (t) => t.in_reply_to_user_id === id || (t.entities?.mentions ?? []).some((m: Json) => m.id === id),
      );
    const retweet = (t: Json) => (t.referenced_tweets ?? []).some((r: Json) => r.type === 'retweeted');
    // METRICS.md: inbound is what others address to the account; a retweet that mentions it is a share.
    const xInbound = new Map(
      [...new Set(users.map((u) => u.id as string))].map((id) => [
        id,
        mentioning(id).filter((t) => !retweet(t) && t.author_id !== id).length,
      ]),
    );
    const platforms: ReplayedPlatforms = {
      mastodonStatuses: statuses.length,
      xUserIds: [...xInbound.entries()].sort((a, b) => b[1] - a[1]).map(([id]) => id),
      xOwnTweets: (brexit.data as Json[]).filter((t) => !retweet(t)).length,
      xInbound,
    };

    let replay: PlatformReplay | null = null;
    const route = (url: URL, authorization: string | undefined): Answer => {
      let m = /^\/api\/v1\/accounts\/\d+\/statuses$/.exec(url.pathname);
      if (m) {
        const maxId = url.searchParams.get('max_id');
        const rest = statuses.filter((s) => !maxId || BigInt(s.id) < BigInt(maxId));
        const page = rest.slice(0, MASTODON_PAGE);
        // Clients follow the Link URL as given, as with the recorded instance's pagination.
        const link = `<${replay!.url}${url.pathname}?limit=40&max_id=${page.at(-1)?.id}>; rel="next"`;
        return { json: page, headers: rest.length > page.length ? { link } : {} };
      }
      if (/^\/api\/v1\/accounts\/\d+$/.test(url.pathname)) return { json: statuses[0].account };
      if (url.pathname.startsWith('/2/') && authorization !== `Bearer ${xToken}`) {
        return { status: 401, json: { title: 'Unauthorized', status: 401, detail: 'Unauthorized' } };
      }
      if (/^\/2\/users\/\d+\/tweets$/.test(url.pathname)) {
        const start = Number(url.searchParams.get('pagination_token') ?? 0);
        const page = (brexit.data as Json[]).slice(start, start + X_PAGE);
        const next = start + X_PAGE < brexit.data.length ? String(start + X_PAGE) : null;
        return { json: { data: page, includes: brexit.includes, meta: xMeta(page, next) } };
      }
      m = /^\/2\/users\/(\d+)\/mentions$/.exec(url.pathname);
      if (m) {
        const found = mentioning(m[1]);
        return { json: { data: found, includes: { users }, meta: xMeta(found, null) } };
      }
      m = /^\/2\/users\/(\d+)$/.exec(url.pathname);
      if (m) {
        const user = users.find((u) => u.id === m![1]);
        return user ? { json: { data: user } } : { status: 404, json: { title: 'Not Found Error' } };
      }
      return { status: 404, json: { error: `no replay for ${url.pathname}` } };
    };

    const server = http.createServer((req, res) => {
      replay!.requests += 1;
      const url = new URL(req.url ?? '/', replay!.url);
      const answer = route(url, req.headers.authorization);
      res.writeHead(answer.status ?? 200, {
        'content-type': 'application/json; charset=utf-8',
        ...answer.headers,
      });
      res.end(JSON.stringify(answer.json));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    replay = new PlatformReplay(server, `http://127.0.0.1:${port}`, platforms);
    return replay;
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}

/** X's meta block: count, newest and oldest id of the page, and the token of the next page. */
function xMeta(items: Json[], next: string | null): Json {
  const ids = items.map((t) => t.id as string).sort((a, b) => a.length - b.length || a.localeCompare(b));
  return {
    result_count: items.length,
    ...(items.length > 0 ? { newest_id: ids[ids.length - 1], oldest_id: ids[0] } : {}),
    ...(next ? { next_token: next } : {}),
  };
}
