import {
  Body,
  Get,
  HttpCode,
  Post,
  Query,
  Res,
  UploadedFile,
  UploadedFiles,
  UseInterceptors,
} from '@nestjs/common';
import { FileInterceptor, FilesInterceptor } from '@nestjs/platform-express';
import {
  ApiBody,
  ApiConflictResponse,
  ApiConsumes,
  ApiExtraModels,
  ApiOkResponse,
  ApiProduces,
  getSchemaPath,
} from '@nestjs/swagger';
import type { Response } from 'express';
import type { WorkspaceAccess } from '../auth/access-context.js';
import { Access, Endpoint } from '../auth/auth.decorators.js';
import { ApiDataResponse, ApiPageResponse, type Page } from '../http/pagination.js';
import { UuidParam } from '../http/uuid-param.js';
import { WorkspaceController } from '../http/workspace-controller.js';
import {
  evidenceUploadOptions,
  fileRequired,
  MAX_EVIDENCE_FILES,
  toEvidenceFiles,
} from './evidence-upload.options.js';
import {
  ChangeIncidentStatusDto,
  IncidentCommentDto,
  MergeIncidentDto,
  REPORT_INCIDENT_FORM,
  ReportedIncidentDto,
  ReportIncidentDto,
  SetIncidentKindDto,
  SetIncidentSeverityDto,
} from './incident-writes.dto.js';
import { IncidentWritesService } from './incident-writes.service.js';
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
@ApiExtraModels(ReportIncidentDto)
export class IncidentsController {
  constructor(
    private readonly incidents: IncidentsService,
    private readonly writes: IncidentWritesService,
  ) {}

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
    const page = await this.incidents.page(access.workspace, query);
    return { data: page.data.map(toIncidentDto), page: page.page };
  }

  @Post()
  @Endpoint({
    operationId: 'reportIncident',
    summary: 'Report an incident (JSON, or multipart/form-data with evidence files)',
    description:
      `Evidence files go in the multipart field \`evidence\` (up to ${MAX_EVIDENCE_FILES}, 20 MB each); their ` +
      'SHA-256 goes into the audit log. A report about an item the ledger already has an incident for joins it ' +
      '(`merged`). The operator’s sourcing group (or, with no operator, the group on shift on the account) is ' +
      'frozen with the incident.',
    permission: 'incidents.write',
  })
  @UseInterceptors(FilesInterceptor('evidence', MAX_EVIDENCE_FILES, evidenceUploadOptions()))
  @ApiConsumes('application/json', 'multipart/form-data')
  @ApiBody({
    schema: { oneOf: [{ $ref: getSchemaPath(ReportIncidentDto) }, REPORT_INCIDENT_FORM] },
  })
  @ApiDataResponse(ReportedIncidentDto, 201)
  async report(
    @Access() access: WorkspaceAccess,
    @Body() body: ReportIncidentDto,
    @UploadedFiles() files: Express.Multer.File[] | undefined,
  ): Promise<{ data: ReportedIncidentDto }> {
    const { id, merged } = await this.writes.report(access, body, toEvidenceFiles(files));
    return { data: { incident: await this.incidents.get(access.workspace.id, id), merged } };
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

  @Get(':incidentId/evidence/:evidenceId')
  @Endpoint({
    operationId: 'downloadIncidentEvidence',
    summary: 'One evidence file’s bytes as stored, after checking its SHA-256',
    description:
      'Sent as an attachment with its media type and file name. The bytes are first hashed and compared with ' +
      'the SHA-256 recorded when the file was attached (the evidence row and the audit log): when they differ ' +
      'the answer is 409 `evidence_altered` and nothing of the file is sent.',
    permission: 'incidents.read',
  })
  @ApiProduces('application/octet-stream')
  @ApiOkResponse({
    content: { 'application/octet-stream': { schema: { type: 'string', format: 'binary' } } },
  })
  @ApiConflictResponse({ description: '`evidence_altered`: the stored bytes are not the ones attached' })
  async evidence(
    @Access() access: WorkspaceAccess,
    @UuidParam('incidentId') id: string,
    @UuidParam('evidenceId') evidenceId: string,
    @Res() res: Response,
  ): Promise<void> {
    await this.incidents.sendEvidence(res, access.workspace.id, id, evidenceId);
  }

  @Post(':incidentId/status')
  @HttpCode(200)
  @Endpoint({
    operationId: 'changeIncidentStatus',
    summary: 'Contain, resolve, dismiss or reopen an incident',
    description:
      'Containing sets the containment time once; resolving sets the resolution time (and containment, if ' +
      'unset); reopening clears the resolution. `at` records a containment or resolution made earlier.',
    permission: 'incidents.write',
  })
  @ApiDataResponse(IncidentDetailDto)
  async changeStatus(
    @Access() access: WorkspaceAccess,
    @UuidParam('incidentId') id: string,
    @Body() body: ChangeIncidentStatusDto,
  ): Promise<{ data: IncidentDetailDto }> {
    await this.writes.changeStatus(access, id, body);
    return { data: await this.incidents.get(access.workspace.id, id) };
  }

  @Post(':incidentId/severity')
  @HttpCode(200)
  @Endpoint({
    operationId: 'setIncidentSeverity',
    summary: 'Set an incident’s severity (up or down), with the reason',
    description:
      'Recorded in the timeline and the audit log with the reason. From then on detection leaves the severity ' +
      'as set (new hits are still added).',
    permission: 'incidents.write',
  })
  @ApiDataResponse(IncidentDetailDto)
  async setSeverity(
    @Access() access: WorkspaceAccess,
    @UuidParam('incidentId') id: string,
    @Body() body: SetIncidentSeverityDto,
  ): Promise<{ data: IncidentDetailDto }> {
    await this.writes.setSeverity(access, id, body.severity, body.reason);
    return { data: await this.incidents.get(access.workspace.id, id) };
  }

  @Post(':incidentId/kind')
  @HttpCode(200)
  @Endpoint({
    operationId: 'setIncidentKind',
    summary: 'Set an incident’s kind, with the reason',
    description:
      'Recorded in the timeline and the audit log with the reason; detection no longer renames it.',
    permission: 'incidents.write',
  })
  @ApiDataResponse(IncidentDetailDto)
  async setKind(
    @Access() access: WorkspaceAccess,
    @UuidParam('incidentId') id: string,
    @Body() body: SetIncidentKindDto,
  ): Promise<{ data: IncidentDetailDto }> {
    await this.writes.setKind(access, id, body.kind, body.reason);
    return { data: await this.incidents.get(access.workspace.id, id) };
  }

  @Post(':incidentId/merge')
  @HttpCode(200)
  @Endpoint({
    operationId: 'mergeIncident',
    summary: 'Merge a duplicate incident into this one, with the reason',
    description:
      'Both incidents must be in the workspace, different, and neither already merged. The duplicate gets ' +
      'status `merged` and a `merged_into` event naming this incident; this incident gets a `merged` event ' +
      'listing the duplicate’s evidence files by reference, and its severity is raised to the duplicate’s if ' +
      'that is higher (never lowered). One audit entry, `incident.merged` {keep, duplicate, reason}. Detection ' +
      'sends later hits on the duplicate’s subject here.',
    permission: 'incidents.write',
  })
  @ApiDataResponse(IncidentDetailDto)
  async merge(
    @Access() access: WorkspaceAccess,
    @UuidParam('incidentId') id: string,
    @Body() body: MergeIncidentDto,
  ): Promise<{ data: IncidentDetailDto }> {
    await this.writes.merge(access, id, body.duplicateId, body.reason);
    return { data: await this.incidents.get(access.workspace.id, id) };
  }

  @Post(':incidentId/comments')
  @Endpoint({
    operationId: 'commentIncident',
    summary: 'Add a comment to an incident’s timeline',
    permission: 'incidents.write',
  })
  @ApiDataResponse(IncidentDetailDto, 201)
  async comment(
    @Access() access: WorkspaceAccess,
    @UuidParam('incidentId') id: string,
    @Body() body: IncidentCommentDto,
  ): Promise<{ data: IncidentDetailDto }> {
    await this.writes.comment(access, id, body.text);
    return { data: await this.incidents.get(access.workspace.id, id) };
  }

  @Post(':incidentId/evidence')
  @Endpoint({
    operationId: 'attachIncidentEvidence',
    summary: 'Attach an evidence file to an incident (multipart/form-data, field `file`)',
    permission: 'incidents.write',
  })
  @UseInterceptors(FileInterceptor('file', evidenceUploadOptions()))
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: {
      type: 'object',
      required: ['file'],
      properties: { file: { type: 'string', format: 'binary' } },
    },
  })
  @ApiDataResponse(IncidentDetailDto, 201)
  async attach(
    @Access() access: WorkspaceAccess,
    @UuidParam('incidentId') id: string,
    @UploadedFile() file: Express.Multer.File | undefined,
  ): Promise<{ data: IncidentDetailDto }> {
    const [evidence] = toEvidenceFiles(file ? [file] : []);
    if (!evidence) throw fileRequired('file');
    await this.writes.attach(access, id, evidence);
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
