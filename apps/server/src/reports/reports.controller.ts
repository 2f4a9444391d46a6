import { Controller, Get, Header, Param, Redirect, Res } from '@nestjs/common';
import type { Response } from 'express';
import { PageRenderer } from '../pages/page-renderer.js';
import { ReportFilesService, type ReportListItem } from './report-files.service.js';

@Controller()
export class ReportsController {
  constructor(
    private readonly files: ReportFilesService,
    private readonly pages: PageRenderer,
  ) {}

  @Get()
  @Redirect('/reports', 302)
  home(): void {}

  @Get('reports')
  @Header('Content-Type', 'text/html; charset=utf-8')
  async listPage(): Promise<string> {
    return this.pages.render('reports', { reports: await this.files.list() });
  }

  @Get('reports/:id/html')
  async html(@Param('id') id: string, @Res() res: Response): Promise<void> {
    const { path } = await this.files.file(id, 'html');
    res.type('html').sendFile(path);
  }

  @Get('reports/:id/pdf')
  async pdf(@Param('id') id: string, @Res() res: Response): Promise<void> {
    const { path, report } = await this.files.file(id, 'pdf');
    res.type('pdf').setHeader('Content-Disposition', `inline; filename="${report.kind}-${report.id}.pdf"`);
    res.sendFile(path);
  }

  @Get('api/v1/reports')
  async listJson(): Promise<{ data: ReportListItem[] }> {
    return { data: await this.files.list() };
  }

  @Get('health')
  health(): { status: string } {
    return { status: 'ok' };
  }
}
