import type { ThrottlerModuleOptions } from '@nestjs/throttler';

/** Login attempts per minute for one e-mail address from one client (LEDGER_LOGIN_RATE_LIMIT, default 10). */
const LIMIT = Number(process.env.LEDGER_LOGIN_RATE_LIMIT ?? 10);

/**
 * Rate limits of POST /login (the only route with the ThrottlerGuard): per address and client, so guessing one
 * person's password is slow, and ten times that per client, so spraying many addresses is slow too.
 */
export function loginThrottlers(): ThrottlerModuleOptions {
  return {
    throttlers: [
      {
        name: 'login-account',
        ttl: 60_000,
        limit: LIMIT,
        getTracker: (req: Record<string, unknown>) => {
          const body = (req.body ?? {}) as { email?: unknown };
          const email = typeof body.email === 'string' ? body.email.trim().toLowerCase() : '';
          return `${String(req.ip)}|${email}`;
        },
      },
      { name: 'login-client', ttl: 60_000, limit: LIMIT * 10 },
    ],
    errorMessage: 'Too many login attempts: wait a minute, then try again',
  };
}
