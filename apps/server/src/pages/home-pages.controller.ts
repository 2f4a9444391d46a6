import { Controller, Get, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Response } from 'express';
import type { LedgerRequest, Principal } from '../auth/access-context.js';
import { CurrentPrincipal } from '../auth/auth.decorators.js';
import { AuthService } from '../auth/auth.service.js';
import { PageRenderer } from './page-renderer.js';
import { rememberPageLocale } from './page-locale.js';

/** `/`: straight to the one workspace of the user, or a choice among several (the consultant). */
@ApiExcludeController()
@Controller()
export class HomePagesController {
  constructor(
    private readonly auth: AuthService,
    private readonly pages: PageRenderer,
  ) {}

  @Get()
  async home(
    @CurrentPrincipal() principal: Principal,
    @Req() req: LedgerRequest,
    @Res() res: Response,
  ): Promise<void> {
    const workspaces = await this.auth.workspacesOf(principal);
    if (workspaces.length === 1) return res.redirect(302, `/w/${workspaces[0].workspaceSlug}`);
    const locale = rememberPageLocale(req, res);
    res.type('html').send(
      this.pages.render('chooser', {
        locale,
        title: this.pages.catalogs[locale].t('chooser.title'),
        user: principal.kind === 'user' ? principal.email : null,
        workspaces,
      }),
    );
  }

  /** The old address of the report list (before logins) leads to the same place. */
  @Get('reports')
  reports(@Res() res: Response): void {
    res.redirect(302, '/');
  }
}
