import type { FirstRunResult } from '../startup/first-run.service.js';

/** What a person starting the server needs to know, on stdout (not a log line): where, and how to log in. */
export function printBanner(options: {
  host: string;
  port: number;
  database: string;
  withWorker: boolean;
  firstRun: FirstRunResult;
}): void {
  const { host, port, firstRun } = options;
  const base = `http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${port}`;
  const lines = [
    '',
    `Channel Ledger is running on ${base}/  (database: ${options.database}${options.withWorker ? ', worker in-process' : ''})`,
    `  Log in:       ${base}/login`,
    `  API:          ${base}/api/v1  (OpenAPI: ${base}/api/docs)`,
  ];
  if (firstRun.admin) {
    lines.push(
      `  Admin login:  ${firstRun.admin.email}  password: ${firstRun.admin.password}`,
      '                (shown this once; more people: npx ledger users add EMAIL --workspace W --role R)',
    );
  }
  if (firstRun.workspace && firstRun.report) {
    const ws = `${base}/w/${firstRun.workspace.slug}`;
    lines.push(
      `  Reports:      ${ws}/reports`,
      `  Demo report:  ${ws}/reports/${firstRun.report.id}/html   (DEMO DATA)`,
      `  Demo PDF:     ${ws}/reports/${firstRun.report.id}/pdf`,
    );
    if (firstRun.report.htmlPath) lines.push(`  Files:        ${firstRun.report.htmlPath}`);
    if (firstRun.report.pdfPath) lines.push(`                ${firstRun.report.pdfPath}`);
  }
  lines.push('Press Ctrl-C to stop.');
  console.log(lines.join('\n'));
}
