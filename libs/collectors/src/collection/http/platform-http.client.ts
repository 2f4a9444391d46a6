import type { CollectionClock } from '../collection-clock.js';
import type { HttpPolicy } from '../collection.config.js';
import { PlatformStatusError, RateLimitedError, RetriesExhaustedError, safeUrl } from './http-errors.js';
import { backoffMs, exhaustedQuotaResetsAt, retryAfterMs } from './rate-limit.util.js';

export interface PlatformRequest {
  url: string;
  method?: 'GET' | 'POST';
  headers?: Record<string, string>;
  body?: string;
  /** Parse the body as JSON; an unreadable body is retried like a 5xx (a truncated transfer often is one). */
  json: boolean;
  /** Hand 4xx answers back instead of throwing (the AT Protocol client reads its own error bodies). */
  returnClientErrors?: boolean;
  /** Throttling a platform signals without 429 (Meta: HTTP 400/403 with error codes 4, 17, 32, 613). */
  isThrottled?: (status: number, body: unknown) => boolean;
}

export interface PlatformResponse {
  status: number;
  headers: Headers;
  text: string;
  /** The parsed body when `json` was asked for; undefined otherwise. */
  body: unknown;
}

/**
 * The one way collectors talk HTTP: a timeout on every request, retries with exponential backoff and full
 * jitter for timeouts, network errors, 5xx and malformed bodies, 429 and Retry-After honoured, and a quota
 * the platform reports as exhausted waited out before the next request to that host. Waiting longer than
 * the policy allows fails the request with the reset time, so a run never hangs on a platform.
 */
export class PlatformHttpClient {
  private readonly quotaResets = new Map<string, Date>();

  constructor(
    private readonly policy: HttpPolicy,
    private readonly clock: CollectionClock,
    private readonly fetchImpl: typeof fetch = globalThis.fetch,
  ) {}

  async request(request: PlatformRequest): Promise<PlatformResponse> {
    const shown = safeUrl(request.url);
    const origin = originOf(request.url);
    let lastFailure = 'no attempt made';
    let rateLimitedUntil: Date | null = null;
    for (let attempt = 1; attempt <= this.policy.maxAttempts; attempt += 1) {
      const retry = attempt < this.policy.maxAttempts;
      await this.waitForQuota(origin, shown);
      let response: { status: number; headers: Headers; text: string };
      try {
        response = await this.send(request);
      } catch (error) {
        lastFailure = describeFailure(error, this.policy.timeoutMs);
        if (retry) await this.clock.sleep(backoffMs(attempt, this.policy, () => this.clock.random()));
        continue;
      }
      const { status, headers, text } = response;
      this.noteQuota(origin, headers);
      const parsed = request.json || status >= 400 ? tryParseJson(text) : { ok: false as const };
      const throttled =
        status === 429 ||
        (status >= 400 && request.isThrottled?.(status, parsed.ok ? parsed.value : null) === true);
      if (throttled) {
        const wait =
          retryAfterMs(headers, this.clock.now()) ??
          backoffMs(attempt, this.policy, () => this.clock.random());
        rateLimitedUntil = new Date(this.clock.now().getTime() + wait);
        if (wait > this.policy.maxRateLimitWaitMs) throw new RateLimitedError(shown, rateLimitedUntil);
        lastFailure = `rate-limited (${status})`;
        if (retry) await this.clock.sleep(wait);
        continue;
      }
      if (status >= 500) {
        lastFailure = `status ${status}`;
        if (retry) await this.clock.sleep(backoffMs(attempt, this.policy, () => this.clock.random()));
        continue;
      }
      if (status >= 400) {
        if (request.returnClientErrors)
          return { status, headers, text, body: parsed.ok ? parsed.value : undefined };
        throw new PlatformStatusError(status, shown, errorDetail(parsed.ok ? parsed.value : null));
      }
      if (request.json && !parsed.ok) {
        lastFailure = `malformed JSON body (${text.length} characters)`;
        if (retry) await this.clock.sleep(backoffMs(attempt, this.policy, () => this.clock.random()));
        continue;
      }
      return { status, headers, text, body: parsed.ok ? parsed.value : undefined };
    }
    if (lastFailure.startsWith('rate-limited')) throw new RateLimitedError(shown, rateLimitedUntil);
    throw new RetriesExhaustedError(shown, this.policy.maxAttempts, lastFailure);
  }

  /** GET a JSON document. */
  async getJson(
    url: string,
    headers: Record<string, string> = {},
    isThrottled?: PlatformRequest['isThrottled'],
  ) {
    return (await this.request({ url, headers, json: true, isThrottled })).body;
  }

  /**
   * A WHATWG fetch for libraries that bring their own HTTP code (@atproto/api): every call goes through the
   * same timeouts, retries and rate-limit handling, and answers with the final response.
   */
  asFetch(): typeof fetch {
    return async (input, init) => {
      // @atproto/api hands over a Request (headers, method and body inside it) or a URL with init.
      const request = new Request(input, init);
      const headers: Record<string, string> = {};
      request.headers.forEach((value, key) => (headers[key] = value));
      const method = request.method.toUpperCase() === 'POST' ? 'POST' : 'GET';
      const body = method === 'POST' ? await request.text() : undefined;
      const response = await this.request({
        url: request.url,
        method,
        headers,
        body,
        json: true,
        returnClientErrors: true,
      });
      return new Response(response.text, { status: response.status, headers: response.headers });
    };
  }

  private async send(request: PlatformRequest): Promise<{ status: number; headers: Headers; text: string }> {
    const controller = new AbortController();
    // A real timer: the request really is abandoned, whatever clock the waits use.
    const timer = setTimeout(() => controller.abort(new RequestTimeout()), this.policy.timeoutMs);
    try {
      const response = await this.fetchImpl(request.url, {
        method: request.method ?? 'GET',
        headers: { accept: 'application/json', ...request.headers },
        body: request.body,
        signal: controller.signal,
        redirect: 'follow',
      });
      const text = await response.text();
      return { status: response.status, headers: response.headers, text };
    } finally {
      clearTimeout(timer);
    }
  }

  private async waitForQuota(origin: string, shown: string): Promise<void> {
    const reset = this.quotaResets.get(origin);
    if (!reset) return;
    const wait = reset.getTime() - this.clock.now().getTime();
    this.quotaResets.delete(origin);
    if (wait <= 0) return;
    if (wait > this.policy.maxRateLimitWaitMs) throw new RateLimitedError(shown, reset);
    await this.clock.sleep(wait);
  }

  private noteQuota(origin: string, headers: Headers): void {
    const reset = exhaustedQuotaResetsAt(headers);
    if (reset) this.quotaResets.set(origin, reset);
  }
}

class RequestTimeout extends Error {}

function describeFailure(error: unknown, timeoutMs: number): string {
  if (error instanceof RequestTimeout || (error instanceof Error && error.cause instanceof RequestTimeout))
    return `no complete answer within ${timeoutMs} ms`;
  if (error instanceof Error && error.name === 'AbortError')
    return `no complete answer within ${timeoutMs} ms`;
  const cause = error instanceof Error && error.cause instanceof Error ? `: ${error.cause.message}` : '';
  return `network error (${error instanceof Error ? error.message : String(error)}${cause})`;
}

function tryParseJson(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
}

/** The platform's own words about an error (X, Meta, Mastodon and Bluesky bodies), at most 200 characters. */
function errorDetail(body: unknown): string {
  if (typeof body !== 'object' || body === null) return '';
  const b = body as Record<string, unknown>;
  const nested =
    typeof b.error === 'object' && b.error !== null ? (b.error as Record<string, unknown>) : null;
  const first =
    Array.isArray(b.errors) && typeof b.errors[0] === 'object'
      ? (b.errors[0] as Record<string, unknown>)
      : null;
  const text = [
    nested?.message,
    b.detail,
    b.message,
    first?.message,
    typeof b.error === 'string' ? b.error : null,
    b.title,
  ].find((v) => typeof v === 'string' && v.trim() !== '') as string | undefined;
  return text ? text.slice(0, 200) : '';
}

function originOf(url: string): string {
  try {
    return new URL(url).origin;
  } catch {
    return url;
  }
}
