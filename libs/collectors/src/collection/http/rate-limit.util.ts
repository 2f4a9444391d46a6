// Reading the rate-limit headers the four platforms send. Pure: the current instant is passed in.

/**
 * How long a 429 asks us to wait: `Retry-After` (seconds or an HTTP date), else the reset header of the
 * platform's quota (X `x-rate-limit-reset`, Bluesky `ratelimit-reset`: epoch seconds; Mastodon
 * `x-ratelimit-reset`: ISO 8601). Null when the response does not say.
 */
export function retryAfterMs(headers: Headers, now: Date): number | null {
  const retryAfter = headers.get('retry-after');
  if (retryAfter !== null) {
    const trimmed = retryAfter.trim();
    if (/^\d+(\.\d+)?$/.test(trimmed)) return Math.ceil(Number(trimmed) * 1000);
    const date = Date.parse(trimmed);
    if (!Number.isNaN(date)) return Math.max(0, date - now.getTime());
  }
  const reset = quotaResetAt(headers);
  return reset === null ? null : Math.max(0, reset.getTime() - now.getTime());
}

/** When the quota that these headers describe is exhausted, the instant it resets; else null. */
export function exhaustedQuotaResetsAt(headers: Headers): Date | null {
  const remaining =
    headers.get('x-rate-limit-remaining') ??
    headers.get('x-ratelimit-remaining') ??
    headers.get('ratelimit-remaining');
  if (remaining === null || Number(remaining.trim()) > 0 || Number.isNaN(Number(remaining.trim())))
    return null;
  return quotaResetAt(headers);
}

function quotaResetAt(headers: Headers): Date | null {
  const epoch = headers.get('x-rate-limit-reset') ?? headers.get('ratelimit-reset');
  if (epoch !== null && /^\d+$/.test(epoch.trim())) return new Date(Number(epoch.trim()) * 1000);
  const iso = headers.get('x-ratelimit-reset');
  if (iso !== null) {
    const parsed = Date.parse(iso.trim());
    if (!Number.isNaN(parsed)) return new Date(parsed);
  }
  return null;
}

/** Exponential backoff with full jitter (AWS Architecture Blog): a random wait up to the capped exponential. */
export function backoffMs(
  attempt: number,
  policy: { baseDelayMs: number; maxDelayMs: number },
  random: () => number,
): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.max(0, attempt - 1));
  return Math.floor(random() * ceiling);
}
