import { Controller, Get, Header, Query, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import type { WorkspaceAccess } from '../auth/access-context.js';
import { Access, Requires } from '../auth/auth.decorators.js';
import { UuidParam } from '../http/uuid-param.js';
import { INCIDENT_SEVERITIES, INCIDENT_STATUSES, IncidentQueryDto } from '../incidents/incidents.dto.js';
import { IncidentsService } from '../incidents/incidents.service.js';
import { PageContextService } from './page-context.service.js';

/** The incident register with filters, and one incident's timeline: what auditors reconstruct the past from. */
@ApiExcludeController()
@Controller('w/:workspace/incidents')
export class IncidentPagesController {
  constructor(
    private readonly context: PageContextService,
    private readonly incidents: IncidentsService,
  ) {}

  @Get()
  @Requires('incidents.read')
  @Header('Content-Type', 'text/html; charset=utf-8')
  async register(
    @Access() access: WorkspaceAccess,
    @Query() query: IncidentQueryDto & { lang?: string },
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ): Promise<string> {
    const all = await this.incidents.list(access.workspace, {});
    const shown = await this.incidents.list(access.workspace, query);
    return this.context.renderWorkspacePage(
      req,
      res,
      access,
      'incidents',
      'incidents',
      this.context.title(req, 'incidents.title'),
      {
        incidents: shown,
        filter: query,
        statuses: INCIDENT_STATUSES.map((s) => ({ value: s, selected: query.status === s })),
        severities: INCIDENT_SEVERITIES.map((s) => ({ value: s, selected: query.severity === s })),
        kinds: [...new Set(all.map((i) => i.kind))]
          .sort()
          .map((k) => ({ value: k, selected: query.kind === k })),
      },
    );
  }

  @Get(':incidentId')
  @Requires('incidents.read')
  @Header('Content-Type', 'text/html; charset=utf-8')
  async incident(
    @Access() access: WorkspaceAccess,
    @UuidParam('incidentId') id: string,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ): Promise<string> {
    const incident = await this.incidents.get(access.workspace.id, id);
    return this.context.renderWorkspacePage(req, res, access, 'incident', 'incidents', incident.title, {
      incident,
      evidenceJson: JSON.stringify(incident.evidence, null, 2),
    });
  }
}
