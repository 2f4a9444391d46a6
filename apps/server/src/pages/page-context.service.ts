import { Injectable } from '@nestjs/common';
import type { Request, Response } from 'express';
import type { WorkspaceAccess } from '../auth/access-context.js';
import { AuthService } from '../auth/auth.service.js';
import { can } from '../auth/permissions.js';
import { PageRenderer } from './page-renderer.js';
import { pageLocaleOf, rememberPageLocale } from './page-locale.js';

export type NavKey = 'dashboard' | 'reports' | 'incidents' | 'roster' | 'imports';

/** What every workspace page shows around its content: the workspace, the menu the role allows, the user. */
@Injectable()
export class PageContextService {
  constructor(
    private readonly auth: AuthService,
    private readonly pages: PageRenderer,
  ) {}

  async renderWorkspacePage(
    req: Request,
    res: Response,
    access: WorkspaceAccess,
    view: string,
    nav: NavKey,
    title: string,
    content: Record<string, unknown>,
  ): Promise<string> {
    const locale = rememberPageLocale(req, res);
    const memberships = await this.auth.workspacesOf(access.principal);
    return this.pages.render(view, {
      ...content,
      locale,
      title,
      nav,
      user: access.principal.kind === 'user' ? access.principal.email : null,
      role: access.role,
      ws: {
        slug: access.workspace.slug,
        name: access.workspace.name,
        isDemo: access.workspace.isDemo,
        timeZone: access.workspace.timeZone,
      },
      otherWorkspaces: memberships.filter((m) => m.workspaceId !== access.workspace.id),
      showIncidents: can(access.role, 'incidents.read'),
      showImports: can(access.role, 'imports.read'),
    });
  }

  /** A title in the reader's language. */
  title(req: Request, key: string): string {
    return this.pages.catalogs[pageLocaleOf(req)].t(key);
  }
}
