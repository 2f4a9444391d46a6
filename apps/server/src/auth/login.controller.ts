import { Body, Controller, Get, Header, HttpCode, Post, Query, Req, Res, UseGuards } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { ThrottlerGuard } from '@nestjs/throttler';
import type { Request, Response } from 'express';
import { PageRenderer } from '../pages/page-renderer.js';
import { rememberPageLocale } from '../pages/page-locale.js';
import type { LedgerRequest } from './access-context.js';
import { PublicRoute } from './auth.decorators.js';
import { SESSION_COOKIE } from './auth.guard.js';
import { AuthService } from './auth.service.js';
import { isSameOrigin } from './origin-check.util.js';
import { ForbiddenException } from '@nestjs/common';

/** Only paths of this site: `next=//evil.example` or `next=https://…` must not turn the login into a redirector. */
export function safeNext(next: unknown): string {
  return typeof next === 'string' && /^\/(?![/\\])/.test(next) ? next : '/';
}

/** Login and logout of the pages. The session lives in an httpOnly, SameSite=Lax cookie. */
@ApiExcludeController()
@Controller()
export class LoginController {
  constructor(
    private readonly auth: AuthService,
    private readonly pages: PageRenderer,
  ) {}

  @Get('login')
  @PublicRoute()
  @Header('Content-Type', 'text/html; charset=utf-8')
  @Header('Cache-Control', 'no-store')
  loginPage(
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
    @Query('next') next?: string,
  ): string {
    const locale = rememberPageLocale(req, res);
    return this.pages.render('login', {
      locale,
      title: this.pages.catalogs[locale].t('login.title'),
      next: safeNext(next),
    });
  }

  @Post('login')
  @PublicRoute()
  @UseGuards(ThrottlerGuard)
  @HttpCode(200)
  async login(
    @Req() req: Request,
    @Res() res: Response,
    @Body() body: { email?: unknown; password?: unknown; next?: unknown },
  ): Promise<void> {
    // Login CSRF: a foreign page must not log the visitor in under the attacker's account.
    if (!isSameOrigin(req))
      throw new ForbiddenException({
        code: 'cross_site_request',
        message: 'This form was sent from another site (Origin does not match): refused',
      });
    const email = typeof body.email === 'string' ? body.email : '';
    const password = typeof body.password === 'string' ? body.password : '';
    const next = safeNext(body.next);
    const result = email && password ? await this.auth.login(email, password, new Date()) : null;
    if (!result) {
      const locale = rememberPageLocale(req, res);
      res
        .status(401)
        .type('html')
        .send(
          this.pages.render('login', {
            locale,
            title: this.pages.catalogs[locale].t('login.title'),
            next,
            email,
            failed: true,
          }),
        );
      return;
    }
    res.cookie(SESSION_COOKIE, result.token, {
      httpOnly: true,
      sameSite: 'lax',
      secure: req.secure || process.env.LEDGER_COOKIE_SECURE === '1',
      path: '/',
      expires: result.expiresAt,
    });
    res.redirect(303, next);
  }

  /** Needs a session (the guard checks it and the Origin of the form). */
  @Post('logout')
  async logout(@Req() req: LedgerRequest, @Res() res: Response): Promise<void> {
    const token: unknown = req.cookies?.[SESSION_COOKIE];
    if (typeof token === 'string') await this.auth.logout(token);
    res.clearCookie(SESSION_COOKIE, { path: '/' });
    res.redirect(303, '/login');
  }
}
