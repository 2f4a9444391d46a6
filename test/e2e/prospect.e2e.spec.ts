// `ledger prospect` as a consultant runs it on a fresh machine: no workspace, no database, no credentials,
// against the public endpoints replayed from the real recorded payloads in ../shared/data.
//
// Bluesky (author-feed snapshot "cannot pin someone else's post", alice.test; every timestamp 1970-01-01):
// alice's feed holds 12 posts of hers (no reposts, no pins); one of them, "thanks bob",
// answers bob's reply "hear that label_me label_me_2" to her post "again": an ask answered after 0 seconds.
// The mention search finds dan's "@alice.bluesky.xyz is the best" (notification snapshot "without a
// last-seen"): an ask nobody answered. 2 asks, 1 answered: far below 20, so insufficient data.
// Mastodon (public timeline cassette): admin published 6 public statuses on 2026-08-01 and nobody replied.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runCli } from '../support/processes.js';
import { ReplayServer } from '../support/replay-server.js';
import {
  BLUESKY_FEED,
  BLUESKY_NOTIFICATIONS,
  replayBlueskyPublic,
} from '../support/replays/bluesky.replay.js';
import { replayMastodonPublic } from '../support/replays/mastodon.replay.js';

let replay: ReplayServer;
let out: string;
let env: Record<string, string>;

beforeAll(async () => {
  replay = await ReplayServer.start();
  replayBlueskyPublic(replay, {
    feed: BLUESKY_FEED,
    notifications: BLUESKY_NOTIFICATIONS,
    handle: 'alice.test',
  });
  replayMastodonPublic(replay);
  out = fs.mkdtempSync(path.join(os.tmpdir(), 'ledger-prospect-'));
  env = {
    LEDGER_BLUESKY_APPVIEW_URL: replay.url,
    // A fresh machine: an empty data folder that must stay empty (nothing is stored).
    LEDGER_DATA_DIR: path.join(out, 'data'),
    LEDGER_HTTP_BACKOFF_MS: '5',
    LEDGER_HTTP_MAX_ATTEMPTS: '3',
    LEDGER_HTTP_TIMEOUT_MS: '5000',
  };
});

afterAll(async () => {
  await replay.close();
  fs.rmSync(out, { recursive: true, force: true });
});

const bluesky = ['prospect', 'bluesky:alice.test', '--until', '1970-01-01', '--days', '30', '--no-pdf'];

describe('ledger prospect bluesky:HANDLE', () => {
  test('prints the estimate from public data and writes the report in English', async () => {
    const result = await runCli([...bluesky, '--out', path.join(out, 'en')], env);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(
      'Prospect audit of @alice.test, 3 Dec 1969 – 1 Jan 1970 (estimated from public data):',
    );
    expect(result.stdout).toContain('public asks found: 2 (replies to its posts: 1, mentions: 1)');
    expect(result.stdout).toContain(
      'response rate within 72 h: insufficient data (2 of 20); answered within 72 h: 1 of 2',
    );
    expect(result.stdout).toContain('median first response time: insufficient data (1 of 20)');
    expect(result.stdout).toContain(
      'answered within a day: insufficient data (2 of 20); 1 of 2 asks older than a day',
    );
    const file = /Report: (.+\.html)/.exec(result.stdout)![1];
    expect(path.basename(file)).toBe('prospect-bluesky-alice.test-1969-12-03-1970-01-01.en.html');
    const html = fs.readFileSync(file, 'utf8');
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('Estimated from public data.');
    // Every figure of the summary carries the label.
    expect(html.match(/<span class="kpi-note">estimated from public data<\/span>/g)).toHaveLength(4);
    expect(html).toContain('12 public posts and replies by the account in the period');
    expect(html).toContain('Replies to the account&#x27;s posts: 1; mentions of the account: 1');
    expect(html).toContain('Mentions found with the platform&#x27;s public search');
    expect(html).toContain('Direct messages: questions asked and answered privately are invisible.');
    expect(fs.existsSync(path.join(out, 'data'))).toBe(false);
  });

  test('in German: the same figures, labelled "geschätzt aus öffentlichen Daten"', async () => {
    const result = await runCli([...bluesky, '--locale', 'de', '--out', path.join(out, 'de')], env);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(
      'Prospect-Audit von @alice.test, 03.12.1969 – 01.01.1970 (geschätzt aus öffentlichen Daten):',
    );
    expect(result.stdout).toContain(
      'gefundene öffentliche Anfragen: 2 (Antworten auf seine Beiträge: 1, Erwähnungen: 1)',
    );
    expect(result.stdout).toContain(
      'Antwortquote innerhalb 72 Std.: zu wenige Daten (2 von 20); innerhalb 72 Std. beantwortet: 1 von 2',
    );
    const file = /Bericht: (.+\.html)/.exec(result.stdout)![1];
    const html = fs.readFileSync(file, 'utf8');
    expect(html).toContain('<html lang="de">');
    expect(html.match(/<span class="kpi-note">geschätzt aus öffentlichen Daten<\/span>/g)).toHaveLength(4);
    expect(html).toContain('Direktnachrichten');
  });

  test('a second run of the same period never overwrites the first report', async () => {
    const dir = path.join(out, 'twice');
    await runCli([...bluesky, '--out', dir], env);
    const second = await runCli([...bluesky, '--out', dir], env);
    expect(second.stdout).toContain('alice.test-1969-12-03-1970-01-01.en-2.html');
    expect(fs.readdirSync(dir)).toHaveLength(2);
  });

  test('a refused mention search is said, and the estimate rests on the threads', async () => {
    replay.fail(/searchPosts/, {
      kind: 'status',
      status: 403,
      json: { error: 'Forbidden', message: 'search is limited' },
    });
    const result = await runCli([...bluesky, '--out', path.join(out, 'no-search')], env);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('public asks found: 1 (replies to its posts: 1, mentions: 0)');
    const html = fs.readFileSync(/Report: (.+\.html)/.exec(result.stdout)![1], 'utf8');
    expect(html).toContain('the AppView refused the mention search (403: search is limited)');
  });

  test('429 with Retry-After is waited out', async () => {
    replay.fail(/getAuthorFeed/, { kind: 'status', status: 429, headers: { 'retry-after': '1' } });
    const before = replay.requestsTo(/getAuthorFeed/).length;
    const result = await runCli([...bluesky, '--out', path.join(out, '429')], env);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('public asks found: 2');
    // The refused request, then the feed's three pages of five.
    expect(replay.requestsTo(/getAuthorFeed/).length - before).toBe(4);
  });

  test('clear errors: unknown handle, suspended account, rate limit, network failure, an empty period, bad input', async () => {
    const unknown = await runCli(['prospect', 'bluesky:nobody.test', '--no-pdf'], env);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain(
      'ledger: No Bluesky account @nobody.test (the AppView says: Profile not found)',
    );

    replay.fail(/getProfile/, {
      kind: 'status',
      status: 400,
      json: { error: 'AccountTakedown', message: 'Account has been suspended' },
    });
    const suspended = await runCli([...bluesky], env);
    expect(suspended.stderr).toContain('Bluesky account @alice.test is suspended (taken down)');

    replay.fail(/getProfile/, { kind: 'status', status: 429, headers: { 'retry-after': '3600' } });
    const limited = await runCli([...bluesky], { ...env, LEDGER_RATE_LIMIT_MAX_WAIT_S: '5' });
    expect(limited.code).toBe(1);
    expect(limited.stderr).toMatch(/the platform rate-limited the requests for @alice\.test until \d{4}-/);

    const offline = await runCli([...bluesky], { ...env, LEDGER_BLUESKY_APPVIEW_URL: 'http://127.0.0.1:9' });
    expect(offline.code).toBe(1);
    expect(offline.stderr).toContain(
      'could not read the public data of @alice.test (network or platform failure)',
    );

    const empty = await runCli(['prospect', 'bluesky:alice.test', '--until', '2026-10-31', '--no-pdf'], env);
    expect(empty.code).toBe(1);
    expect(empty.stderr).toContain('published nothing public and was asked nothing publicly in the period');

    const bad = await runCli(['prospect', 'twitter:alice', '--days', '0'], env);
    expect(bad.stderr).toContain('expected bluesky:HANDLE');
    const days = await runCli(['prospect', 'bluesky:alice.test', '--days', '0'], env);
    expect(days.stderr).toContain('--days: a whole number of days from 1 to 365, got "0"');
  });
});

describe('ledger prospect mastodon:@user@instance', () => {
  const mastodon = (who: string) => [
    'prospect',
    `mastodon:${who}`,
    '--instance',
    replay.url,
    '--until',
    '2026-08-01',
    '--days',
    '30',
    '--time-zone',
    'Europe/Vienna',
  ];

  test('six public statuses and nobody asked: zero asks, no estimate, and a report that says so (PDF when possible)', async () => {
    const result = await runCli([...mastodon('@admin@localhost'), '--out', path.join(out, 'mastodon')], env);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('public asks found: 0 (replies to its posts: 0, mentions: 0)');
    expect(result.stdout).toContain(
      'response rate within 72 h: insufficient data (0 of 20); answered within 72 h: 0 of 0',
    );
    const html = fs.readFileSync(/Report: (.+\.html)/.exec(result.stdout)![1], 'utf8');
    expect(html).toContain('6 public posts and replies by the account in the period');
    expect(html).toContain('6 threads of its posts read for replies to it');
    expect(html).toContain('The platform offers no public search of posts');
    expect(html).toContain('Europe/Vienna');
    expect(html).toContain('@admin@localhost');
    // The PDF is written when a Chromium is found, else the summary says why not.
    const pdf = /PDF: (.+\.pdf)/.exec(result.stdout)?.[1];
    if (pdf) expect(fs.readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-');
    else expect(result.stdout).toMatch(/No PDF: .+/);
  });

  test('an unknown account is named', async () => {
    const result = await runCli([...mastodon('@nobody@localhost'), '--no-pdf'], env);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      'ledger: No Mastodon account @nobody@localhost (the instance says: not found)',
    );
  });
});
