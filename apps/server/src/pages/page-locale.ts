import type { Request, Response } from 'express';

export const PAGE_LOCALES = ['en', 'de'] as const;
export type PageLocale = (typeof PAGE_LOCALES)[number];
export const LOCALE_COOKIE = 'ledger_lang';

function isPageLocale(value: unknown): value is PageLocale {
  return typeof value === 'string' && (PAGE_LOCALES as readonly string[]).includes(value);
}

/** The language of the pages: `?lang=`, else the cookie a previous `?lang=` set, else the browser's wish. */
export function pageLocaleOf(req: Request): PageLocale {
  const query = req.query?.lang;
  if (isPageLocale(query)) return query;
  const cookie: unknown = req.cookies?.[LOCALE_COOKIE];
  if (isPageLocale(cookie)) return cookie;
  const accept = req.headers['accept-language'] ?? '';
  return /^\s*de\b/i.test(accept) ? 'de' : 'en';
}

/** Remembers a language chosen with `?lang=` for the next pages. */
export function rememberPageLocale(req: Request, res: Response): PageLocale {
  const locale = pageLocaleOf(req);
  if (isPageLocale(req.query?.lang))
    res.cookie(LOCALE_COOKIE, locale, { httpOnly: true, sameSite: 'lax', maxAge: 365 * 24 * 3600_000 });
  return locale;
}
