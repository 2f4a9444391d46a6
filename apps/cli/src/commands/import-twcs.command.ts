import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { checkTwcsHeader, TwcsImportService } from '#collectors';
import { resolveDataDir } from '#persistence';
import { CliError, withApp } from '../cli-context.js';
import { formatCount, formatDuration, ProgressLine } from '../terminal.js';
import { detectAfterImport, NO_DETECT_HELP } from './import-detection.util.js';
import { RejectionWriter } from './import-rejections.writer.js';

const SHOWN_REJECTIONS = 20;

export function registerImportTwcs(importCommand: Command): void {
  importCommand
    .command('twcs')
    .description(
      'Import a twcs-style conversation file (one tweet per row, inbound flag, reply links both ways)',
    )
    .argument('<file>', 'CSV file, e.g. ../shared/data/twcs/sample.csv')
    .requiredOption('-w, --workspace <slug>', 'workspace to import into (created if it does not exist)')
    .option('--no-detect', NO_DETECT_HELP)
    .addHelpText(
      'after',
      '\nBrands (authors of non-inbound rows) become accounts, their tweets outbound items, customer tweets inbound\n' +
        'items. Rejected rows are listed with their line number and written to a CSV in <data directory>/imports.\n' +
        'Importing the same file again changes nothing.\n\nExample:\n  npx ledger import twcs ../shared/data/twcs/sample.csv --workspace acme',
    )
    .action(async (file: string, opts: { workspace: string; detect: boolean }) => {
      if (!fs.existsSync(file)) throw new CliError(`File not found: ${path.resolve(file)}`);
      // A file that is not a twcs file is refused before the workspace is created for it: a mistyped slug
      // plus the wrong file must leave nothing behind.
      await checkTwcsHeader(file, { name: file });
      await withApp(async (app) => {
        const workspace = await app.workspace(opts.workspace, { create: true });
        const progress = new ProgressLine();
        const rejectedFile = path.join(
          resolveDataDir(),
          'imports',
          `${path.basename(file)}.${Date.now()}.rejected.csv`,
        );
        const rejectedOut = new RejectionWriter(rejectedFile);
        const result = await app.get(TwcsImportService).import(file, {
          workspaceId: workspace.id,
          name: path.basename(file),
          onProgress: (totals, rejected) => {
            rejectedOut.write(rejected);
            progress.update(
              `read ${formatCount(totals.read)} rows, ${formatCount(totals.rejected)} rejected`,
            );
          },
        });
        progress.done();
        rejectedOut.close();
        const { totals, facts, attribution } = result;
        console.log(
          `Imported ${path.resolve(file)} into workspace "${workspace.slug}" in ${formatDuration(result.durationMs)}`,
        );
        console.log(`  rows read      ${formatCount(totals.read)}`);
        console.log(`  rows imported  ${formatCount(totals.accepted)}`);
        console.log(`  rows rejected  ${formatCount(totals.rejected)}`);
        console.log(
          `  facts changed  ${formatCount(facts.outboundUpserted)} outbound, ${formatCount(facts.inboundUpserted)} inbound, ` +
            `${formatCount(facts.accountsCreated)} new accounts`,
        );
        if (facts.inboundUnattached > 0) {
          console.log(
            `  ${formatCount(facts.inboundUnattached)} customer tweet(s) addressed to no known account: kept aside, not counted`,
          );
        }
        console.log(
          `  attribution    ${formatCount(attribution.itemsChanged)} of ${formatCount(attribution.itemsSeen)} outbound items (re)attributed`,
        );
        if (attribution.operatorsCreated.length > 0) {
          console.log(
            `  ${attribution.operatorsCreated.length} new operator(s) from signatures await a sourcing group ` +
              `(roster import): ${attribution.operatorsCreated.join(', ')}`,
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
        if (opts.detect) await detectAfterImport(app, workspace);
      });
    });
}
