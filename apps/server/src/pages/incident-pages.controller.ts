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
    // One page at a time, from the database: a workspace collects incidents for years.
    const [shown, kinds] = await Promise.all([
      this.incidents.page(access.workspace, query),
      this.incidents.kinds(access.workspace.id),
    ]);
    const { limit, offset, total } = shown.page;
    const pageLink = (to: number) => {
      const params = new URLSearchParams();
      for (const key of ['status', 'severity', 'kind', 'from', 'to', 'lang'] as const) {
        const value = query[key];
        if (value) params.set(key, value);
      }
      if (query.limit) params.set('limit', String(limit));
      if (to > 0) params.set('offset', String(to));
      const text = params.toString();
      return `/w/${access.workspace.slug}/incidents${text ? `?${text}` : ''}`;
    };
    return this.context.renderWorkspacePage(
      req,
      res,
      access,
      'incidents',
      'incidents',
      this.context.title(req, 'incidents.title'),
      {
        incidents: shown.data,
        paging: {
          first: total === 0 ? 0 : offset + 1,
          last: Math.min(offset + limit, total),
          total,
          previous: offset > 0 ? pageLink(Math.max(0, offset - limit)) : null,
          next: offset + limit < total ? pageLink(offset + limit) : null,
        },
        filter: query,
        statuses: INCIDENT_STATUSES.map((s) => ({ value: s, selected: query.status === s })),
        severities: INCIDENT_SEVERITIES.map((s) => ({ value: s, selected: query.severity === s })),
        kinds: kinds.map((k) => ({ value: k, selected: query.kind === k })),
      },
    );
  }

  /** The evidence file for a logged-in reader: the same check and headers as the API's download. */
  @Get(':incidentId/evidence/:evidenceId')
  @Requires('incidents.read')
  async evidence(
    @Access() access: WorkspaceAccess,
    @UuidParam('incidentId') id: string,
    @UuidParam('evidenceId') evidenceId: string,
    @Res() res: Response,
  ): Promise<void> {
    await this.incidents.sendEvidence(res, access.workspace.id, id, evidenceId);
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
    // A merged duplicate links to the incident it went into (its `merged_into` event names it).
    const mergedInto = incident.timeline.find((e) => e.type === 'merged_into')?.details.into ?? null;
    return this.context.renderWorkspacePage(req, res, access, 'incident', 'incidents', incident.title, {
      incident,
      mergedInto,
      evidenceJson: JSON.stringify(incident.evidence, null, 2),
    });
  }
}
