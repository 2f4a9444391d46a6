import { Controller, Get, Header, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { localDay } from '#domain';
import type { WorkspaceAccess } from '../auth/access-context.js';
import { Access, Requires } from '../auth/auth.decorators.js';
import { can } from '../auth/permissions.js';
import { UuidParam } from '../http/uuid-param.js';
import { ReportsService } from '../reports/reports.service.js';
import { RosterService } from '../roster/roster.service.js';
import { AccountsService } from '../accounts/accounts.service.js';
import { DashboardService } from './dashboard.service.js';
import { PageContextService } from './page-context.service.js';
import { PageRenderer } from './page-renderer.js';
import { pageLocaleOf } from './page-locale.js';
import { shiftText } from './shift-text.util.js';

const HTML = 'text/html; charset=utf-8';

/** The pages of one workspace: dashboard, report archive, accounts and roster. */
@ApiExcludeController()
@Controller('w/:workspace')
export class WorkspacePagesController {
  constructor(
    private readonly context: PageContextService,
    private readonly dashboard: DashboardService,
    private readonly reports: ReportsService,
    private readonly roster: RosterService,
    private readonly accounts: AccountsService,
    private readonly pages: PageRenderer,
  ) {}

  @Get()
  @Requires('workspace.read')
  @Header('Content-Type', HTML)
  async dashboardPage(
    @Access() access: WorkspaceAccess,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ): Promise<string> {
    const data = await this.dashboard.load(access.workspace, can(access.role, 'runs.read'));
    return this.context.renderWorkspacePage(
      req,
      res,
      access,
      'dashboard',
      'dashboard',
      this.context.title(req, 'dashboard.title'),
      {
        ...data,
        recommendation: null,
      },
    );
  }

  @Get('reports')
  @Requires('reports.read')
  @Header('Content-Type', HTML)
  async reportsPage(
    @Access() access: WorkspaceAccess,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ): Promise<string> {
    return this.context.renderWorkspacePage(
      req,
      res,
      access,
      'reports',
      'reports',
      this.context.title(req, 'reports.title'),
      {
        reports: await this.reports.list(access.workspace.id),
      },
    );
  }

  @Get('reports/:reportId/html')
  @Requires('reports.read')
  async reportHtml(
    @Access() access: WorkspaceAccess,
    @UuidParam('reportId') id: string,
    @Res() res: Response,
  ): Promise<void> {
    await this.reports.send(res, access.workspace.id, id, 'html', null);
  }

  @Get('reports/:reportId/pdf')
  @Requires('reports.read')
  async reportPdf(
    @Access() access: WorkspaceAccess,
    @UuidParam('reportId') id: string,
    @Res() res: Response,
  ): Promise<void> {
    await this.reports.send(res, access.workspace.id, id, 'pdf', 'inline');
  }

  @Get('roster')
  @Requires('roster.read')
  @Header('Content-Type', HTML)
  async rosterPage(
    @Access() access: WorkspaceAccess,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ): Promise<string> {
    const intl = this.pages.catalogs[pageLocaleOf(req)].intlLocale;
    const [accounts, assignments] = await Promise.all([
      this.accounts.list(access.workspace.id),
      this.roster.listAssignments(access.workspace.id),
    ]);
    const zone = new Map(accounts.map((a) => [a.id, a.timeZone]));
    const rows = assignments
      .map((a) => {
        const tz = zone.get(a.accountId) ?? access.workspace.timeZone;
        return {
          ...a,
          from: localDay(a.validFrom, tz),
          to: a.validTo ? localDay(a.validTo, tz) : null,
          shifts: shiftText(a.shifts, intl),
        };
      })
      .sort((a, b) => a.accountHandle.localeCompare(b.accountHandle) || a.from.localeCompare(b.from));
    return this.context.renderWorkspacePage(
      req,
      res,
      access,
      'roster',
      'roster',
      this.context.title(req, 'roster.title'),
      {
        accounts,
        assignments: rows,
      },
    );
  }
}
