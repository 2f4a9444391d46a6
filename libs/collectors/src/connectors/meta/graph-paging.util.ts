import { asObject, asString, path } from '../payload.util.js';

/**
 * The next page of a Graph listing as a URL on the configured host: Meta hands out absolute `paging.next`
 * URLs on graph.facebook.com with the access token in the query. Only the path and the cursor parameters are
 * kept; the token travels in the Authorization header, never in a URL that might be logged.
 */
export function nextGraphUrl(body: unknown, baseUrl: string): string | null {
  const next = asString(path(body, 'paging', 'next'));
  if (!next) return null;
  let parsed: URL;
  try {
    parsed = new URL(next);
  } catch {
    return null;
  }
  parsed.searchParams.delete('access_token');
  const base = new URL(baseUrl);
  return `${base.origin}${parsed.pathname}${parsed.search}`;
}

/** Throttling as Meta reports it: HTTP 400/403 with error code 4, 17, 32 or 613 (no 429, no Retry-After). */
export function isGraphThrottled(_status: number, body: unknown): boolean {
  const code = asObject(asObject(body)?.error)?.code;
  return code === 4 || code === 17 || code === 32 || code === 613;
}
