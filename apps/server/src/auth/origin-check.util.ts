import type { Request } from 'express';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export function isStateChanging(req: Request): boolean {
  return !SAFE_METHODS.has(req.method);
}

/**
 * CSRF defence for cookie-authenticated requests, on top of SameSite=Lax: a state-changing request must say it
 * comes from this very site. Browsers send Origin on every cross-site and same-site POST; Referer is the
 * fallback for the rare browser that omits Origin. A request with neither is refused.
 */
export function isSameOrigin(req: Request): boolean {
  const host = req.headers.host;
  if (!host) return false;
  const origin = req.headers.origin ?? refererOrigin(req.headers.referer);
  if (!origin || origin === 'null') return false;
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}

function refererOrigin(referer: string | undefined): string | undefined {
  if (!referer) return undefined;
  try {
    return new URL(referer).origin;
  } catch {
    return undefined;
  }
}
