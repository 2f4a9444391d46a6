import {
  BadRequestException,
  Body,
  Controller,
  Get,
  Header,
  Post,
  Req,
  Res,
  UploadedFile,
  UseInterceptors,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import type { WorkspaceAccess } from '../auth/access-context.js';
import { Access, Requires } from '../auth/auth.decorators.js';
import { can } from '../auth/permissions.js';
import { UuidParam } from '../http/uuid-param.js';
import { ImportUploadDto } from '../imports/imports.dto.js';
import { ImportsService } from '../imports/imports.service.js';
import { importUploadOptions } from '../imports/upload.options.js';
import { MAX_STORED_REJECTIONS } from '#persistence';
import { PageContextService } from './page-context.service.js';

/** Upload a file, then see what was kept and every rejected row with its line and reason. */
@ApiExcludeController()
@Controller('w/:workspace/imports')
export class ImportPagesController {
  constructor(
    private readonly context: PageContextService,
    private readonly imports: ImportsService,
  ) {}

  @Get()
  @Requires('imports.read')
  @Header('Content-Type', 'text/html; charset=utf-8')
  async list(
    @Access() access: WorkspaceAccess,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ): Promise<string> {
    const slug = access.workspace.slug;
    const runs = (await this.imports.listRuns(access.workspace.id, true)).map((r) => ({
      ...r,
      link: `/w/${slug}/imports/${r.id}`,
    }));
    return this.context.renderWorkspacePage(
      req,
      res,
      access,
      'imports',
      'imports',
      this.context.title(req, 'imports.title'),
      {
        runs,
        canImport: can(access.role, 'imports.write'),
      },
    );
  }

  @Post()
  @Requires('imports.write')
  @UseInterceptors(FileInterceptor('file', importUploadOptions()))
  async upload(
    @Access() access: WorkspaceAccess,
    @Body() body: ImportUploadDto,
    @UploadedFile() file: Express.Multer.File | undefined,
    @Res() res: Response,
  ): Promise<void> {
    if (!file)
      throw new BadRequestException({
        code: 'validation_failed',
        message: 'Choose a file to import',
        fields: [{ field: 'file', message: 'file is required' }],
      });
    const run = await this.imports.import(access.workspace.id, body.kind, {
      path: file.path,
      originalName: file.originalname,
    });
    // Post/redirect/get: reloading the result page does not import the file again.
    res.redirect(303, `/w/${access.workspace.slug}/imports/${run.id}`);
  }

  @Get(':importId')
  @Requires('imports.read')
  @Header('Content-Type', 'text/html; charset=utf-8')
  async result(
    @Access() access: WorkspaceAccess,
    @UuidParam('importId') id: string,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ): Promise<string> {
    const run = await this.imports.getRun(access.workspace.id, id, true);
    return this.context.renderWorkspacePage(
      req,
      res,
      access,
      'import-run',
      'imports',
      this.context.title(req, 'imports.title'),
      {
        run,
        // The run keeps the first MAX_STORED_REJECTIONS rows in detail; the count is always complete.
        capped: run.rejections.length >= MAX_STORED_REJECTIONS && run.rowsRejected > run.rejections.length,
      },
    );
  }
}
