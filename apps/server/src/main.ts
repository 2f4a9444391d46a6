import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { OPEN_DATABASE, type OpenDatabase } from '#persistence';
import { ServerModule } from './server.module.js';
import { FirstRunService } from './startup/first-run.service.js';

const port = Number(process.env.PORT ?? 3000);
// Loopback by default: there is no login yet (issue #7), so the server must not face a network.
const host = process.env.HOST ?? '127.0.0.1';
const withWorker = process.env.LEDGER_WORKER !== 'off';

const app = await NestFactory.create(ServerModule.forRoot({ withWorker }), {
  logger: ['log', 'error', 'warn'],
});
app.enableShutdownHooks();
const db = app.get<OpenDatabase>(OPEN_DATABASE);
const firstRun = await app.get(FirstRunService).run(new Date());
await app.listen(port, host);

const base = `http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${port}`;
console.log(
  `\nChannel Ledger is running on ${base}/  (database: ${db.displayUrl}${withWorker ? ', worker in-process' : ''})`,
);
console.log(`  Reports:      ${base}/reports`);
if (firstRun.report) {
  console.log(`  Demo report:  ${base}/reports/${firstRun.report.id}/html   (DEMO DATA)`);
  console.log(`  Demo PDF:     ${base}/reports/${firstRun.report.id}/pdf`);
  if (firstRun.report.htmlPath) console.log(`  Files:        ${firstRun.report.htmlPath}`);
  if (firstRun.report.pdfPath) console.log(`                ${firstRun.report.pdfPath}`);
}
console.log('Press Ctrl-C to stop.');
