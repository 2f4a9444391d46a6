// What `import meta`, `import tool` and `import csv` share: option checks, progress, the rejected-rows file
// and the summary, so the three commands read and print alike (and like `import twcs`).
import fs from 'node:fs';
import path from 'node:path';
import { ColumnMappingError, CsvHeaderError, parseExportTime, type ExportImportResult } from '#collectors';
import { isTimeZone, notATimeZone } from '#domain';
import { resolveDataDir, type WorkspaceEntity } from '#persistence';
import { CliError, withApp, type CliApp } from '../cli-context.js';
import { formatCount, formatDuration, ProgressLine } from '../terminal.js';
import { detectAfterImport } from './import-detection.util.js';
import { RejectionWriter, type RejectedRowOutput } from './import-rejections.writer.js';

const SHOWN_REJECTIONS = 20;

export const EXPORTED_AT_HELP =
  'when the export was taken (ISO 8601, e.g. 2024-05-31T18:00; without an offset in the workspace time zone); ' +
  "default: the file's modification time";

export interface ExportRunContext {
  app: CliApp;
  workspace: WorkspaceEntity;
  /** --exported-at, read in the workspace's zone when it has no offset. */
  exportedAt: Date | undefined;
  onProgress: (totals: { read: number; rejected: number }, rejected: RejectedRowOutput[]) => void;
}

/** Checks --time-zone: an IANA zone or undefined. */
export function checkTimeZone(zone: string | undefined): string | undefined {
  if (zone === undefined) return undefined;
  if (!isTimeZone(zone)) throw new CliError(`--time-zone: ${notATimeZone(zone)}`);
  return zone;
}

/** Runs one export import with progress, the rejected-rows file and the printed summary. */
export async function runExportImport(
  file: string,
  /** `detect`: false with --no-detect (the incident rules run after the import otherwise). */
  options: { workspace: string; exportedAt?: string; detect?: boolean },
  run: (context: ExportRunContext) => Promise<ExportImportResult>,
): Promise<void> {
  if (!fs.existsSync(file)) throw new CliError(`File not found: ${path.resolve(file)}`);
  await withApp(async (app) => {
    const workspace = await app.workspace(options.workspace, { create: true });
    let exportedAt: Date | undefined;
    if (options.exportedAt !== undefined) {
      exportedAt = parseExportTime(options.exportedAt, workspace.timeZone) ?? undefined;
      if (exportedAt === undefined)
        throw new CliError(`--exported-at: "${options.exportedAt}" is not an ISO 8601 date and time`);
    }
    const progress = new ProgressLine();
    const rejectedOut = new RejectionWriter(
      path.join(resolveDataDir(), 'imports', `${path.basename(file)}.${Date.now()}.rejected.csv`),
    );
    let result: ExportImportResult;
    try {
      result = await run({
        app,
        workspace,
        exportedAt,
        onProgress: (totals, rejected) => {
          rejectedOut.write(rejected);
          progress.update(`read ${formatCount(totals.read)} rows, ${formatCount(totals.rejected)} rejected`);
        },
      });
    } catch (error) {
      // A file that is not the expected export, or an unusable mapping: one line for the person, no stack.
      if (error instanceof CsvHeaderError || error instanceof ColumnMappingError)
        throw new CliError(error.message);
      throw error;
    } finally {
      progress.done();
      rejectedOut.close();
    }
    printSummary(file, workspace, result, rejectedOut.file, options.exportedAt !== undefined);
    if (options.detect !== false) await detectAfterImport(app, workspace);
  });
}

function printSummary(
  file: string,
  workspace: WorkspaceEntity,
  result: ExportImportResult,
  rejectedFile: string,
  exportedAtGiven: boolean,
): void {
  const { totals, facts, attribution, format } = result;
  const delimiter = format.delimiter === '\t' ? 'tab' : format.delimiter === ';' ? 'semicolon' : 'comma';
  console.log(
    `Imported ${path.resolve(file)} into workspace "${workspace.slug}" in ${formatDuration(result.durationMs)}`,
  );
  console.log(`  format         ${format.description} (${format.encoding}, ${delimiter}-separated)`);
  console.log(`  rows read      ${formatCount(totals.read)}`);
  console.log(`  rows imported  ${formatCount(totals.accepted)}`);
  console.log(`  rows rejected  ${formatCount(totals.rejected)}`);
  console.log(
    `  facts changed  ${formatCount(facts.outboundUpserted)} outbound, ${formatCount(facts.inboundUpserted)} inbound, ` +
      `${formatCount(facts.snapshotsUpserted)} engagement snapshots, ${formatCount(facts.accountsCreated)} new accounts`,
  );
  if (result.capturedAt !== null) {
    console.log(
      `  snapshot time  ${result.capturedAt.toISOString()} (${exportedAtGiven ? '--exported-at' : "the file's modification time"})`,
    );
  }
  if (format.ignoredColumns.length > 0)
    console.log(`  not read       ${format.ignoredColumns.map((c) => JSON.stringify(c)).join(', ')}`);
  console.log(
    `  attribution    ${formatCount(attribution.itemsChanged)} of ${formatCount(attribution.itemsSeen)} outbound items (re)attributed`,
  );
  const named = facts.operatorsCreated;
  if (named.length > 0) {
    console.log(
      `  ${named.length} new operator(s) named by the export await a sourcing group (roster import): ${named.join(', ')}`,
    );
  }
  if (attribution.operatorsCreated.length > 0) {
    console.log(
      `  ${attribution.operatorsCreated.length} new operator(s) from signatures await a sourcing group: ` +
        attribution.operatorsCreated.join(', '),
    );
  }
  if (totals.rejected > 0) {
    console.log(`\nRejected rows (${formatCount(totals.rejected)}; all of them in ${rejectedFile}):`);
    for (const r of result.rejections.slice(0, SHOWN_REJECTIONS))
      console.log(`  line ${r.line}: ${r.reason}`);
    if (totals.rejected > SHOWN_REJECTIONS)
      console.log(`  … and ${formatCount(totals.rejected - SHOWN_REJECTIONS)} more`);
  }
  console.log(
    `\nRun id ${result.runId}. Next: npx ledger metrics --workspace ${workspace.slug} --by account`,
  );
}
