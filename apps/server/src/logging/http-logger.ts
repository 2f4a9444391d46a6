import type { RequestHandler } from 'express';
import type { Logger } from 'pino';
import { pinoHttp } from 'pino-http';

/**
 * One log line per request: method, path, status, time taken, principal kind. Headers that carry secrets are
 * redacted by the root logger; bodies are never logged (they carry passwords and uploaded files).
 */
export function httpLogger(logger: Logger): RequestHandler {
  return pinoHttp({
    logger,
    customLogLevel: (_req, res, error) =>
      error || res.statusCode >= 500 ? 'error' : res.statusCode >= 400 ? 'warn' : 'info',
    serializers: {
      req: (req: {
        method: string;
        url: string;
        headers: Record<string, unknown>;
        remoteAddress?: string;
      }) => ({
        method: req.method,
        // The query string may carry nothing secret by design, but keep the path alone to be safe.
        url: req.url.split('?')[0],
        headers: req.headers,
        remoteAddress: req.remoteAddress,
      }),
    },
    autoLogging: { ignore: (req) => req.url === '/health' },
  }) as RequestHandler;
}
