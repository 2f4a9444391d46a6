import type { LoggerService } from '@nestjs/common';
import { pino, type Logger } from 'pino';
import { REDACTED_PATHS } from './log-redaction.js';

/** The one pino instance of the server: JSON lines on stdout, level from LEDGER_LOG_LEVEL (default info). */
export function createRootLogger(): Logger {
  return pino({
    level: process.env.LEDGER_LOG_LEVEL ?? 'info',
    base: { service: 'channel-ledger-server' },
    redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
  });
}

/** Nest's logger interface over pino, so framework and application messages share the format and redaction. */
export class PinoLoggerService implements LoggerService {
  constructor(private readonly logger: Logger) {}

  log(message: unknown, ...rest: unknown[]): void {
    this.write(STARTUP_CHATTER.has(contextOf(rest) ?? '') ? 'debug' : 'info', message, rest);
  }

  error(message: unknown, ...rest: unknown[]): void {
    // Nest passes (message, stack?, context?).
    const [stack, context] = rest;
    this.logger.error({ context: typeof context === 'string' ? context : undefined, stack }, String(message));
  }

  warn(message: unknown, ...rest: unknown[]): void {
    this.write('warn', message, rest);
  }

  debug(message: unknown, ...rest: unknown[]): void {
    this.write('debug', message, rest);
  }

  verbose(message: unknown, ...rest: unknown[]): void {
    this.write('trace', message, rest);
  }

  private write(level: 'info' | 'warn' | 'debug' | 'trace', message: unknown, rest: unknown[]): void {
    const context = contextOf(rest);
    if (typeof message === 'object' && message !== null) this.logger[level]({ context, ...message });
    else this.logger[level]({ context }, String(message));
  }
}

/**
 * Nest's own start-up messages (a line per module and per route, over a hundred): debug, so that at the
 * default level the start-up banner with the addresses stays readable on a terminal.
 */
const STARTUP_CHATTER = new Set([
  'InstanceLoader',
  'RoutesResolver',
  'RouterExplorer',
  'NestFactory',
  'NestApplication',
]);

/** Nest passes the context as the last string argument. */
function contextOf(rest: unknown[]): string | undefined {
  const last = rest[rest.length - 1];
  return typeof last === 'string' ? last : undefined;
}
