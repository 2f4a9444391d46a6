import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { RosterImportService } from '#collectors';
import { CliError, withApp } from '../cli-context.js';
import { formatCount } from '../terminal.js';

export function registerRoster(program: Command): void {
  const roster = program
    .command('roster')
    .description('Who runs which account: operators, groups, signatures, shifts');
  roster
    .command('import')
    .description('Import a roster file (YAML or CSV: account, signature, operator, group, from, to, shifts)')
    .argument('<file>', 'roster.yaml, roster.yml or roster.csv')
    .requiredOption(
      '-w, --workspace <slug>',
      'workspace (its accounts must exist: import conversations first)',
    )
    .addHelpText(
      'after',
      '\ngroup is in_house or agency:<name>; from/to are days in the account time zone (to is exclusive);\n' +
        'shifts like "mon-fri 09:00-17:00; sat 10:00-14:00". Examples: libs/collectors/src/importers/roster/examples/\n\n' +
        'Example:\n  npx ledger roster import libs/collectors/src/importers/roster/examples/roster.example.yaml --workspace acme',
    )
    .action(async (file: string, opts: { workspace: string }) => {
      if (!fs.existsSync(file)) throw new CliError(`File not found: ${path.resolve(file)}`);
      await withApp(async (app) => {
        const workspace = await app.workspace(opts.workspace);
        const result = await app
          .get(RosterImportService)
          .import(file, { workspaceId: workspace.id, name: path.basename(file) });
        console.log(`Imported roster ${path.resolve(file)} into "${workspace.slug}"`);
        console.log(`  entries read      ${formatCount(result.entries)}`);
        console.log(`  entries imported  ${formatCount(result.imported)}`);
        console.log(`  entries rejected  ${formatCount(result.entries - result.imported)}`);
        console.log(
          `  attribution       ${formatCount(result.attribution.itemsChanged)} of ${formatCount(result.attribution.itemsSeen)} outbound items re-attributed`,
        );
        if (result.operatorsReplaced.length > 0) {
          console.log(`  replaced operators created from signatures: ${result.operatorsReplaced.join(', ')}`);
        }
        for (const r of result.rejections) console.log(`  line ${r.line}: ${r.field}: ${r.reason}`);
      });
    });
}
