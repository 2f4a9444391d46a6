// The HTTP layer every connector uses, against a real loopback server: Retry-After, backoff with jitter,
// timeouts, malformed bodies and dropped connections, without real waiting (the clock records each sleep).
import { ReplayServer } from '../../../../../test/support/replay-server.js';
import { TestClock } from '../collection.test-helper.js';
import { resolveCollectionConfig } from '../collection.config.js';
import { PlatformStatusError, RateLimitedError, RetriesExhaustedError } from './http-errors.js';
import { PlatformHttpClient } from './platform-http.client.js';

const policy = { ...resolveCollectionConfig({}).http, timeoutMs: 300, baseDelayMs: 1000, maxAttempts: 4 };

describe('PlatformHttpClient', () => {
  let server: ReplayServer;
  let clock: TestClock;
  let client: PlatformHttpClient;

  beforeEach(async () => {
    server = await ReplayServer.start();
    server.route('GET', /^\/items$/, () => ({ json: { data: [1, 2, 3] } }));
    clock = new TestClock('2026-11-20T12:00:00Z');
    client = new PlatformHttpClient(policy, clock);
  });
  afterEach(() => server.close());

  const get = () => client.getJson(`${server.url}/items?access_token=secret-token`);

  test('429 with Retry-After in seconds: waits exactly that long, then gets the page', async () => {
    server.fail(/items/, { kind: 'status', status: 429, headers: { 'retry-after': '7' } });
    expect(await get()).toEqual({ data: [1, 2, 3] });
    expect(clock.sleeps).toEqual([7000]);
    expect(server.requests).toHaveLength(2);
  });

  test('429 with Retry-After as an HTTP date, and with only X’s x-rate-limit-reset', async () => {
    server.fail(
      /items/,
      { kind: 'status', status: 429, headers: { 'retry-after': 'Fri, 20 Nov 2026 12:00:30 GMT' } },
      {
        kind: 'status',
        status: 429,
        headers: { 'x-rate-limit-reset': String(Date.parse('2026-11-20T12:01:30Z') / 1000) },
      },
    );
    expect(await get()).toEqual({ data: [1, 2, 3] });
    // 30 s to the date; then the clock stands at 12:00:30 and the reset is a minute later.
    expect(clock.sleeps).toEqual([30_000, 60_000]);
  });

  test('a rate limit longer than the run may wait fails at once with the reset time', async () => {
    server.fail(/items/, { kind: 'status', status: 429, headers: { 'retry-after': '3600' } });
    const error = await get().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RateLimitedError);
    expect((error as RateLimitedError).until?.toISOString()).toBe('2026-11-20T13:00:00.000Z');
    expect(clock.sleeps).toEqual([]);
  });

  test('5xx: exponential backoff with full jitter (random 0.5 of 1 s, 2 s, 4 s)', async () => {
    server.fail(
      /items/,
      { kind: 'status', status: 503 },
      { kind: 'status', status: 502 },
      { kind: 'status', status: 500 },
    );
    expect(await get()).toEqual({ data: [1, 2, 3] });
    expect(clock.sleeps).toEqual([500, 1000, 2000]);
  });

  test('a request that never completes is abandoned after the timeout and retried', async () => {
    server.fail(/items/, { kind: 'hang' });
    expect(await get()).toEqual({ data: [1, 2, 3] });
    expect(clock.sleeps).toEqual([500]);
  });

  test('a malformed body and a dropped connection are retried like a 5xx', async () => {
    server.fail(/items/, { kind: 'malformed' }, { kind: 'drop' });
    expect(await get()).toEqual({ data: [1, 2, 3] });
    expect(clock.sleeps).toEqual([500, 1000]);
  });

  test('when every attempt fails the error names the last failure and never the query string', async () => {
    server.fail(/items/, ...Array.from({ length: 4 }, () => ({ kind: 'status' as const, status: 503 })));
    const error = (await get().catch((e: unknown) => e)) as RetriesExhaustedError;
    expect(error).toBeInstanceOf(RetriesExhaustedError);
    expect(error.message).toBe(`${server.url}/items failed 4 times; last: status 503`);
    expect(error.message).not.toContain('secret-token');
  });

  test('a client error is not retried and carries the platform’s own words', async () => {
    server.fail(/items/, {
      kind: 'status',
      status: 401,
      json: { title: 'Unauthorized', detail: 'Unauthorized' },
    });
    const error = (await get().catch((e: unknown) => e)) as PlatformStatusError;
    expect(error).toBeInstanceOf(PlatformStatusError);
    expect(error.status).toBe(401);
    expect(error.message).toBe(`${server.url}/items answered 401: Unauthorized`);
    expect(server.requests).toHaveLength(1);
  });

  test('an exhausted quota (remaining 0) is waited out before the next request to that host', async () => {
    const reset = String(Date.parse('2026-11-20T12:05:00Z') / 1000);
    server.fail(/items/, {
      kind: 'status',
      status: 200,
      headers: { 'x-rate-limit-remaining': '0', 'x-rate-limit-reset': reset },
      json: { data: [0] },
    });
    expect(await get()).toEqual({ data: [0] });
    expect(clock.sleeps).toEqual([]);
    expect(await get()).toEqual({ data: [1, 2, 3] });
    expect(clock.sleeps).toEqual([300_000]);
  });

  test('Meta-style throttling (HTTP 400, error code 4) is treated as a rate limit', async () => {
    server.fail(/items/, {
      kind: 'status',
      status: 400,
      json: { error: { message: 'Application request limit reached', code: 4 } },
    });
    const body = await client.getJson(
      `${server.url}/items`,
      {},
      (_status, b) => (b as { error?: { code?: number } })?.error?.code === 4,
    );
    expect(body).toEqual({ data: [1, 2, 3] });
    expect(clock.sleeps).toEqual([500]);
  });
});
