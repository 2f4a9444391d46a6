import {
  BadRequestException,
  Body,
  Get,
  HttpCode,
  Post,
  Query,
  Res,
  UploadedFile,
  UseInterceptors,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBody, ApiConsumes, ApiOkResponse, ApiProduces } from '@nestjs/swagger';
import type { Response } from 'express';
import type { WorkspaceAccess } from '../auth/access-context.js';
import { Access, Endpoint } from '../auth/auth.decorators.js';
import {
  ApiDataResponse,
  ApiPageResponse,
  pageRequest,
  PageQueryDto,
  toPage,
  type Page,
} from '../http/pagination.js';
import { UuidParam } from '../http/uuid-param.js';
import { WorkspaceController } from '../http/workspace-controller.js';
import { verifyUploadOptions } from '../imports/upload.options.js';
import { IssueReportDto, ReportDto, toChangedFromDto, toReportDto, VerifyResultDto } from './reports.dto.js';
import { ReportsService } from './reports.service.js';

@WorkspaceController('reports', 'reports')
export class ReportsController {
  constructor(private readonly reports: ReportsService) {}

  @Get()
  @Endpoint({
    operationId: 'listReports',
    summary: 'Issued reports, newest first',
    permission: 'reports.read',
  })
  @ApiPageResponse(ReportDto)
  async list(@Access() access: WorkspaceAccess, @Query() query: PageQueryDto): Promise<Page<ReportDto>> {
    const request = pageRequest(query);
    return toPage(await this.reports.page(access.workspace.id, request), request, toReportDto);
  }

  @Post()
  @Endpoint({
    operationId: 'issueReport',
    summary: 'Issue the monthly comparison report of a month (HTML and/or PDF)',
    description: 'Renders synchronously: a PDF takes a few seconds.',
    permission: 'reports.issue',
  })
  @ApiDataResponse(ReportDto, 201)
  async issue(@Access() access: WorkspaceAccess, @Body() body: IssueReportDto): Promise<{ data: ReportDto }> {
    return { data: toReportDto(await this.reports.issue(access.workspace, body)) };
  }

  @Post('verify')
  @HttpCode(200)
  @Endpoint({
    operationId: 'verifyReport',
    summary: 'Is this file a report we issued? Compares its SHA-256 with the stored hashes',
    description:
      'The same check as `ledger report verify`. A file with an issued file’s name but another hash is answered with `changedFrom`: the report it was issued as, and that file’s SHA-256.',
    permission: 'reports.read',
  })
  @UseInterceptors(FileInterceptor('file', verifyUploadOptions()))
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: {
      type: 'object',
      required: ['file'],
      properties: { file: { type: 'string', format: 'binary' } },
    },
  })
  @ApiDataResponse(VerifyResultDto)
  async verify(
    @Access() access: WorkspaceAccess,
    @UploadedFile() file: Express.Multer.File | undefined,
  ): Promise<{ data: VerifyResultDto }> {
    if (!file)
      throw new BadRequestException({
        code: 'validation_failed',
        message: 'file is required (multipart/form-data field "file")',
        fields: [{ field: 'file', message: 'file is required' }],
      });
    const result = await this.reports.verify(access.workspace.id, file.buffer, file.originalname);
    const match = result.matches[0];
    if (match)
      return {
        data: {
          verified: true,
          sha256: result.sha256,
          format: match.format,
          report: toReportDto(match.report),
        },
      };
    const sameName = result.sameName[0];
    return {
      data: sameName
        ? { verified: false, sha256: result.sha256, changedFrom: toChangedFromDto(sameName) }
        : { verified: false, sha256: result.sha256 },
    };
  }

  @Get(':reportId')
  @Endpoint({ operationId: 'getReport', summary: 'One report', permission: 'reports.read' })
  @ApiDataResponse(ReportDto)
  async get(
    @Access() access: WorkspaceAccess,
    @UuidParam('reportId') id: string,
  ): Promise<{ data: ReportDto }> {
    return { data: toReportDto(await this.reports.get(access.workspace.id, id)) };
  }

  @Get(':reportId/html')
  @Endpoint({
    operationId: 'downloadReportHtml',
    summary: 'The report as issued (HTML, self-contained)',
    permission: 'reports.read',
  })
  @ApiProduces('text/html')
  @ApiOkResponse({ content: { 'text/html': { schema: { type: 'string' } } } })
  async html(
    @Access() access: WorkspaceAccess,
    @UuidParam('reportId') id: string,
    @Res() res: Response,
  ): Promise<void> {
    await this.reports.send(res, access.workspace.id, id, 'html', null);
  }

  @Get(':reportId/pdf')
  @Endpoint({
    operationId: 'downloadReportPdf',
    summary: 'The report as issued (PDF)',
    permission: 'reports.read',
  })
  @ApiProduces('application/pdf')
  @ApiOkResponse({ content: { 'application/pdf': { schema: { type: 'string', format: 'binary' } } } })
  async pdf(
    @Access() access: WorkspaceAccess,
    @UuidParam('reportId') id: string,
    @Res() res: Response,
  ): Promise<void> {
    await this.reports.send(res, access.workspace.id, id, 'pdf', 'attachment');
  }
}
