import { BadRequestException, Body, Get, Post, Query, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBody, ApiConsumes, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import type { WorkspaceAccess } from '../auth/access-context.js';
import { Access, Endpoint } from '../auth/auth.decorators.js';
import { ApiErrorDto } from '../http/api-error.js';
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
import {
  IMPORT_KINDS,
  ImportUploadDto,
  RunDetailDto,
  RunDto,
  toRunDetailDto,
  toRunDto,
} from './imports.dto.js';
import { ImportsService } from './imports.service.js';
import { importUploadOptions } from './upload.options.js';

@WorkspaceController('imports', 'imports')
export class ImportsController {
  constructor(private readonly imports: ImportsService) {}

  @Post()
  @Endpoint({
    operationId: 'createImport',
    summary: 'Upload a twcs or roster file and import it',
    description:
      'Good rows are kept, bad rows are listed in `rejections` with their line. Re-importing a file changes nothing.',
    permission: 'imports.write',
  })
  @UseInterceptors(FileInterceptor('file', importUploadOptions()))
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: {
      type: 'object',
      required: ['kind', 'file'],
      properties: {
        kind: { type: 'string', enum: [...IMPORT_KINDS] },
        file: { type: 'string', format: 'binary' },
      },
    },
  })
  @ApiDataResponse(RunDetailDto, 201)
  @ApiUnprocessableEntityResponse({ type: ApiErrorDto, description: 'unreadable_file: e.g. no twcs header' })
  async create(
    @Access() access: WorkspaceAccess,
    @Body() body: ImportUploadDto,
    @UploadedFile() file: Express.Multer.File | undefined,
  ): Promise<{ data: RunDetailDto }> {
    if (!file)
      throw new BadRequestException({
        code: 'validation_failed',
        message: 'file is required (multipart/form-data field "file")',
        fields: [{ field: 'file', message: 'file is required' }],
      });
    const run = await this.imports.import(access.workspace.id, body.kind, {
      path: file.path,
      originalName: file.originalname,
    });
    return { data: toRunDetailDto(run) };
  }

  @Get()
  @Endpoint({ operationId: 'listImports', summary: 'Import runs, newest first', permission: 'imports.read' })
  @ApiPageResponse(RunDto)
  async list(@Access() access: WorkspaceAccess, @Query() query: PageQueryDto): Promise<Page<RunDto>> {
    const request = pageRequest(query);
    return toPage(await this.imports.pageRuns(access.workspace.id, true, request), request, toRunDto);
  }

  @Get(':importId')
  @Endpoint({
    operationId: 'getImport',
    summary: 'One import run with its rejected rows',
    permission: 'imports.read',
  })
  @ApiDataResponse(RunDetailDto)
  async get(
    @Access() access: WorkspaceAccess,
    @UuidParam('importId') id: string,
  ): Promise<{ data: RunDetailDto }> {
    return { data: toRunDetailDto(await this.imports.getRun(access.workspace.id, id, true)) };
  }
}

@WorkspaceController('collection-runs', 'collection runs')
export class CollectionRunsController {
  constructor(private readonly imports: ImportsService) {}

  @Get()
  @Endpoint({
    operationId: 'listCollectionRuns',
    summary: 'Collection runs and imports, newest first: what was read, kept and rejected',
    permission: 'runs.read',
  })
  @ApiPageResponse(RunDto)
  async list(@Access() access: WorkspaceAccess, @Query() query: PageQueryDto): Promise<Page<RunDto>> {
    const request = pageRequest(query);
    return toPage(await this.imports.pageRuns(access.workspace.id, false, request), request, toRunDto);
  }

  @Get(':runId')
  @Endpoint({
    operationId: 'getCollectionRun',
    summary: 'One run with its rejected rows',
    permission: 'runs.read',
  })
  @ApiDataResponse(RunDetailDto)
  async get(
    @Access() access: WorkspaceAccess,
    @UuidParam('runId') id: string,
  ): Promise<{ data: RunDetailDto }> {
    return { data: toRunDetailDto(await this.imports.getRun(access.workspace.id, id)) };
  }
}
