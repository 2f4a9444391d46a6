import { Catch, HttpException, Logger, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import type { Response } from 'express';
import { isApiRequest, type LedgerRequest } from '../auth/access-context.js';
import { PageRenderer } from '../pages/page-renderer.js';
import { pageLocaleOf } from '../pages/page-locale.js';
import { DEFAULT_ERROR_CODES, type ErrorBodyDto, type FieldErrorDto } from './api-error.js';

/**
 * One shape for every error: `{ error: { status, code, message, fields? } }` on the API; on the pages an
 * error page in the reader's language, and the login page for a visitor who is not logged in.
 * Unexpected errors are logged with their stack and answered without it.
 */
@Catch()
export class ErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('http');

  constructor(private readonly pages: PageRenderer) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    const ctx = host.switchToHttp();
    const req = ctx.getRequest<LedgerRequest>();
    const res = ctx.getResponse<Response>();
    const body = this.toBody(exception, req);
    if (res.headersSent) {
      res.end();
      return;
    }
    if (isApiRequest(req) || req.path === '/health' || req.path === '/ready') {
      res.status(body.status).json({ error: body });
      return;
    }
    if (body.status === 401) {
      res.redirect(303, `/login?next=${encodeURIComponent(req.originalUrl)}`);
      return;
    }
    const locale = pageLocaleOf(req);
    res
      .status(body.status)
      .type('html')
      .send(
        this.pages.render('error', {
          locale,
          title: String(body.status),
          status: body.status,
          message: body.message,
          fields: body.fields,
          user: req.principal?.kind === 'user' ? req.principal.email : null,
        }),
      );
  }

  private toBody(exception: unknown, req: LedgerRequest): ErrorBodyDto {
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const response = exception.getResponse();
      const given =
        typeof response === 'object' && response !== null ? (response as Record<string, unknown>) : {};
      const message =
        typeof response === 'string'
          ? response
          : typeof given.message === 'string'
            ? given.message
            : Array.isArray(given.message)
              ? given.message.join('; ')
              : exception.message;
      const body: ErrorBodyDto = {
        status,
        code: typeof given.code === 'string' ? given.code : (DEFAULT_ERROR_CODES[status] ?? 'error'),
        message,
      };
      if (Array.isArray(given.fields)) body.fields = given.fields as FieldErrorDto[];
      if (status >= 500) this.logger.error(`${req.method} ${req.path}: ${message}`);
      return body;
    }
    this.logger.error(
      `${req.method} ${req.path} failed`,
      exception instanceof Error ? exception.stack : String(exception),
    );
    return { status: 500, code: 'internal_error', message: 'Internal error: the server log has the details' };
  }
}
