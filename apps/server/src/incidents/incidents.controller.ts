import { Get, Query } from '@nestjs/common';
import { ApiOkResponse } from '@nestjs/swagger';
import type { WorkspaceAccess } from '../auth/access-context.js';
import { Access, Endpoint } from '../auth/auth.decorators.js';
import { ApiDataResponse, ApiPageResponse, paginate, type Page } from '../http/pagination.js';
import { UuidParam } from '../http/uuid-param.js';
import { WorkspaceController } from '../http/workspace-controller.js';
import {
  AuditPageDto,
  AuditQueryDto,
  IncidentDetailDto,
  IncidentDto,
  IncidentQueryDto,
  toIncidentDto,
} from './incidents.dto.js';
import { IncidentsService } from './incidents.service.js';

@WorkspaceController('incidents', 'incidents')
export class IncidentsController {
  constructor(private readonly incidents: IncidentsService) {}

  @Get()
  @Endpoint({
    operationId: 'listIncidents',
    summary: 'The incident register, newest first, with filters',
    permission: 'incidents.read',
  })
  @ApiPageResponse(IncidentDto)
  async list(
    @Access() access: WorkspaceAccess,
    @Query() query: IncidentQueryDto,
  ): Promise<Page<IncidentDto>> {
    return paginate((await this.incidents.list(access.workspace, query)).map(toIncidentDto), query);
  }

  @Get(':incidentId')
  @Endpoint({
    operationId: 'getIncident',
    summary: 'One incident with its timeline and evidence files',
    permission: 'incidents.read',
  })
  @ApiDataResponse(IncidentDetailDto)
  async get(
    @Access() access: WorkspaceAccess,
    @UuidParam('incidentId') id: string,
  ): Promise<{ data: IncidentDetailDto }> {
    return { data: await this.incidents.get(access.workspace.id, id) };
  }
}

@WorkspaceController('audit-log', 'audit log')
export class AuditLogController {
  constructor(private readonly incidents: IncidentsService) {}

  @Get()
  @Endpoint({
    operationId: 'listAuditLog',
    summary: 'The hash-chained audit log in chain order (cursor: after = last seq seen)',
    permission: 'audit.read',
  })
  @ApiOkResponse({ type: AuditPageDto })
  list(@Access() access: WorkspaceAccess, @Query() query: AuditQueryDto): Promise<AuditPageDto> {
    return this.incidents.auditPage(access.workspace.id, query.after ?? 0, query.limit ?? 50);
  }
}
