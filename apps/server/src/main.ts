import 'reflect-metadata';
import type { Server } from 'node:http';
import { NestFactory } from '@nestjs/core';
import { OPEN_DATABASE, type OpenDatabase } from '#persistence';
import { configureApp } from './bootstrap/configure-app.js';
import { printBanner } from './bootstrap/startup-banner.js';
import { createRootLogger, PinoLoggerService } from './logging/pino-logger.js';
import { ServerModule } from './server.module.js';
import { FirstRunService } from './startup/first-run.service.js';

const port = Number(process.env.PORT ?? 3000);
// Loopback by default: set HOST=0.0.0.0 to face a network (behind TLS: LEDGER_COOKIE_SECURE=1).
const host = process.env.HOST ?? '127.0.0.1';
const withWorker = process.env.LEDGER_WORKER !== 'off';

const logger = createRootLogger();
const app = await NestFactory.create(ServerModule.forRoot({ withWorker }), { bufferLogs: true });
app.useLogger(new PinoLoggerService(logger));
app.enableShutdownHooks();
configureApp(app, logger);
const db = app.get<OpenDatabase>(OPEN_DATABASE);
const firstRun = await app.get(FirstRunService).run(new Date());
await app.listen(port, host);
// Node closes idle keep-alive connections after 5 s. A client (or a proxy) whose own idle timer fires late,
// because its event loop was busy, then sends on a socket the server is closing and gets "other side
// closed". Keep idle connections longer than the usual proxy timeout (60 s); headers must wait longer still.
const httpServer = app.getHttpServer() as Server;
httpServer.keepAliveTimeout = 65_000;
httpServer.headersTimeout = 66_000;
// The banner goes last, after every log line written so far, so that it is what a terminal shows.
app.flushLogs();
await new Promise<void>((resolve) => logger.flush(() => resolve()));
printBanner({ host, port, database: db.displayUrl, withWorker, firstRun });
