// Why a platform request failed, in words a person at the terminal can act on. Messages carry the URL's
// origin and path only: query strings may hold tokens and are never printed.

export class PlatformRequestError extends Error {
  /** A retry later may succeed (the run is partial, not broken). */
  readonly transient: boolean = true;
}

/** The platform answered with an error status that retrying will not change (400, 401, 403, 404 …). */
export class PlatformStatusError extends PlatformRequestError {
  override readonly transient = false;
  constructor(
    readonly status: number,
    readonly url: string,
    readonly detail: string,
  ) {
    super(`${url} answered ${status}${detail ? `: ${detail}` : ''}`);
  }
}

/** Rate-limited for longer than the run may wait (or every attempt was rate-limited). */
export class RateLimitedError extends PlatformRequestError {
  constructor(
    readonly url: string,
    readonly until: Date | null,
  ) {
    super(`${url} is rate-limited${until ? ` until ${until.toISOString()}` : ''}`);
  }
}

/** Every attempt failed with a timeout, a network error, a 5xx or an unreadable body. */
export class RetriesExhaustedError extends PlatformRequestError {
  constructor(
    readonly url: string,
    readonly attempts: number,
    readonly lastFailure: string,
  ) {
    super(`${url} failed ${attempts} times; last: ${lastFailure}`);
  }
}

/** A listing stopped before it reached the start of its window (page cap, a cursor that loops). */
export class ListingIncompleteError extends PlatformRequestError {}

/** Origin and path of a URL: what error messages and logs may show. */
export function safeUrl(url: string): string {
  try {
    const u = new URL(url);
    return `${u.origin}${u.pathname}`;
  } catch {
    return '(invalid URL)';
  }
}

/** The stream needs credentials the account does not have (see `ledger account connect`). */
export class CredentialsMissingError extends PlatformRequestError {
  override readonly transient = false;
}

/** The platform answered 2xx with a body the connector cannot read as a page at all. */
export class UnreadablePageError extends PlatformRequestError {}
