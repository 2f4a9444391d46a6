/** Where the platforms are and how patiently to talk to them; tests point the URLs at a replay server. */
export interface CollectionConfig {
  xApiUrl: string;
  metaGraphUrl: string;
  /** Graph API version, e.g. `v23.0` (Meta retires each version about two years after release). */
  metaApiVersion: string;
  /** Public AppView for public Bluesky data (no login). */
  blueskyAppViewUrl: string;
  /** PDS (or entryway) for logins with an app password; an account's own `pdsUrl` setting overrides it. */
  blueskyPdsUrl: string;
  http: HttpPolicy;
  /** Pages one stream may read in one run; a listing cut off here is recorded as incomplete. */
  maxPages: number;
  /** How far behind the high-water mark a run lists again: re-checks for deletions and fresh engagement. */
  recheckDays: number;
}

export interface HttpPolicy {
  /** Per request, headers and body included. */
  timeoutMs: number;
  /** Attempts per request for timeouts, network errors, 5xx, malformed bodies and 429s. */
  maxAttempts: number;
  /** Exponential backoff with full jitter: a random wait in [0, min(maxDelayMs, baseDelayMs · 2^(n-1))]. */
  baseDelayMs: number;
  maxDelayMs: number;
  /** The longest a rate limit may hold a run; beyond it the stream fails with the reset time recorded. */
  maxRateLimitWaitMs: number;
}

export const COLLECTION_CONFIG = Symbol('COLLECTION_CONFIG');

export function resolveCollectionConfig(env: NodeJS.ProcessEnv = process.env): CollectionConfig {
  return {
    xApiUrl: url(env.LEDGER_X_API_URL, 'https://api.x.com'),
    metaGraphUrl: url(env.LEDGER_META_GRAPH_URL, 'https://graph.facebook.com'),
    metaApiVersion: env.LEDGER_META_API_VERSION?.trim() || 'v23.0',
    blueskyAppViewUrl: url(env.LEDGER_BLUESKY_APPVIEW_URL, 'https://public.api.bsky.app'),
    blueskyPdsUrl: url(env.LEDGER_BLUESKY_PDS_URL, 'https://bsky.social'),
    http: {
      timeoutMs: positive(env.LEDGER_HTTP_TIMEOUT_MS, 30_000, 'LEDGER_HTTP_TIMEOUT_MS'),
      maxAttempts: positive(env.LEDGER_HTTP_MAX_ATTEMPTS, 5, 'LEDGER_HTTP_MAX_ATTEMPTS'),
      baseDelayMs: positive(env.LEDGER_HTTP_BACKOFF_MS, 1_000, 'LEDGER_HTTP_BACKOFF_MS'),
      maxDelayMs: 60_000,
      maxRateLimitWaitMs:
        positive(env.LEDGER_RATE_LIMIT_MAX_WAIT_S, 900, 'LEDGER_RATE_LIMIT_MAX_WAIT_S') * 1000,
    },
    maxPages: positive(env.LEDGER_COLLECT_MAX_PAGES, 50, 'LEDGER_COLLECT_MAX_PAGES'),
    recheckDays: positive(env.LEDGER_COLLECT_RECHECK_DAYS, 7, 'LEDGER_COLLECT_RECHECK_DAYS'),
  };
}

function url(value: string | undefined, fallback: string): string {
  const chosen = value?.trim() || fallback;
  try {
    return new URL(chosen).toString().replace(/\/$/, '');
  } catch {
    throw new Error(`Not a URL: "${chosen}"`);
  }
}

function positive(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined || value.trim() === '') return fallback;
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new Error(`${name}: a positive number, got "${value}"`);
  return n;
}
