import { Command, CommanderError } from 'commander';
import { InputError } from '#domain';
import { registerAccounts } from './commands/accounts.command.js';
import { registerCollectionCommands } from './commands/collection.commands.js';
import { registerEngineCommands } from './commands/engine.commands.js';
import { registerIncidentsCommands } from './commands/incidents.commands.js';
import { registerJobsCommands } from './commands/jobs.commands.js';
import { registerImportTwcs } from './commands/import-twcs.command.js';
import { registerImportMeta } from './commands/import-meta.command.js';
import { registerImportTool } from './commands/import-tool.command.js';
import { registerImportCsv } from './commands/import-csv.command.js';
import { registerMetrics } from './commands/metrics.command.js';
import { registerProspectCommands } from './commands/prospect.commands.js';
import { registerReport } from './commands/report.command.js';
import { registerRoster } from './commands/roster.command.js';
import { registerWorkspaces } from './commands/workspaces.command.js';
import { registerUsers } from './commands/users.command.js';

const program = new Command('ledger')
  .description(
    'Channel Ledger: should your social media channels be run by your own staff or by an agency?\n' +
      'Database: embedded PGlite in ./data/db, or PostgreSQL with DATABASE_URL.',
  )
  .showHelpAfterError()
  .exitOverride();

const importCommand = program
  .command('import')
  .description('Import files: twcs-style conversations, Meta Business Suite and tool exports, mapped CSV');
registerImportTwcs(importCommand);
registerImportMeta(importCommand);
registerImportTool(importCommand);
registerImportCsv(importCommand);
registerAccounts(program);
registerRoster(program);
registerMetrics(program);
registerReport(program);
registerWorkspaces(program);
registerEngineCommands(program);
registerCollectionCommands(program);
registerJobsCommands(program);
registerIncidentsCommands(program);
registerUsers(program);
registerProspectCommands(program);

try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof CommanderError) {
    process.exitCode = error.exitCode;
  } else if (error instanceof InputError && !process.env.LEDGER_DEBUG) {
    // About the user's input or setup: the message says what and where; a stack trace would bury it.
    console.error(`ledger: ${error.message}`);
    process.exitCode = 1;
  } else {
    console.error(`ledger: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    process.exitCode = 1;
  }
}
